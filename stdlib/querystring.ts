// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * node:querystring — parse and stringify `a=1&b=2` strings as Node does: custom (multi-character)
 * separators, maxKeys, '+' as space, decoding with a fallback for malformed escapes, custom
 * encodeURIComponent/decodeURIComponent options, arrays for repeated keys. escape/unescape are
 * looked up on the module object at each use, so overriding them works as in Node.
 */
'use strict';

const { encodeStr, hexTable, isHexTable } = require('./internal/querystring');
const { utf8Decode } = require('./internal/encoding');

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) {
    try {
      BufferCtor = require('./buffer').Buffer;
    } catch {
      BufferCtor = null;
    }
  }
  return BufferCtor;
}

/** The value of a hex digit's char code, or -1. */
function unhex(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/**
 * Decodes %XX escapes (and '+' when decodeSpaces) into bytes, leaving malformed escapes as they
 * are; every other character contributes its code unit's low byte. Returns a Buffer (a Uint8Array
 * before the buffer module exists).
 */
function unescapeBuffer(s, decodeSpaces) {
  const B = lazyBuffer();
  const out = B ? B.allocUnsafe(s.length) : new Uint8Array(s.length);
  let index = 0;
  let outIndex = 0;
  const maxLength = s.length - 2;
  let hasHex = false;
  while (index < s.length) {
    let currentChar = s.charCodeAt(index);
    if (currentChar === 43 /* + */ && decodeSpaces) {
      out[outIndex++] = 32;
      index++;
      continue;
    }
    if (currentChar === 37 /* % */ && index < maxLength) {
      currentChar = s.charCodeAt(++index);
      const hexHigh = unhex(currentChar);
      if (hexHigh < 0) {
        out[outIndex++] = 37;
        continue;
      }
      const hexLow = unhex(s.charCodeAt(++index));
      if (hexLow < 0) {
        out[outIndex++] = 37;
        index--;
      } else {
        hasHex = true;
        currentChar = hexHigh * 16 + hexLow;
      }
    }
    out[outIndex++] = currentChar;
    index++;
  }
  return hasHex ? out.slice(0, outIndex) : out;
}

/** Bytes as UTF-8 text (Buffer#toString() of a Buffer, the own decoder for a Uint8Array). */
function bufferToString(buf) {
  const B = lazyBuffer();
  if (B && B.isBuffer(buf)) return buf.toString();
  if (buf instanceof Uint8Array) return utf8Decode(buf);
  return `${buf}`;
}

/** decodeURIComponent, falling back to a lenient byte-wise decoding for malformed input. */
function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return bufferToString(QueryString.unescapeBuffer(s, decodeSpaces));
  }
}

// The characters encodeURIComponent leaves alone: A-Z a-z 0-9 - _ . ! ~ * ' ( )
const noEscape = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()") noEscape[c.charCodeAt(0)] = 1;

/** encodeURIComponent for query strings (ERR_INVALID_URI for a trailing lone surrogate). */
function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape, hexTable);
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

/** A key or value with the default encoder: numbers below 1e21 need no escaping. */
function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

/** querystring.stringify(obj[, sep[, eq[, options]]]) */
function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeStringified : encodeStringifiedCustom;

  if (obj === null || typeof obj !== 'object') return '';
  const keys = Object.keys(obj);
  let fields = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      const vlen = v.length;
      if (vlen === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < vlen; j++) {
        if (j) fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

function charCodes(str) {
  const ret = new Array(str.length);
  for (let i = 0; i < str.length; i++) ret[i] = str.charCodeAt(i);
  return ret;
}

const defSepCodes = [38]; // &
const defEqCodes = [61]; // =

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valEncoded) value = decodeStr(value, decode);
  if (obj[key] === undefined) {
    obj[key] = value;
  } else {
    const curValue = obj[key];
    // An array of values already (anything with a pop method, as in Node)
    if (curValue.pop) curValue[curValue.length] = value;
    else obj[key] = [curValue, value];
  }
}

/**
 * querystring.parse(str[, sep[, eq[, options]]]): a null-prototype object. Separators may be
 * several characters long; at most maxKeys pairs (default 1000, 0 for no limit) are read. With
 * the default decoder, only keys and values with a %XX escape are decoded.
 */
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  const sepCodes = !sep ? defSepCodes : charCodes(String(sep));
  const eqCodes = !eq ? defEqCodes : charCodes(String(eq));
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : -1;

  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const customDecode = decode !== qsUnescape;

  let lastPos = 0;
  let sepIdx = 0; // how much of the separator matched so far
  let eqIdx = 0; // how much of eq matched (eqLen once the key is complete)
  let key = '';
  let value = '';
  let keyEncoded = customDecode;
  let valEncoded = customDecode;
  const plusChar = customDecode ? '%20' : ' ';
  let encodeCheck = 0; // progress through a %XX escape

  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);

    if (code === sepCodes[sepIdx]) {
      if (++sepIdx === sepLen) {
        // The end of a pair.
        const end = i - sepIdx + 1;
        if (eqIdx < eqLen) {
          if (lastPos < end) {
            key += qs.slice(lastPos, end);
          } else if (key.length === 0) {
            // An empty pair: skipped, but counted.
            if (--pairs === 0) return obj;
            lastPos = i + 1;
            sepIdx = eqIdx = 0;
            continue;
          }
        } else if (lastPos < end) {
          value += qs.slice(lastPos, end);
        }
        addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
        if (--pairs === 0) return obj;
        keyEncoded = valEncoded = customDecode;
        key = value = '';
        encodeCheck = 0;
        lastPos = i + 1;
        sepIdx = eqIdx = 0;
      }
      continue;
    }

    sepIdx = 0;
    if (eqIdx < eqLen) {
      // Still in the key.
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          const end = i - eqIdx + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          encodeCheck = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (code === 37 /* % */) {
          encodeCheck = 1;
          continue;
        } else if (encodeCheck > 0) {
          if (isHexTable[code] === 1) {
            if (++encodeCheck === 3) keyEncoded = true;
            continue;
          }
          encodeCheck = 0;
        }
      }
      if (code === 43 /* + */) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plusChar;
        lastPos = i + 1;
        continue;
      }
    }
    if (code === 43 /* + */) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plusChar;
      lastPos = i + 1;
    } else if (!valEncoded) {
      if (code === 37 /* % */) {
        encodeCheck = 1;
      } else if (encodeCheck > 0) {
        if (isHexTable[code] === 1) {
          if (++encodeCheck === 3) valEncoded = true;
        } else {
          encodeCheck = 0;
        }
      }
    }
  }

  // The last pair.
  if (lastPos < qs.length) {
    if (eqIdx < eqLen) key += qs.slice(lastPos);
    else if (sepIdx < sepLen) value += qs.slice(lastPos);
  } else if (eqIdx === 0 && key.length === 0) {
    return obj;
  }
  addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

export {}; // a module for tsc; the guest sees module.exports
