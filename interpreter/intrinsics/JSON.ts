import { JSObject } from '../values/object';
import { defineMethods } from '../values/function';
import { JSSymbol, WellKnown } from '../values/symbol';
import { HOLE, isArrayIndex, type Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';
import { throwRangeError, throwSyntaxError, throwTypeError } from '../errors';
import { EnumerableOwnProperties, GetV, IsArray, IsCallable, LengthOfArrayLike, CreateDataProperty } from '../ops/object-operations';
import { ToIntegerOrInfinity, ToNumber, ToString, constructorName } from '../ops/type-conversion';
import { ArrayCreate, JSArray } from '../exotics/array';
import { JSPrimitiveObject, JSStringObject } from '../exotics/primitive-wrapper';
import { ACCESSOR, Accessor, C, E, WEC } from '../values/shape';

/** Deepest nesting JSON.parse / JSON.stringify / a reviver walk will follow before a RangeError (the host stack must hold). */
const MAX_JSON_DEPTH = 3000;

/** An object made by JSON.rawJSON: it has an [[IsRawJSON]] slot. https://tc39.es/proposal-json-parse-with-source/#sec-json.rawjson */
export class JSRawJSON extends JSObject {}

// ==== JSON.parse ====

/** A JSON Parse Record: the value a parse produced and, for primitives, its source text (json-parse-with-source). */
interface ParseRecord {
  value: Value;
  source: string | undefined;
  elements: ParseRecord[] | undefined;
  entries: Map<string, ParseRecord> | undefined;
}

const CH_QUOTE = 0x22, CH_BACKSLASH = 0x5c, CH_MINUS = 0x2d, CH_0 = 0x30, CH_9 = 0x39;

function isDigit(c: number): boolean {
  return c >= CH_0 && c <= CH_9;
}

function isHex(c: number): boolean {
  return (c >= CH_0 && c <= CH_9) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * A JSON text parser (ECMA-404), producing guest values directly. Its SyntaxErrors are worded and
 * positioned as V8's. With `withSource`, it also records the parse records the reviver's context
 * needs.
 */
class JSONParser {
  pos = 0;
  depth = 0;
  /** The parse record of the value parseValue just returned (withSource only). */
  record: ParseRecord | undefined = undefined;
  readonly objectProto: JSObject;

  constructor(readonly text: string, readonly withSource: boolean, realm: Realm) {
    this.objectProto = realm.ObjectPrototype;
  }

  /** Fails with a V8 message that names the position. */
  private fail(what: string, pos: number): never {
    throwSyntaxError(`${what} in JSON at position ${pos}`);
  }

  /** V8's "unexpected character" report for the character at pos (its token decides the wording). */
  unexpectedAt(pos: number): never {
    const text = this.text;
    if (pos >= text.length) throwSyntaxError('Unexpected end of JSON input');
    const c = text.charCodeAt(pos);
    if (c === CH_QUOTE) this.fail('Unexpected string', pos);
    if (isDigit(c) || c === CH_MINUS) this.fail('Unexpected number', pos);
    if (text === '[object Object]' || text === 'undefined' || text === 'Infinity' || text === 'NaN') {
      throwSyntaxError(`"${text}" is not valid JSON`);
    }
    const ch = text[pos];
    const len = text.length;
    const CONTEXT = 10;
    if (len <= 2 * CONTEXT) throwSyntaxError(`Unexpected token '${ch}', "${text}" is not valid JSON`);
    if (pos < CONTEXT) throwSyntaxError(`Unexpected token '${ch}', "${text.slice(0, pos + CONTEXT)}"... is not valid JSON`);
    if (pos < len - CONTEXT) throwSyntaxError(`Unexpected token '${ch}', ..."${text.slice(pos - CONTEXT, pos + CONTEXT)}"... is not valid JSON`);
    throwSyntaxError(`Unexpected token '${ch}', ..."${text.slice(pos - CONTEXT)}" is not valid JSON`);
  }

  private skipWhitespace(): number {
    const text = this.text;
    let pos = this.pos;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else break;
    }
    this.pos = pos;
    return pos < text.length ? text.charCodeAt(pos) : -1;
  }

  /** Parses the whole text as one JSON value. */
  parseText(): Value {
    const v = this.parseValue();
    if (this.skipWhitespace() !== -1) throwSyntaxError(`Unexpected non-whitespace character after JSON at position ${this.pos}`);
    return v;
  }

  parseValue(): Value {
    if (--R.fuel <= 0) R.agent.refuel();
    const c = this.skipWhitespace();
    const start = this.pos;
    let v: Value;
    switch (c) {
      case CH_QUOTE: v = this.parseString(); break;
      case 0x7b: return this.parseObject();
      case 0x5b: return this.parseArray();
      case 0x74: this.scanLiteral('true'); v = true; break;
      case 0x66: this.scanLiteral('false'); v = false; break;
      case 0x6e: this.scanLiteral('null'); v = null; break;
      default:
        if (c === CH_MINUS || isDigit(c)) v = this.parseNumber();
        else this.unexpectedAt(start);
    }
    if (this.withSource) this.record = { value: v, source: this.text.slice(start, this.pos), elements: undefined, entries: undefined };
    return v;
  }

  /** V8's ScanLiteral: reports the first mismatching character, or the end of input. */
  private scanLiteral(word: string): void {
    const text = this.text;
    const start = this.pos;
    if (text.startsWith(word, start)) {
      this.pos = start + word.length;
      return;
    }
    for (let i = 1; i < word.length; i++) {
      if (start + i >= text.length) break;
      if (text[start + i] !== word[i]) this.unexpectedAt(start + i);
    }
    throwSyntaxError('Unexpected end of JSON input');
  }

  private parseNumber(): number {
    const text = this.text;
    const start = this.pos;
    let pos = start;
    let c = text.charCodeAt(pos);
    if (c === CH_MINUS) c = text.charCodeAt(++pos);
    if (c === CH_0) {
      c = text.charCodeAt(++pos);
      if (isDigit(c)) this.fail('Unexpected number', pos);
    } else {
      if (!isDigit(c)) this.fail('No number after minus sign', pos);
      do c = text.charCodeAt(++pos); while (isDigit(c));
    }
    if (c === 0x2e) {
      c = text.charCodeAt(++pos);
      if (!isDigit(c)) this.fail('Unterminated fractional number', pos);
      do c = text.charCodeAt(++pos); while (isDigit(c));
    }
    if (c === 0x65 || c === 0x45) {
      c = text.charCodeAt(++pos);
      if (c === 0x2b || c === CH_MINUS) c = text.charCodeAt(++pos);
      if (!isDigit(c)) this.fail('Exponent part is missing a number', pos);
      do c = text.charCodeAt(++pos); while (isDigit(c));
    }
    this.pos = pos;
    return Number(text.slice(start, pos));
  }

  /** Parses a string starting at the opening quote. */
  parseString(): string {
    const text = this.text;
    const len = text.length;
    let pos = this.pos + 1;
    let chunkStart = pos;
    let out = '';
    for (;;) {
      if (pos >= len) this.fail('Unterminated string', len);
      const c = text.charCodeAt(pos);
      if (c === CH_QUOTE) {
        out += text.slice(chunkStart, pos);
        this.pos = pos + 1;
        return out;
      }
      if (c === CH_BACKSLASH) {
        out += text.slice(chunkStart, pos);
        pos++;
        if (pos >= len) throwSyntaxError('Unexpected end of JSON input');
        const e = text[pos];
        if (e === 'u') {
          for (let i = 1; i <= 4; i++) {
            if (pos + i >= len || !isHex(text.charCodeAt(pos + i))) this.fail('Bad Unicode escape', pos + i);
          }
          out += String.fromCharCode(parseInt(text.slice(pos + 1, pos + 5), 16));
          pos += 5;
        } else {
          const r = ESCAPES[e];
          if (r === undefined) this.fail('Bad escaped character', pos);
          out += r;
          pos++;
        }
        chunkStart = pos;
        continue;
      }
      if (c < 0x20) this.fail('Bad control character in string literal', pos);
      pos++;
    }
  }

  private enter(): void {
    if (++this.depth > MAX_JSON_DEPTH) throwRangeError('Maximum call stack size exceeded');
  }

  private parseObject(): JSObject {
    this.enter();
    this.pos++;
    const obj = new JSObject(this.objectProto);
    const entries = this.withSource ? new Map<string, ParseRecord>() : undefined;
    let c = this.skipWhitespace();
    if (c === 0x7d) {
      this.pos++;
    } else {
      if (c !== CH_QUOTE) this.fail("Expected property name or '}'", this.pos);
      let first = true;
      for (;;) {
        const key = this.parseString();
        c = this.skipWhitespace();
        if (c !== 0x3a) {
          if (first) this.fail("Expected ':' after property name", this.pos);
          this.unexpectedAt(this.pos);
        }
        this.pos++;
        const value = this.parseValue();
        obj.setOwn(key, value);
        if (entries !== undefined) entries.set(key, this.record!);
        c = this.skipWhitespace();
        if (c === 0x2c) {
          this.pos++;
          if (this.skipWhitespace() !== CH_QUOTE) this.fail('Expected double-quoted property name', this.pos);
          first = false;
          continue;
        }
        if (c === 0x7d) {
          this.pos++;
          break;
        }
        this.fail("Expected ',' or '}' after property value", this.pos);
      }
    }
    this.depth--;
    if (this.withSource) this.record = { value: obj, source: undefined, elements: undefined, entries };
    return obj;
  }

  private parseArray(): JSObject {
    this.enter();
    this.pos++;
    const values: Value[] = [];
    const records: ParseRecord[] | undefined = this.withSource ? [] : undefined;
    if (this.skipWhitespace() === 0x5d) {
      this.pos++;
    } else {
      for (;;) {
        values.push(this.parseValue());
        if (records !== undefined) records.push(this.record!);
        const c = this.skipWhitespace();
        if (c === 0x2c) {
          this.pos++;
          continue;
        }
        if (c === 0x5d) {
          this.pos++;
          break;
        }
        this.fail("Expected ',' or ']' after array element", this.pos);
      }
    }
    this.depth--;
    const arr = ArrayCreate(0, undefined, values);
    if (this.withSource) this.record = { value: arr, source: undefined, elements: records, entries: undefined };
    return arr;
  }
}

/** True when o's [[OwnPropertyKeys]] and [[GetOwnProperty]] are the ordinary ones (nothing observable runs). */
function isPlainOrdinary(o: JSObject): boolean {
  return !o.exotic && o.OwnPropertyKeys === JSObject.prototype.OwnPropertyKeys && o.GetOwnProperty === JSObject.prototype.GetOwnProperty;
}

/** EnumerableOwnProperties(o, key), read straight from the elements and the shape for an ordinary object. */
function enumerableOwnKeys(o: JSObject): string[] {
  if (!isPlainOrdinary(o) || o.shape.indexKeys > 0) return EnumerableOwnProperties(o, 'key') as string[];
  const out: string[] = [];
  const el = o.elements;
  if (el !== null) for (let i = 0; i < el.length; i++) if (el[i] !== HOLE) out.push(String(i));
  const shape = o.shape;
  const { keys, attrs } = shape;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (typeof k === 'string' && attrs[i] & E && shape.isLive(i)) out.push(k);
  }
  return out;
}

/**
 * CreateDataProperty(o, key, v), done in place when o is ordinary and key is an existing
 * writable, enumerable, configurable data property (the define then only replaces the value).
 */
function createDataPropertyFast(o: JSObject, key: string, v: Value): void {
  if (isPlainOrdinary(o) && o.DefineOwnProperty === JSObject.prototype.DefineOwnProperty || o instanceof JSArray && !o.exotic) {
    const el = o.elements;
    if (el !== null && isArrayIndex(key)) {
      const i = +key;
      if (i < el.length && el[i] !== HOLE) {
        el[i] = v;
        return;
      }
    } else {
      const shape = o.shape;
      const i = shape.lookup(key);
      if (i >= 0 && shape.attrs[i] === WEC) {
        o.slots[i] = v;
        return;
      }
    }
  }
  CreateDataProperty(o, key, v);
}

/**
 * https://tc39.es/ecma262/#sec-internalizejsonproperty (with the json-parse-with-source parse
 * records: the reviver's context gets "source" for a primitive that is still the parsed one).
 */
function InternalizeJSONProperty(holder: JSObject, name: string, reviver: JSObject, record: ParseRecord | undefined, depth: number): Value {
  if (depth > MAX_JSON_DEPTH) throwRangeError('Maximum call stack size exceeded');
  if (--R.fuel <= 0) R.agent.refuel();
  // 1-4.
  const val = holder.Get(name, holder);
  const context = new JSObject(R.realm.ObjectPrototype);
  let elementRecords: ParseRecord[] | undefined;
  let entryRecords: Map<string, ParseRecord> | undefined;
  if (record !== undefined && Object.is(record.value, val)) {
    if (!(val instanceof JSObject)) context.addProperty('source', record.source, WEC);
    elementRecords = record.elements;
    entryRecords = record.entries;
  }
  // 5.
  if (val instanceof JSObject) {
    if (IsArray(val)) {
      const len = LengthOfArrayLike(val);
      for (let i = 0; i < len; i++) {
        const prop = String(i);
        const elementRecord = elementRecords !== undefined && i < elementRecords.length ? elementRecords[i] : undefined;
        const newElement = InternalizeJSONProperty(val, prop, reviver, elementRecord, depth + 1);
        if (newElement === undefined) val.Delete(prop);
        else createDataPropertyFast(val, prop, newElement);
      }
    } else {
      const keys = enumerableOwnKeys(val);
      for (const p of keys) {
        const entryRecord = entryRecords?.get(p);
        const newElement = InternalizeJSONProperty(val, p, reviver, entryRecord, depth + 1);
        if (newElement === undefined) val.Delete(p);
        else createDataPropertyFast(val, p, newElement);
      }
    }
  }
  // 6.
  return reviver.Call(holder, [name, val, context]);
}

// ==== JSON.stringify ====

/** QuoteJSONString, well-formed (lone surrogates escaped): the host's JSON.stringify of a string is exactly that. https://tc39.es/ecma262/#sec-quotejsonstring */
const QuoteJSONString: (s: string) => string = JSON.stringify;

/** Quoted property names, cached: the same keys recur in every object of a document. */
const quotedKeys = new Map<string, string>();
function quoteKey(k: string): string {
  let q = quotedKeys.get(k);
  if (q === undefined) {
    q = QuoteJSONString(k);
    if (quotedKeys.size >= 4096) quotedKeys.clear();
    quotedKeys.set(k, q);
  }
  return q;
}

function isSerializable(v: Value): boolean {
  return v !== undefined && !(v instanceof JSSymbol) && !(v instanceof JSObject && v.isCallable);
}

/**
 * The state of one JSON.stringify call, appending to one string: V8 builds `+=` as ropes and
 * flattens once, measured ~1.6x faster than pushing pieces to an array and joining them.
 * https://tc39.es/ecma262/#sec-json.stringify
 */
class Serializer {
  out = '';
  readonly stack: JSObject[] = [];
  /** The key under which each object on the stack was reached (for the circular-structure message). */
  readonly stackKeys: (string | number)[] = [];
  readonly onStack = new Set<JSObject>();
  indent = '';

  constructor(readonly gap: string, readonly replacerFn: JSObject | undefined, readonly propertyList: string[] | undefined) {}

  /**
   * Steps 2-4 of SerializeJSONProperty for a value already read from holder: toJSON, the
   * replacer function, and unwrapping of boxed primitives. https://tc39.es/ecma262/#sec-serializejsonproperty
   */
  resolve(holder: JSObject, key: string, value: Value): Value {
    if (value instanceof JSObject) {
      const toJSON = value.Get('toJSON', value);
      if (toJSON instanceof JSObject && toJSON.isCallable) value = toJSON.Call(value, [key]);
    } else if (typeof value === 'bigint') {
      const toJSON = GetV(value, 'toJSON');
      if (IsCallable(toJSON)) value = toJSON.Call(value, [key]);
    }
    if (this.replacerFn !== undefined) value = this.replacerFn.Call(holder, [key, value]);
    if (value instanceof JSObject && !(value instanceof JSRawJSON)) {
      if (value instanceof JSPrimitiveObject) {
        switch (value.className) {
          case 'Number': return ToNumber(value);
          case 'Boolean': return value.value;
          case 'BigInt': return value.value;
        }
      } else if (value instanceof JSStringObject) {
        return ToString(value);
      }
    }
    return value;
  }

  /** Steps 5-12 of SerializeJSONProperty for a serializable value; key is what it was reached by. */
  write(value: Value, key: string | number): void {
    if (--R.fuel <= 0) R.agent.refuel();
    switch (typeof value) {
      case 'string': this.out += (QuoteJSONString(value)); return;
      case 'number': this.out += (Number.isFinite(value) ? String(value) : 'null'); return;
      case 'boolean': this.out += (value ? 'true' : 'false'); return;
      case 'bigint': throwTypeError('Do not know how to serialize a BigInt');
    }
    if (value === null) {
      this.out += ('null');
      return;
    }
    const o = value as JSObject;
    if (o instanceof JSRawJSON) {
      this.out += (o.Get('rawJSON', o) as string);
      return;
    }
    if (IsArray(o)) this.writeArray(o, key);
    else this.writeObject(o, key);
  }

  private push(o: JSObject, key: string | number): string {
    if (this.onStack.has(o)) this.circular(o, key);
    if (this.stack.length >= MAX_JSON_DEPTH) throwRangeError('Maximum call stack size exceeded');
    this.stack.push(o);
    this.stackKeys.push(key);
    this.onStack.add(o);
    const stepback = this.indent;
    this.indent = stepback + this.gap;
    return stepback;
  }

  private pop(stepback: string): void {
    this.onStack.delete(this.stack.pop()!);
    this.stackKeys.pop();
    this.indent = stepback;
  }

  /** V8's "Converting circular structure to JSON" message, with the path around the circle. */
  private circular(o: JSObject, key: string | number): never {
    const keyText = (k: string | number) => (typeof k === 'number' ? `index ${k}` : `property '${k}'`);
    const line = (i: number) => `\n    |     ${keyText(this.stackKeys[i])} -> object with constructor '${constructorName(this.stack[i])}'`;
    const start = this.stack.indexOf(o);
    let msg = `Converting circular structure to JSON\n    --> starting at object with constructor '${constructorName(o)}'`;
    let i = start + 1;
    const prefixEnd = Math.min(this.stack.length, i + 2);
    for (; i < prefixEnd; i++) msg += line(i);
    if (this.stack.length > i + 1) msg += '\n    |     ...';
    for (i = Math.max(i, this.stack.length - 1); i < this.stack.length; i++) msg += line(i);
    msg += `\n    --- ${keyText(key)} closes the circle`;
    throwTypeError(msg);
  }

  /** Writes one member "key": value of an object, unless the value serializes to nothing. */
  private member(holder: JSObject, key: string, raw: Value, first: boolean): boolean {
    const v = this.resolve(holder, key, raw);
    if (!isSerializable(v)) return first;
    if (this.gap === '') {
      this.out += (first ? quoteKey(key) + ':' : ',' + quoteKey(key) + ':');
    } else {
      this.out += ((first ? '\n' : ',\n') + this.indent + quoteKey(key) + ': ');
    }
    this.write(v, key);
    return false;
  }

  /** https://tc39.es/ecma262/#sec-serializejsonobject */
  private writeObject(o: JSObject, key: string | number): void {
    const stepback = this.push(o, key);
    this.out += ('{');
    let first = true;
    const list = this.propertyList;
    if (list !== undefined) {
      for (const p of list) first = this.member(o, p, o.Get(p, o), first);
    } else if (!o.exotic && o.elements === null && o.shape.indexKeys === 0) {
      // Fast path: an ordinary object with named properties only. The keys are those enumerable
      // when the walk starts (as EnumerableOwnProperties has them); values are read as [[Get]]
      // would, straight from the slots while the shape is unchanged.
      const shape = o.shape;
      const keys = shape.keys, attrs = shape.attrs;
      const n = keys.length;
      const dictionary = shape.dictionary;
      const names: string[] = [];
      const slotIdx: number[] = [];
      for (let i = 0; i < n; i++) {
        const k = keys[i];
        if (typeof k === 'string' && attrs[i] & E && shape.isLive(i)) {
          names.push(k);
          slotIdx.push(i);
        }
      }
      for (let j = 0; j < names.length; j++) {
        const p = names[j];
        let v: Value;
        const s = o.shape;
        const i = s === shape && !dictionary ? slotIdx[j] : s.lookup(p);
        if (i >= 0) {
          if (s.attrs[i] & ACCESSOR) {
            const getter = (o.slots[i] as Accessor).get;
            v = getter === undefined ? undefined : getter.Call(o, []);
          } else {
            v = o.slots[i];
          }
        } else {
          v = o.Get(p, o);
        }
        first = this.member(o, p, v, first);
      }
    } else {
      for (const p of enumerableOwnKeys(o)) first = this.member(o, p, o.Get(p, o), first);
    }
    if (first) this.out += ('}');
    else this.out += (this.gap === '' ? '}' : '\n' + stepback + '}');
    this.pop(stepback);
  }

  /** https://tc39.es/ecma262/#sec-serializejsonarray */
  private writeArray(a: JSObject, key: string | number): void {
    const stepback = this.push(a, key);
    const len = LengthOfArrayLike(a);
    if (len === 0) {
      this.out += ('[]');
      this.pop(stepback);
      return;
    }
    const gap = this.gap;
    const sep = gap === '' ? ',' : ',\n' + this.indent;
    this.out += (gap === '' ? '[' : '[\n' + this.indent);
    const fast = a instanceof JSArray && !a.exotic;
    for (let i = 0; i < len; i++) {
      if (i > 0) this.out += (sep);
      let v: Value;
      const el = fast ? a.elements : null;
      if (el !== null && i < el.length && el[i] !== HOLE) v = el[i];
      else v = a.Get(String(i), a);
      v = this.resolve(a, String(i), v);
      if (isSerializable(v)) this.write(v, i);
      else this.out += ('null');
    }
    this.out += (gap === '' ? ']' : '\n' + stepback + ']');
    this.pop(stepback);
  }
}

/** https://tc39.es/ecma262/#sec-json.stringify */
function JSONStringify(realm: Realm, value: Value, replacer: Value, space: Value): Value {
  // 4.
  let replacerFn: JSObject | undefined;
  let propertyList: string[] | undefined;
  if (replacer instanceof JSObject) {
    if (replacer.isCallable) {
      replacerFn = replacer;
    } else if (IsArray(replacer)) {
      const seen = new Set<string>();
      propertyList = [];
      const len = LengthOfArrayLike(replacer);
      for (let k = 0; k < len; k++) {
        if (--R.fuel <= 0) R.agent.refuel();
        const v = replacer.Get(String(k), replacer);
        let item: string | undefined;
        if (typeof v === 'string') item = v;
        else if (typeof v === 'number') item = String(v);
        else if (v instanceof JSStringObject || (v instanceof JSPrimitiveObject && v.className === 'Number')) item = ToString(v);
        if (item !== undefined && !seen.has(item)) {
          seen.add(item);
          propertyList.push(item);
        }
      }
    }
  }
  // 5-8.
  if (space instanceof JSObject) {
    if (space instanceof JSPrimitiveObject && space.className === 'Number') space = ToNumber(space);
    else if (space instanceof JSStringObject) space = ToString(space);
  }
  let gap = '';
  if (typeof space === 'number') {
    const n = Math.min(10, ToIntegerOrInfinity(space));
    gap = n >= 1 ? ' '.repeat(n) : '';
  } else if (typeof space === 'string') {
    gap = space.slice(0, 10);
  }
  // 9-12.
  const wrapper = new JSObject(realm.ObjectPrototype);
  wrapper.addProperty('', value, WEC);
  const s = new Serializer(gap, replacerFn, propertyList);
  const v = s.resolve(wrapper, '', value);
  if (!isSerializable(v)) return undefined;
  s.write(v, '');
  return s.out;
}

/** The JSON object. https://tc39.es/ecma262/#sec-json-object */
/** ParseJSONModule's parse: %JSON.parse% without a reviver (whatever the guest did to JSON.parse). */
export function parseJSONSource(realm: Realm, text: string): Value {
  return new JSONParser(text, false, realm).parseText();
}

export function setupJSON(realm: Realm): void {
  const json = new JSObject(realm.ObjectPrototype);
  realm.intrinsics['%JSON%'] = json;
  realm.addGlobal('JSON', json);
  defineMethods(realm, json, [
    ['isRawJSON', (_t, args) => args[0] instanceof JSRawJSON, 1],
    ['parse', (_t, args) => {
      // https://tc39.es/ecma262/#sec-json.parse
      const text = ToString(args[0]);
      const reviver = args[1];
      const withSource = IsCallable(reviver);
      const parser = new JSONParser(text, withSource, realm);
      const unfiltered = parser.parseText();
      if (!withSource) return unfiltered;
      const root = new JSObject(realm.ObjectPrototype);
      root.addProperty('', unfiltered, WEC);
      return InternalizeJSONProperty(root, '', reviver as JSObject, parser.record, 0);
    }, 2],
    ['rawJSON', (_t, args) => {
      // https://tc39.es/proposal-json-parse-with-source/#sec-json.rawjson
      const jsonString = ToString(args[0]);
      const isWs = (c: number) => c === 0x09 || c === 0x0a || c === 0x0d || c === 0x20;
      if (jsonString === '' || isWs(jsonString.charCodeAt(0)) || isWs(jsonString.charCodeAt(jsonString.length - 1))) {
        throwSyntaxError('Invalid value for JSON.rawJSON');
      }
      const parser = new JSONParser(jsonString, false, realm);
      const c = jsonString.charCodeAt(0);
      if (c === 0x7b || c === 0x5b) parser.unexpectedAt(0);
      parser.parseText();
      const obj = new JSRawJSON(null);
      obj.addProperty('rawJSON', jsonString, E);
      obj.extensible = false;
      return obj;
    }, 1],
    ['stringify', (_t, args) => JSONStringify(realm, args[0], args[1], args[2]), 3],
  ]);
  json.addProperty(WellKnown.toStringTag, 'JSON', C);
}
