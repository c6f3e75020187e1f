import type { Node } from '../../parse';
import { JSObject } from '../../values/object';
import { JSSymbol } from '../../values/symbol';
import { isArrayIndex, type PropertyKey, type Value } from '../../values/value';
import { Shape, WEC, C, E } from '../../values/shape';
import { R } from '../../agent';
import { ToPropertyKey, ToString } from '../../ops/type-conversion';
import { concat } from '../../ops/operators';
import { CopyDataProperties, CreateDataPropertyOrThrow, DefinePropertyOrThrow, SetIntegrityLevel } from '../../ops/object-operations';
import { JSArray } from '../../exotics/array';
import { HOLE } from '../../values/value';
import type { Realm } from '../../realm';
import type { Code, Compiler } from '../compiler';
import { compileExpr } from '../compile';
import type { Env } from '../function-object';
import { compileMethod, compileNamedFunctionOrClass, setFunctionName } from './functions';
import { isAnonymousFunctionDefinition } from './operators';
import { spreadInto, compileArgs, calleeText, renderExpression } from './call';
import { throwTypeError, Msg } from '../../errors';
import { namedGetter } from './member';
import { getComputed } from '../references';
import { compileRead } from './Identifier';
import { RegExpCreateLiteral } from '../../intrinsics/RegExp';

export function compileLiteral(c: Compiler, node: Node): Code {
  if (node.regex) {
    const { pattern, flags } = node.regex;
    const pos = c.pos(node);
    return () => {
      R.pc = pos;
      return RegExpCreateLiteral(R.realm, pattern, flags);
    };
  }
  if (node.bigint !== undefined) {
    const v = BigInt(node.bigint);
    return () => v;
  }
  const v = node.value;
  return () => v;
}

/** The property key of a non-computed key node. */
export function staticKey(key: Node): PropertyKey {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return '#' + key.name;
  if (typeof key.value === 'bigint' || key.bigint !== undefined) return String(BigInt(key.bigint ?? key.value));
  return ToPropertyKey(key.value);
}

export function compileObject(c: Compiler, node: Node): Code {
  const props: Node[] = node.properties;
  // Fast path: only `key: value` with distinct constant non-index keys.
  const simple = props.every((p) => p.type === 'Property' && p.kind === 'init' && !p.method && !p.computed && !isProtoSetter(p));
  if (simple) {
    const keys = props.map((p) => staticKey(p.key));
    if (new Set(keys).size === keys.length && keys.every((k) => typeof k !== 'string' || !isArrayIndex(k))) {
      const values = props.map((p) => p.shorthand ? compileRead(c, p.value.name, p.value) : valueWithName(c, p.value, keys[props.indexOf(p)]));
      let cachedProto: JSObject | null = null;
      let cachedShape: Shape | null = null;
      const n = values.length;
      return (env) => {
        const proto = R.realm.ObjectPrototype;
        if (proto !== cachedProto) {
          let s = Shape.root(proto);
          for (const k of keys) s = s.add(k, WEC);
          cachedProto = proto;
          cachedShape = s;
        }
        const slots = new Array(n);
        for (let i = 0; i < n; i++) slots[i] = values[i](env);
        const o = new JSObject(proto, cachedShape!);
        o.slots = slots;
        return o;
      };
    }
  }
  type Op = (env: Env, o: JSObject) => void;
  const ops: Op[] = props.map((p): Op => {
    if (p.type === 'SpreadElement') {
      const v = compileExpr(c, p.argument);
      return (env, o) => CopyDataProperties(o, v(env), []);
    }
    if (isProtoSetter(p)) {
      const v = compileExpr(c, p.value);
      return (env, o) => {
        const proto = v(env);
        if (proto === null || proto instanceof JSObject) o.SetPrototypeOf(proto);
      };
    }
    const key = p.computed ? compileExpr(c, p.key) : null;
    const sk = p.computed ? null : staticKey(p.key);
    const evalKey = (env: Env): PropertyKey => (key ? ToPropertyKey(key(env)) : sk!);
    if (p.kind === 'get' || p.kind === 'set') {
      const make = compileMethod(c, p.value, p.kind, p);
      const isGet = p.kind === 'get';
      return (env, o) => {
        const k = evalKey(env);
        const f = make(env, o, k);
        DefinePropertyOrThrow(o, k, isGet ? { get: f, enumerable: true, configurable: true } : { set: f, enumerable: true, configurable: true });
      };
    }
    if (p.method) {
      const make = compileMethod(c, p.value, 'method', p);
      return (env, o) => {
        const k = evalKey(env);
        const f = make(env, o, k);
        DefinePropertyOrThrow(o, k, { value: f, writable: true, enumerable: true, configurable: true });
      };
    }
    if (p.shorthand) {
      const v = compileRead(c, p.value.name, p.value);
      return (env, o) => { o.setOwn(sk!, v(env)); };
    }
    if (isAnonymousFunctionDefinition(p.value)) {
      const f = compileNamedFunctionOrClass(c, p.value, null);
      return (env, o) => {
        const k = evalKey(env);
        const v = f(env, k);
        CreateDataPropertyOrThrow(o, k, v);
      };
    }
    const v = compileExpr(c, p.value);
    return (env, o) => {
      const k = evalKey(env);
      CreateDataPropertyOrThrow(o, k, v(env));
    };
  });
  return (env) => {
    const o = new JSObject(R.realm.ObjectPrototype);
    for (const op of ops) op(env, o);
    return o;
  };
}

function valueWithName(c: Compiler, value: Node, key: PropertyKey): Code {
  if (!isAnonymousFunctionDefinition(value)) return compileExpr(c, value);
  const f = compileNamedFunctionOrClass(c, value, null);
  return (env) => f(env, key);
}

function isProtoSetter(p: Node): boolean {
  return p.type === 'Property' && !p.computed && !p.shorthand && !p.method && p.kind === 'init'
    && ((p.key.type === 'Identifier' && p.key.name === '__proto__') || (p.key.type === 'Literal' && p.key.value === '__proto__'));
}

export function compileArray(c: Compiler, node: Node): Code {
  const elements: (Node | null)[] = node.elements;
  if (elements.every((e) => e !== null && e.type !== 'SpreadElement')) {
    const codes = elements.map((e) => compileExpr(c, e!));
    const n = codes.length;
    return (env) => {
      const el: Value[] = new Array(n);
      for (let i = 0; i < n; i++) el[i] = codes[i](env);
      return new JSArray(R.realm.ArrayPrototype, el);
    };
  }
  const parts = elements.map((e) => e === null ? null : { spread: e.type === 'SpreadElement', code: compileExpr(c, e.type === 'SpreadElement' ? e.argument : e), what: e.type === 'SpreadElement' ? renderExpression(e.argument) : '' });
  return (env) => {
    const el: Value[] = [];
    let holes = false;
    for (const p of parts) {
      if (p === null) { el.push(HOLE); holes = true; } else if (p.spread) spreadInto(el, p.code(env), p.what);
      else el.push(p.code(env));
    }
    const a = new JSArray(R.realm.ArrayPrototype, el);
    if (holes && el.length > 0 && el[el.length - 1] === HOLE) {
      // Trailing holes keep the length but are not elements.
      let n = el.length;
      while (n > 0 && el[n - 1] === HOLE) n--;
      const len = el.length;
      el.length = n;
      a.slots[0] = len;
    }
    return a;
  };
}

export function compileTemplate(c: Compiler, node: Node): Code {
  const quasis: string[] = node.quasis.map((q: Node) => q.value.cooked);
  const exprs = node.expressions.map((e: Node) => compileExpr(c, e));
  const pos = c.pos(node);
  if (exprs.length === 0) {
    const s = quasis[0];
    return () => s;
  }
  return (env) => {
    let s = quasis[0];
    for (let i = 0; i < exprs.length; i++) {
      const v = exprs[i](env);
      const t = typeof v === 'string' ? v : (R.pc = pos, ToString(v));
      s = concat(concat(s, t), quasis[i + 1]);
    }
    return s;
  };
}

/** https://tc39.es/ecma262/#sec-gettemplateobject */
function getTemplateObject(realm: Realm, site: Node): JSObject {
  const existing = realm.templateMap.get(site);
  if (existing !== undefined) return existing;
  const quasis: Node[] = site.quasi.quasis;
  const cooked = new JSArray(realm.ArrayPrototype, quasis.map((q) => q.value.cooked === null ? undefined : q.value.cooked));
  const raw = new JSArray(realm.ArrayPrototype, quasis.map((q) => q.value.raw));
  SetIntegrityLevel(raw, 'frozen');
  cooked.DefineOwnProperty('raw', { value: raw, writable: false, enumerable: false, configurable: false });
  SetIntegrityLevel(cooked, 'frozen');
  realm.templateMap.set(site, cooked);
  return cooked;
}

export function compileTaggedTemplate(c: Compiler, node: Node): Code {
  const tagNode = node.tag;
  const subs = node.quasi.expressions.map((e: Node) => compileExpr(c, e));
  const pos = c.pos(node);
  const name = calleeText(c, tagNode);
  let getFn: (env: Env) => [Value, Value];
  if (tagNode.type === 'MemberExpression' && tagNode.object.type !== 'Super' && tagNode.property.type !== 'PrivateIdentifier') {
    const obj = compileExpr(c, tagNode.object);
    if (tagNode.computed) {
      const key = compileExpr(c, tagNode.property);
      getFn = (env) => { const o = obj(env); const k = key(env); R.pc = pos; return [getComputed(o, k), o]; };
    } else {
      const g = namedGetter(tagNode.property.name, pos);
      getFn = (env) => { const o = obj(env); return [g(o), o]; };
    }
  } else {
    const f = compileExpr(c, tagNode);
    getFn = (env) => [f(env), undefined];
  }
  void compileArgs;
  return (env) => {
    const [f, thisValue] = getFn(env);
    const tmpl = getTemplateObject(R.realm, node);
    const args: Value[] = [tmpl];
    for (const s of subs) args.push(s(env));
    R.pc = pos;
    if (!(f instanceof JSObject) || !f.isCallable) throwTypeError(Msg.notAFunction(name));
    return f.Call(thisValue, args);
  };
}

export { setFunctionName, JSSymbol, C, E };
