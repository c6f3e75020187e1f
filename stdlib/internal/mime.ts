// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * util.MIMEType and util.MIMEParams (Node's internal/mime): the MIME Sniffing Standard's
 * "parse a MIME type" (https://mimesniff.spec.whatwg.org/#parse-a-mime-type) and its
 * serializer. The parameters are parsed on first use.
 */
'use strict';

const { codes: { ERR_INVALID_MIME_SYNTAX } } = require('./errors');

const NOT_HTTP_TOKEN_CODE_POINT = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_HTTP_QUOTED_STRING_CODE_POINT = /[^\t\u0020-~\u0080-\u00FF]/;
// HTTP whitespace at the start (the index of the first other character) and at the end.
const END_BEGINNING_WHITESPACE = /[^\r\n\t ]|$/;
const START_ENDING_WHITESPACE = /[\r\n\t ]*$/;
const EQUALS_SEMICOLON_OR_END = /[;=]|$/;
// A quoted value up to its closing quote: group 1 is a final lone backslash, group 2 the quote.
const QUOTED_VALUE_PATTERN = /^(?:([\\]$)|[\\][\s\S]|[^"])*(?:(")|$)/u;

/** Lower-cases A-Z only. */
function toASCIILower(str) {
  return str.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** The type, subtype and where the parameters start; ERR_INVALID_MIME_SYNTAX when malformed. */
function parseTypeAndSubtype(str) {
  let position = str.search(END_BEGINNING_WHITESPACE);
  const typeEnd = str.indexOf('/', position);
  const trimmedType = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
  const invalidTypeIndex = trimmedType.search(NOT_HTTP_TOKEN_CODE_POINT);
  if (trimmedType === '' || invalidTypeIndex !== -1 || typeEnd === -1) {
    throw new ERR_INVALID_MIME_SYNTAX('type', str, invalidTypeIndex);
  }
  position = typeEnd + 1;
  const type = toASCIILower(trimmedType);
  const subtypeEnd = str.indexOf(';', position);
  const rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
  position += rawSubtype.length;
  if (subtypeEnd !== -1) position += 1;
  const trimmedSubtype = rawSubtype.slice(0, rawSubtype.search(START_ENDING_WHITESPACE));
  const invalidSubtypeIndex = trimmedSubtype.search(NOT_HTTP_TOKEN_CODE_POINT);
  if (trimmedSubtype === '' || invalidSubtypeIndex !== -1) {
    throw new ERR_INVALID_MIME_SYNTAX('subtype', str, invalidSubtypeIndex);
  }
  return [type, toASCIILower(trimmedSubtype), position];
}

/** A quoted value without its escaping backslashes. */
function removeBackslashes(str) {
  let ret = '';
  let i;
  for (i = 0; i < str.length - 1; i++) {
    const c = str[i];
    if (c === '\\') {
      i++;
      ret += str[i];
    } else {
      ret += c;
    }
  }
  if (i === str.length - 1) ret += str[i];
  return ret;
}

/** A parameter value as serialized: as it is when it is a token, else quoted. */
function encodeValue(value) {
  if (value.length === 0) return '""';
  if (value.search(NOT_HTTP_TOKEN_CODE_POINT) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** The parameters of str (the text after type/subtype;) into the map; the first of a name wins. */
function parseParameters(str, paramsMap) {
  let position = 0;
  const endOfSource = str.search(START_ENDING_WHITESPACE);
  while (position < endOfSource) {
    position += str.slice(position).search(END_BEGINNING_WHITESPACE);
    const afterParameterName = str.slice(position).search(EQUALS_SEMICOLON_OR_END) + position;
    const parameterString = toASCIILower(str.slice(position, afterParameterName));
    position = afterParameterName;
    if (position < endOfSource) {
      const char = str[position];
      position += 1;
      if (char === ';') continue;
    }
    if (position >= endOfSource) break;
    let parameterValue;
    if (str[position] === '"') {
      position += 1;
      const insideMatch = QUOTED_VALUE_PATTERN.exec(str.slice(position));
      position += insideMatch[0].length;
      const inside = insideMatch[1] || insideMatch[2] ? insideMatch[0].slice(0, -1) : insideMatch[0];
      parameterValue = removeBackslashes(inside);
      if (insideMatch[1]) parameterValue += '\\';
    } else {
      const valueEnd = str.indexOf(';', position);
      const rawValue = valueEnd === -1 ? str.slice(position) : str.slice(position, valueEnd);
      position += rawValue.length;
      const trimmedValue = rawValue.slice(0, rawValue.search(START_ENDING_WHITESPACE));
      if (trimmedValue === '') continue;
      parameterValue = trimmedValue;
    }
    if (parameterString !== '' && parameterString.search(NOT_HTTP_TOKEN_CODE_POINT) === -1 &&
        parameterValue.search(NOT_HTTP_QUOTED_STRING_CODE_POINT) === -1 && !paramsMap.has(parameterString)) {
      paramsMap.set(parameterString, parameterValue);
    }
    position++;
  }
}

class MIMEParams {
  #data = new Map();
  #processed = true;
  #string = null;

  /** MIMEParams over the unparsed parameter text of a MIME type (MIMEType's use only). */
  static instantiateMimeParams(str) {
    const instance = new MIMEParams();
    instance.#string = str;
    instance.#processed = false;
    return instance;
  }

  #parse() {
    if (this.#processed) return;
    parseParameters(this.#string, this.#data);
    this.#processed = true;
  }

  delete(name) {
    this.#parse();
    this.#data.delete(name);
  }

  get(name) {
    this.#parse();
    return this.#data.has(name) ? this.#data.get(name) : null;
  }

  has(name) {
    this.#parse();
    return this.#data.has(name);
  }

  set(name, value) {
    this.#parse();
    name = `${name}`;
    value = `${value}`;
    const invalidNameIndex = name.search(NOT_HTTP_TOKEN_CODE_POINT);
    if (name.length === 0 || invalidNameIndex !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, invalidNameIndex);
    const invalidValueIndex = value.search(NOT_HTTP_QUOTED_STRING_CODE_POINT);
    if (invalidValueIndex !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, invalidValueIndex);
    this.#data.set(name, value);
  }

  *entries() {
    this.#parse();
    yield* this.#data.entries();
  }

  *keys() {
    this.#parse();
    yield* this.#data.keys();
  }

  *values() {
    this.#parse();
    yield* this.#data.values();
  }

  toString() {
    this.#parse();
    let ret = '';
    for (const [key, value] of this.#data) {
      if (ret.length) ret += ';';
      ret += `${key}=${encodeValue(value)}`;
    }
    return ret;
  }
}

const MIMEParamsStringify = MIMEParams.prototype.toString;
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, { configurable: true, writable: true, value: MIMEParams.prototype.entries });
Object.defineProperty(MIMEParams.prototype, 'toJSON', { configurable: true, writable: true, value: MIMEParamsStringify });

const { instantiateMimeParams } = MIMEParams;
delete MIMEParams.instantiateMimeParams;

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string) {
    string = `${string}`;
    const [type, subtype, position] = parseTypeAndSubtype(string);
    this.#type = type;
    this.#subtype = subtype;
    this.#parameters = instantiateMimeParams(string.slice(position));
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    const invalidTypeIndex = v.search(NOT_HTTP_TOKEN_CODE_POINT);
    if (v.length === 0 || invalidTypeIndex !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', v, invalidTypeIndex);
    this.#type = toASCIILower(v);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    const invalidSubtypeIndex = v.search(NOT_HTTP_TOKEN_CODE_POINT);
    if (v.length === 0 || invalidSubtypeIndex !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', v, invalidSubtypeIndex);
    this.#subtype = toASCIILower(v);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    let ret = `${this.#type}/${this.#subtype}`;
    const paramStr = MIMEParamsStringify.call(this.#parameters);
    if (paramStr.length) ret += `;${paramStr}`;
    return ret;
  }
}

Object.defineProperty(MIMEType.prototype, 'toJSON', { configurable: true, writable: true, value: MIMEType.prototype.toString });

module.exports = { MIMEParams, MIMEType };

export {}; // a module for tsc; the guest sees module.exports
