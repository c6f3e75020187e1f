// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * The WHATWG URL API as Node 20 exposes it (Node's internal/url): URL (with URL.parse and
 * URL.canParse), URLSearchParams and its iterator, and the helpers around them
 * (domainToASCII/Unicode, fileURLToPath, pathToFileURL, urlToHttpOptions). The parsing itself is
 * ./url_parser; a URL object holds a URL record and its URLSearchParams object shares the query.
 */
'use strict';

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('./errors');
const { validateFunction } = require('./validators');
const { getConstructorOf, removeColors, kEnumerableProperty, kEmptyObject } = require('./util');
const { encodeStr, hexTable, isHexTable } = require('./querystring');
const parser = require('./url_parser');
const { uts46ToUnicode } = require('./idna');
const querystring = require('../querystring');
const path = require('../path');

const {
  FAILURE, basicURLParse, parseURL, serializeURL, serializePath, parseHost, percentEncodeString,
  inUserinfoSet, isSpecialScheme, hasOpaquePath, cannotHaveUsernamePasswordPort,
} = parser;

const isWindows = process.platform === 'win32';
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const contextForInspect = Symbol('context');

function lazyInspect() {
  return internalBinding('util').inspect;
}

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

// Protocols url.parse treats specially (shared with the legacy url module).
const unsafeProtocol = new Set(['javascript', 'javascript:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

const toUSV = (s) => String.prototype.toWellFormed.call(s);

// ---- application/x-www-form-urlencoded ----

/** https://url.spec.whatwg.org/#concept-urlencoded-parser: a flat [name, value, name, value, ...] list. */
function parseParams(qs) {
  const out = [];
  let seenSep = false;
  let buf = '';
  let encoded = false;
  let encodeCheck = 0;
  let i = qs[0] === '?' ? 1 : 0;
  let pairStart = i;
  let lastPos = i;
  for (; i < qs.length; i++) {
    const code = qs.charCodeAt(i);
    if (code === 0x26 /* & */) {
      if (pairStart === i) {
        lastPos = pairStart = i + 1;
        continue;
      }
      if (lastPos < i) buf += qs.slice(lastPos, i);
      if (encoded) buf = querystring.unescape(buf);
      out.push(buf);
      if (!seenSep) out.push('');
      seenSep = false;
      buf = '';
      encoded = false;
      encodeCheck = 0;
      lastPos = pairStart = i + 1;
      continue;
    }
    if (!seenSep && code === 0x3D /* = */) {
      if (lastPos < i) buf += qs.slice(lastPos, i);
      if (encoded) buf = querystring.unescape(buf);
      out.push(buf);
      seenSep = true;
      buf = '';
      encoded = false;
      encodeCheck = 0;
      lastPos = i + 1;
      continue;
    }
    if (code === 0x2B /* + */) {
      if (lastPos < i) buf += qs.slice(lastPos, i);
      buf += ' ';
      lastPos = i + 1;
    } else if (!encoded) {
      // Decode only when a valid %XX escape is there.
      if (code === 0x25 /* % */) {
        encodeCheck = 1;
      } else if (encodeCheck > 0) {
        if (isHexTable[code] === 1) {
          if (++encodeCheck === 3) encoded = true;
        } else {
          encodeCheck = 0;
        }
      }
    }
  }
  if (pairStart === i) return out;
  if (lastPos < i) buf += qs.slice(lastPos, i);
  if (encoded) buf = querystring.unescape(buf);
  out.push(buf);
  if (!seenSep) out.push('');
  return out;
}

// A-Z a-z 0-9 * - . _ are left as they are; space becomes '+'.
const noEscape = new Int8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._') noEscape[c.charCodeAt(0)] = 1;
const paramHexTable = hexTable.slice();
paramHexTable[0x20] = '+';

/** https://url.spec.whatwg.org/#concept-urlencoded-serializer */
function serializeParams(list) {
  let output = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) output += '&';
    output += `${encodeStr(list[i], noEscape, paramHexTable)}=${encodeStr(list[i + 1], noEscape, paramHexTable)}`;
  }
  return output;
}

// ---- URLSearchParams ----

let getParamsList;
let setParamsList;
let setParamsURL;
let urlQueryUpdated;

function merge(out, start, mid, end, lBuffer, rBuffer) {
  const sizeLeft = mid - start;
  const sizeRight = end - mid;
  let l;
  let r;
  for (l = 0; l < sizeLeft; l++) lBuffer[l] = out[start + l];
  for (r = 0; r < sizeRight; r++) rBuffer[r] = out[mid + r];
  l = 0;
  r = 0;
  let o = start;
  while (l < sizeLeft && r < sizeRight) {
    if (lBuffer[l] <= rBuffer[r]) {
      out[o++] = lBuffer[l++];
      out[o++] = lBuffer[l++];
    } else {
      out[o++] = rBuffer[r++];
      out[o++] = rBuffer[r++];
    }
  }
  while (l < sizeLeft) out[o++] = lBuffer[l++];
  while (r < sizeRight) out[o++] = rBuffer[r++];
}

class URLSearchParamsIterator {
  #target;
  #kind;
  #index = 0;

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
  }

  next() {
    if (typeof this !== 'object' || this === null || !(#target in this)) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    const index = this.#index;
    const values = getParamsList(this.#target);
    if (index >= values.length) return { value: undefined, done: true };
    const name = values[index];
    const value = values[index + 1];
    this.#index = index + 2;
    let result;
    if (this.#kind === 'key') result = name;
    else if (this.#kind === 'value') result = value;
    else result = [name, value];
    return { value: result, done: false };
  }

  [customInspect](recurseTimes, ctx) {
    if (!this || typeof this !== 'object' || !(#target in this)) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const inspect = lazyInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const index = this.#index;
    const values = getParamsList(this.#target);
    const output = [];
    for (let i = index; i < values.length; i += 2) {
      if (this.#kind === 'key') output.push(values[i]);
      else if (this.#kind === 'value') output.push(values[i + 1]);
      else output.push([values[i], values[i + 1]]);
    }
    const breakLn = inspect(output, innerOpts).includes('\n');
    const outputStrs = output.map((p) => inspect(p, innerOpts));
    const outputStr = breakLn ? `\n  ${outputStrs.join(',\n  ')}` : ` ${outputStrs.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${outputStr} }`;
  }
}

delete URLSearchParamsIterator.prototype.constructor;
Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
Object.defineProperties(URLSearchParamsIterator.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams Iterator' },
  next: kEnumerableProperty,
});

class URLSearchParams {
  #searchParams = [];
  // The associated URL object, if any.
  #url = null;

  static {
    getParamsList = (obj) => obj.#searchParams;
    setParamsList = (obj, query) => {
      obj.#searchParams = query ? parseParams(query) : [];
    };
    setParamsURL = (obj, url) => {
      obj.#url = url;
    };
  }

  constructor(init = undefined) {
    if (init == null) {
      // nothing
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #searchParams in init) {
        this.#searchParams = init.#searchParams.slice();
      } else if (method != null) {
        // sequence<sequence<USVString>>
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair == null) {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          } else if (Array.isArray(pair)) {
            if (pair.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
            this.#searchParams.push(toUSV(`${pair[0]}`), toUSV(`${pair[1]}`));
          } else {
            if ((typeof pair !== 'object' && typeof pair !== 'function') || typeof pair[Symbol.iterator] !== 'function') {
              throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
            }
            let length = 0;
            for (const element of pair) {
              length++;
              this.#searchParams.push(toUSV(`${element}`));
            }
            if (length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
        }
      } else {
        // record<USVString, USVString>
        const visited = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) {
            const typedKey = toUSV(key);
            const typedValue = toUSV(`${init[key]}`);
            // Keys equal after conversion: the later value wins, in the first place.
            const keyIdx = visited.get(typedKey);
            if (keyIdx !== undefined) {
              this.#searchParams[keyIdx] = typedValue;
            } else {
              visited.set(typedKey, this.#searchParams.push(typedKey, typedValue) - 1);
            }
          }
        }
      }
    } else {
      init = toUSV(`${init}`);
      this.#searchParams = init ? parseParams(init) : [];
    }
  }

  #update() {
    if (this.#url !== null) urlQueryUpdated(this.#url, this);
  }

  [customInspect](recurseTimes, ctx) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const inspect = lazyInspect();
    const separator = ', ';
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#searchParams;
    const output = [];
    for (let i = 0; i < list.length; i += 2) output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    const length = output.reduce((prev, cur) => prev + removeColors(cur).length + separator.length, -separator.length);
    if (length > ctx.breakLength) return `${this.constructor.name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${this.constructor.name} { ${output.join(separator)} }`;
    return `${this.constructor.name} {}`;
  }

  get size() {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#searchParams.length / 2;
  }

  append(name, value) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#searchParams.push(toUSV(`${name}`), toUSV(`${value}`));
    this.#update();
  }

  delete(name, value = undefined) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#searchParams;
    name = toUSV(`${name}`);
    if (value !== undefined) {
      value = toUSV(`${value}`);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#searchParams;
    name = toUSV(`${name}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#searchParams;
    const values = [];
    name = toUSV(`${name}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#searchParams;
    name = toUSV(`${name}`);
    if (value !== undefined) value = toUSV(`${value}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#searchParams;
    name = toUSV(`${name}`);
    value = toUSV(`${value}`);
    // The first pair with this name gets the value; the others go.
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  /** A stable sort by name (by UTF-16 code units, as the standard asks). */
  sort() {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    const a = this.#searchParams;
    const len = a.length;
    if (len <= 2) {
      // nothing to do
    } else if (len < 100) {
      for (let i = 2; i < len; i += 2) {
        const curKey = a[i];
        const curVal = a[i + 1];
        let j;
        for (j = i - 2; j >= 0; j -= 2) {
          if (a[j] > curKey) {
            a[j + 2] = a[j];
            a[j + 3] = a[j + 1];
          } else {
            break;
          }
        }
        a[j + 2] = curKey;
        a[j + 3] = curVal;
      }
    } else {
      const lBuffer = new Array(len);
      const rBuffer = new Array(len);
      for (let step = 2; step < len; step *= 2) {
        for (let start = 0; start < len - 2; start += 2 * step) {
          const mid = start + step;
          let end = mid + step;
          end = end < len ? end : len;
          if (mid > end) continue;
          merge(a, start, mid, end, lBuffer, rBuffer);
        }
      }
    }
    this.#update();
  }

  entries() {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    validateFunction(callback, 'callback');
    let list = this.#searchParams;
    let i = 0;
    while (i < list.length) {
      const key = list[i];
      const value = list[i + 1];
      callback.call(thisArg, value, key, this);
      // The URL's search may have been replaced meanwhile.
      list = this.#searchParams;
      i += 2;
    }
  }

  keys() {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    if (typeof this !== 'object' || this === null || !(#searchParams in this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return serializeParams(this.#searchParams);
  }
}

Object.defineProperties(URLSearchParams.prototype, {
  append: kEnumerableProperty,
  delete: kEnumerableProperty,
  get: kEnumerableProperty,
  getAll: kEnumerableProperty,
  has: kEnumerableProperty,
  set: kEnumerableProperty,
  size: kEnumerableProperty,
  sort: kEnumerableProperty,
  entries: kEnumerableProperty,
  forEach: kEnumerableProperty,
  keys: kEnumerableProperty,
  values: kEnumerableProperty,
  toString: kEnumerableProperty,
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams' },
  [Symbol.iterator]: { configurable: true, writable: true, value: URLSearchParams.prototype.entries },
});

// ---- URL ----

/**
 * Whether a value looks like a WHATWG URL object (href and protocol, but no legacy auth/path),
 * as Node checks it (URL objects of other implementations count too).
 */
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

const kParseURLSymbol = Symbol('kParseURL');

/** https://url.spec.whatwg.org/#potentially-strip-trailing-spaces-from-an-opaque-path */
function stripTrailingSpacesFromOpaquePath(url) {
  if (!hasOpaquePath(url) || url.fragment !== null || url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

function hostSerialization(url) {
  if (url.host === null) return '';
  return url.port === null ? url.host : `${url.host}:${url.port}`;
}

class URL {
  #url;
  #searchParams;

  static {
    urlQueryUpdated = (obj, params) => {
      // https://url.spec.whatwg.org/#concept-urlsearchparams-update
      const serialized = serializeParams(getParamsList(params));
      obj.#url.query = serialized === '' ? null : serialized;
      if (serialized === '') stripTrailingSpacesFromOpaquePath(obj.#url);
    };
  }

  constructor(input, base = undefined, parseSymbol = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const record = parseURL(input, base);
    if (record === FAILURE) {
      if (parseSymbol !== kParseURLSymbol) throw new ERR_INVALID_URL(input, base);
      this.#url = null;
      return;
    }
    this.#url = record;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const parsed = new URL(input, base, kParseURLSymbol);
    return parsed.#url !== null ? parsed : null;
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    return parseURL(url, base) !== FAILURE;
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    if (opts.showHidden) obj[contextForInspect] = { ...this.#url };
    return `${constructor.name} ${lazyInspect()(obj, opts)}`;
  }

  /** The URL record (for the url module's format). */
  static recordOf(url) {
    return #url in url ? url.#url : undefined;
  }

  #reparseQueryIntoParams() {
    if (this.#searchParams !== undefined) setParamsList(this.#searchParams, this.#url.query);
  }

  toString() {
    return serializeURL(this.#url);
  }

  get href() {
    return serializeURL(this.#url);
  }

  set href(value) {
    value = `${value}`;
    const record = parseURL(value);
    if (record === FAILURE) throw new ERR_INVALID_URL(value);
    this.#url = record;
    this.#reparseQueryIntoParams();
  }

  /** https://url.spec.whatwg.org/#concept-url-origin (serialized) */
  get origin() {
    const url = this.#url;
    switch (url.scheme) {
      case 'blob': {
        // The origin of the URL in the path, for http(s) ones.
        const pathURL = parseURL(serializePath(url));
        if (pathURL !== FAILURE && (pathURL.scheme === 'http' || pathURL.scheme === 'https')) {
          return `${pathURL.scheme}://${hostSerialization(pathURL)}`;
        }
        return 'null';
      }
      case 'ftp':
      case 'http':
      case 'https':
      case 'ws':
      case 'wss':
        return `${url.scheme}://${hostSerialization(url)}`;
      default:
        return 'null';
    }
  }

  get protocol() {
    return `${this.#url.scheme}:`;
  }

  set protocol(value) {
    basicURLParse(`${value}:`, null, this.#url, parser.SCHEME_START);
  }

  get username() {
    return this.#url.username;
  }

  set username(value) {
    if (cannotHaveUsernamePasswordPort(this.#url)) return;
    this.#url.username = percentEncodeString(`${value}`, inUserinfoSet);
  }

  get password() {
    return this.#url.password;
  }

  set password(value) {
    if (cannotHaveUsernamePasswordPort(this.#url)) return;
    this.#url.password = percentEncodeString(`${value}`, inUserinfoSet);
  }

  get host() {
    // NON-SPEC: as in Node, an empty host reads as '' even with a port.
    return this.#url.host === '' ? '' : hostSerialization(this.#url);
  }

  set host(value) {
    if (hasOpaquePath(this.#url)) return;
    this.#setWithOverride(`${value}`, parser.HOST);
  }

  get hostname() {
    return this.#url.host === null ? '' : this.#url.host;
  }

  set hostname(value) {
    if (hasOpaquePath(this.#url)) return;
    this.#setWithOverride(`${value}`, parser.HOSTNAME);
  }

  get port() {
    return this.#url.port === null ? '' : `${this.#url.port}`;
  }

  set port(value) {
    if (cannotHaveUsernamePasswordPort(this.#url)) return;
    value = `${value}`;
    if (value === '') this.#url.port = null;
    else this.#setWithOverride(value, parser.PORT);
  }

  get pathname() {
    return serializePath(this.#url);
  }

  set pathname(value) {
    if (hasOpaquePath(this.#url)) return;
    this.#url.path = [];
    basicURLParse(`${value}`, null, this.#url, parser.PATH_START);
  }

  get search() {
    const q = this.#url.query;
    return q === null || q === '' ? '' : `?${q}`;
  }

  set search(value) {
    value = toUSV(`${value}`);
    const url = this.#url;
    if (value === '') {
      url.query = null;
      if (this.#searchParams !== undefined) setParamsList(this.#searchParams, '');
      stripTrailingSpacesFromOpaquePath(url);
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    url.query = '';
    basicURLParse(input, null, url, parser.QUERY);
    if (this.#searchParams !== undefined) setParamsList(this.#searchParams, input);
  }

  get searchParams() {
    if (this.#searchParams === undefined) {
      this.#searchParams = new URLSearchParams(this.search);
      setParamsURL(this.#searchParams, this);
    }
    return this.#searchParams;
  }

  get hash() {
    const f = this.#url.fragment;
    return f === null || f === '' ? '' : `#${f}`;
  }

  set hash(value) {
    value = `${value}`;
    const url = this.#url;
    if (value === '') {
      url.fragment = null;
      stripTrailingSpacesFromOpaquePath(url);
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    url.fragment = '';
    basicURLParse(input, null, url, parser.FRAGMENT);
  }

  toJSON() {
    return serializeURL(this.#url);
  }

  /** Runs the parser with a state override on the URL record: what it sets before failing stays set. */
  #setWithOverride(input, state) {
    basicURLParse(input, null, this.#url, state);
  }
}

Object.defineProperties(URL.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'URL' },
  toString: kEnumerableProperty,
  href: kEnumerableProperty,
  origin: kEnumerableProperty,
  protocol: kEnumerableProperty,
  username: kEnumerableProperty,
  password: kEnumerableProperty,
  host: kEnumerableProperty,
  hostname: kEnumerableProperty,
  port: kEnumerableProperty,
  pathname: kEnumerableProperty,
  search: kEnumerableProperty,
  searchParams: kEnumerableProperty,
  hash: kEnumerableProperty,
  toJSON: kEnumerableProperty,
});

const recordOf = URL.recordOf;
delete URL.recordOf;

Object.defineProperties(URL, {
  canParse: { configurable: true, writable: true, enumerable: true },
  parse: { configurable: true, writable: true, enumerable: true },
});

// blob: URLs made by URL.createObjectURL, by id (buffer.resolveObjectURL reads them).
const blobURLRegistry = new Map();

function lazyBlob() {
  try {
    return require('../buffer').Blob;
  } catch {
    return undefined;
  }
}

function randomUUID() {
  const hex = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) s += '-';
    else if (i === 14) s += '4';
    else if (i === 19) s += hex[8 + Math.floor(Math.random() * 4)];
    else s += hex[Math.floor(Math.random() * 16)];
  }
  return s;
}

Object.defineProperties(URL, {
  createObjectURL: {
    configurable: true,
    writable: true,
    enumerable: true,
    value: function createObjectURL(obj) {
      const Blob = lazyBlob();
      if (Blob === undefined || !(obj instanceof Blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
      const id = randomUUID();
      blobURLRegistry.set(id, obj);
      return `blob:nodedata:${id}`;
    },
  },
  revokeObjectURL: {
    configurable: true,
    writable: true,
    enumerable: true,
    value: function revokeObjectURL(url) {
      if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
      const parsed = URL.parse(`${url}`);
      if (parsed === null || parsed.protocol !== 'blob:') return;
      const path = parsed.pathname;
      if (path.startsWith('nodedata:')) blobURLRegistry.delete(path.slice(9));
    },
  },
});

// ---- helpers ----

/** The host parser over a domain: its ASCII serialization, '' when invalid. */
function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseHost(`${domain}`, false);
  return host === FAILURE ? '' : host;
}

/** Like domainToASCII, with the xn-- labels decoded. */
function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseHost(`${domain}`, false);
  if (host === FAILURE) return '';
  return host[0] === '[' ? host : uts46ToUnicode(host);
}

/** The options object http.request takes, from a URL. */
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) || (pathname[n + 1] === '5' && third === 99)) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') {
    // A UNC path (the host may be an IDN in xn-- form).
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname.charAt(2);
  if (letter < 97 || letter > 122 || sep !== ':') throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  return pathname.slice(1);
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

/** url.fileURLToPath(url[, { windows }]) */
function fileURLToPath(path, options = kEmptyObject) {
  const windows = options?.windows;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return (windows ?? isWindows) ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

// Characters a file path may hold that a URL path must have escaped.
const pathEscapes = [
  ['%', '%25'], ['\t', '%09'], ['\n', '%0A'], ['\r', '%0D'], [' ', '%20'], ['"', '%22'], ['#', '%23'],
  ['?', '%3F'], ['[', '%5B'], ['\\', '%5C'], [']', '%5D'], ['^', '%5E'], ['|', '%7C'], ['~', '%7E'],
];

function encodePathChars(filepath, options = kEmptyObject) {
  for (const [ch, escaped] of pathEscapes) {
    // Backslashes are separators on Windows.
    if (ch === '\\' && options.windows) continue;
    if (filepath.includes(ch)) filepath = filepath.split(ch).join(escaped);
  }
  return filepath;
}

/** url.pathToFileURL(path[, { windows }]) without the argument check. */
function pathToFileURL(filepath, options = kEmptyObject) {
  const windows = options?.windows ?? isWindows;
  if (windows && filepath.startsWith('\\\\')) {
    const outURL = new URL('file://');
    // A UNC path \\server\share\resource, or \\?\UNC\server\share\resource.
    const isExtendedUNC = filepath.startsWith('\\\\?\\UNC\\');
    const prefixLength = isExtendedUNC ? 8 : 2;
    const hostnameEndIndex = filepath.indexOf('\\', prefixLength);
    if (hostnameEndIndex === -1) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    if (hostnameEndIndex === 2) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    const hostname = filepath.slice(prefixLength, hostnameEndIndex);
    outURL.hostname = domainToASCII(hostname);
    outURL.pathname = encodePathChars(filepath.slice(hostnameEndIndex).replace(/\\/g, '/'), { windows });
    return outURL;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  // path.resolve drops a trailing slash; keep it.
  const filePathLast = filepath.charCodeAt(filepath.length - 1);
  if ((filePathLast === 0x2F || (windows && filePathLast === 0x5C)) && resolved[resolved.length - 1] !== path.sep) {
    resolved += '/';
  }
  return new URL(`file://${encodePathChars(resolved, { windows })}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function getURLOrigin(url) {
  const record = parseURL(`${url}`);
  if (record === FAILURE) return 'null';
  return new URL(url).origin;
}

/**
 * url.format(URL, options): the href with the fragment, search or credentials left out, or the
 * host in Unicode.
 */
function formatURL(url, fragment, unicode, search, auth) {
  const record = { ...recordOf(url) };
  if (Array.isArray(record.path)) record.path = record.path.slice();
  if (!fragment) record.fragment = null;
  if (unicode && record.host !== null && record.host[0] !== '[') record.host = uts46ToUnicode(record.host);
  if (!search) record.query = null;
  if (!auth) {
    record.username = '';
    record.password = '';
  }
  return serializeURL(record);
}

module.exports = {
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  URL,
  URLSearchParams,
  URLParse: URL.parse,
  domainToASCII,
  domainToUnicode,
  urlToHttpOptions,
  encodeStr,
  isURL,
  formatURL,
  getURLOrigin,
  unsafeProtocol,
  hostlessProtocol,
  slashedProtocol,
  isSpecialScheme,
  blobURLRegistry,
};

export {}; // a module for tsc; the guest sees module.exports
