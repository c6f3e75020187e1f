// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * The WHATWG Encoding Standard's TextEncoder and TextDecoder (Node's internal/encoding), and the
 * byte-level codecs the pure modules share (string_decoder, querystring, url): UTF-8 with the
 * standard's replacement of ill-formed sequences (what V8's decoder and Buffer#toString do),
 * UTF-16LE/BE, latin1, ASCII, hex and base64. All work on any Uint8Array; none needs Buffer.
 */
'use strict';

const {
  codes: {
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('./errors');
const { validateString, validateObject, kValidateObjectAllowObjectsAndNull } = require('./validators');

const { fromCharCode } = String;

/** The host's UTF-8 codec (internalBinding('encoding_binding')) when the runtime has it. */
const fast = (() => {
  try {
    const b = typeof internalBinding === 'function' ? internalBinding('encoding_binding') : undefined;
    return b && typeof b.decodeUTF8 === 'function' && typeof b.encodeUtf8String === 'function' ? b : undefined;
  } catch {
    return undefined;
  }
})();
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const getArrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const getSharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function'
  ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get
  : undefined;

/** util.types.isUint8Array without depending on util. */
function isUint8Array(v) {
  return getTypedArrayTag.call(v) === 'Uint8Array';
}

function isAnyArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  try {
    getArrayBufferByteLength.call(v);
    return true;
  } catch {
    if (getSharedArrayBufferByteLength === undefined) return false;
    try {
      getSharedArrayBufferByteLength.call(v);
      return true;
    } catch {
      return false;
    }
  }
}

/** The bytes of an ArrayBuffer, SharedArrayBuffer or ArrayBufferView as a Uint8Array (no copy). */
function bytesOf(input) {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return new Uint8Array(input);
}

/** Joins code units into a string in chunks (Function.prototype.apply has an argument limit). */
class StringBuilder {
  constructor() {
    this.units = [];
    this.out = '';
  }

  push(u) {
    this.units.push(u);
    if (this.units.length >= 8192) this.flush();
  }

  flush() {
    if (this.units.length > 0) {
      this.out += fromCharCode.apply(null, this.units);
      this.units = [];
    }
  }

  pushCodePoint(cp) {
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      this.push(0xD800 | (cp >> 10));
      this.push(0xDC00 | (cp & 0x3FF));
    } else {
      this.push(cp);
    }
  }

  toString() {
    this.flush();
    return this.out;
  }
}

// ---- UTF-8 ----

/** The UTF-8 bytes of a string; lone surrogates become U+FFFD. */
function utf8Encode(str) {
  if (fast !== undefined && str.length > 64) return fast.encodeUtf8String(str);
  const len = str.length;
  const out = new Uint8Array(utf8Length(str));
  let p = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      out[p++] = c;
      continue;
    }
    if (c < 0x800) {
      out[p++] = 0xC0 | (c >> 6);
      out[p++] = 0x80 | (c & 0x3F);
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      const next = i + 1 < len ? str.charCodeAt(i + 1) : 0;
      if (c <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (next - 0xDC00);
        i++;
        out[p++] = 0xF0 | (c >> 18);
        out[p++] = 0x80 | ((c >> 12) & 0x3F);
        out[p++] = 0x80 | ((c >> 6) & 0x3F);
        out[p++] = 0x80 | (c & 0x3F);
        continue;
      }
      c = 0xFFFD;
    }
    out[p++] = 0xE0 | (c >> 12);
    out[p++] = 0x80 | ((c >> 6) & 0x3F);
    out[p++] = 0x80 | (c & 0x3F);
  }
  return out;
}

/** The length of a string's UTF-8 encoding (Buffer.byteLength(str, 'utf8')). */
function utf8Length(str) {
  const len = str.length;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    } else n += 3;
  }
  return n;
}

/**
 * Encodes as much of str as fits into dest (whole characters only): TextEncoder#encodeInto.
 * Returns [code units read, bytes written].
 */
function utf8EncodeInto(str, dest) {
  const len = str.length;
  const cap = dest.length;
  let read = 0;
  let p = 0;
  while (read < len) {
    let c = str.charCodeAt(read);
    let units = 1;
    if (c >= 0xD800 && c <= 0xDFFF) {
      const next = read + 1 < len ? str.charCodeAt(read + 1) : 0;
      if (c <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (next - 0xDC00);
        units = 2;
      } else {
        c = 0xFFFD;
      }
    }
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (p + size > cap) break;
    if (size === 1) {
      dest[p++] = c;
    } else if (size === 2) {
      dest[p++] = 0xC0 | (c >> 6);
      dest[p++] = 0x80 | (c & 0x3F);
    } else if (size === 3) {
      dest[p++] = 0xE0 | (c >> 12);
      dest[p++] = 0x80 | ((c >> 6) & 0x3F);
      dest[p++] = 0x80 | (c & 0x3F);
    } else {
      dest[p++] = 0xF0 | (c >> 18);
      dest[p++] = 0x80 | ((c >> 12) & 0x3F);
      dest[p++] = 0x80 | ((c >> 6) & 0x3F);
      dest[p++] = 0x80 | (c & 0x3F);
    }
    read += units;
  }
  return [read, p];
}

/**
 * The UTF-8 decoder of the Encoding Standard as a stream: bytes may arrive in pieces; an
 * ill-formed sequence (its maximal subpart) becomes one U+FFFD, or an error when fatal.
 */
class Utf8StreamDecoder {
  constructor(fatal) {
    this.fatal = fatal;
    this.reset();
  }

  reset() {
    this.needed = 0;
    this.seen = 0;
    this.cp = 0;
    this.lower = 0x80;
    this.upper = 0xBF;
  }

  /** Decodes bytes[start, end); with flush, an unfinished sequence at the end is an error. Returns undefined on a fatal error. */
  decode(bytes, start = 0, end = bytes.length, flush = true) {
    const sb = new StringBuilder();
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      if (this.needed === 0) {
        if (b <= 0x7F) {
          sb.push(b);
        } else if (b >= 0xC2 && b <= 0xDF) {
          this.needed = 1;
          this.cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
          if (b === 0xE0) this.lower = 0xA0;
          else if (b === 0xED) this.upper = 0x9F;
          this.needed = 2;
          this.cp = b & 0xF;
        } else if (b >= 0xF0 && b <= 0xF4) {
          if (b === 0xF0) this.lower = 0x90;
          else if (b === 0xF4) this.upper = 0x8F;
          this.needed = 3;
          this.cp = b & 0x7;
        } else {
          if (this.fatal) return undefined;
          sb.push(0xFFFD);
        }
        continue;
      }
      if (b < this.lower || b > this.upper) {
        // The sequence so far is ill-formed; this byte is looked at again as a start.
        this.reset();
        if (this.fatal) return undefined;
        sb.push(0xFFFD);
        i--;
        continue;
      }
      this.lower = 0x80;
      this.upper = 0xBF;
      this.cp = (this.cp << 6) | (b & 0x3F);
      if (++this.seen === this.needed) {
        sb.pushCodePoint(this.cp);
        this.reset();
      }
    }
    if (flush && this.needed !== 0) {
      this.reset();
      if (this.fatal) return undefined;
      sb.push(0xFFFD);
    }
    return sb.toString();
  }
}

/** Decodes bytes[start, end) as UTF-8 with replacement characters (Buffer#toString('utf8')). */
function utf8Decode(bytes, start = 0, end = bytes.length) {
  if (fast !== undefined && end - start > 64) return fast.decodeUTF8(bytes.subarray(start, end), true, false);
  // Pure ASCII is common: decode it without the state machine.
  let i = start;
  while (i < end && bytes[i] < 0x80) i++;
  if (i === end) return latin1Decode(bytes, start, end);
  return new Utf8StreamDecoder(false).decode(bytes, start, end, true);
}

// ---- single-byte and UTF-16 ----

function latin1Decode(bytes, start = 0, end = bytes.length) {
  let out = '';
  for (let i = start; i < end; i += 8192) {
    out += fromCharCode.apply(null, bytes.subarray(i, Math.min(end, i + 8192)));
  }
  return out;
}

/** Node's 'ascii' decoding: the high bit of every byte is dropped. */
function asciiDecode(bytes, start = 0, end = bytes.length) {
  const sb = new StringBuilder();
  for (let i = start; i < end; i++) sb.push(bytes[i] & 0x7F);
  return sb.toString();
}

/** UTF-16LE code units as they are (Buffer's 'utf16le'): an odd last byte is ignored. */
function utf16leDecode(bytes, start = 0, end = bytes.length) {
  const sb = new StringBuilder();
  for (let i = start; i + 1 < end; i += 2) sb.push(bytes[i] | (bytes[i + 1] << 8));
  return sb.toString();
}

const HEX_DIGITS = '0123456789abcdef';

function hexEncode(bytes, start = 0, end = bytes.length) {
  let out = '';
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    out += HEX_DIGITS[b >> 4] + HEX_DIGITS[b & 15];
  }
  return out;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64 (padded) or base64url (unpadded) of bytes[start, end). */
function base64Encode(bytes, start = 0, end = bytes.length, url = false) {
  const table = url ? BASE64URL : BASE64;
  let out = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + table[n & 63];
  }
  const rest = end - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += table[n >> 18] + table[(n >> 12) & 63] + (url ? '' : '==');
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + (url ? '' : '=');
  }
  return out;
}

// ---- TextEncoder / TextDecoder ----

const kEncoder = Symbol('encoder');
const kDecoder = Symbol('decoder');
const kEncoding = Symbol('encoding');
const kFlags = Symbol('flags');
const kHandle = Symbol('handle');
const kBOMSeen = Symbol('BOM seen');
const FLAG_FLUSH = 0x1;
const FLAG_FATAL = 0x2;
const FLAG_IGNORE_BOM = 0x4;
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const empty = new Uint8Array(0);

/** The labels of the encodings this decoder supports, by the Encoding Standard's names. */
const LABELS = new Map();
for (const [name, labels] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']],
  ['utf-16be', ['unicodefffe', 'utf-16be']],
  ['windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
    'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']],
]) {
  for (const label of labels) LABELS.set(label, name);
}

function trimAsciiWhitespace(label) {
  const ws = (c) => c === '\t' || c === '\n' || c === '\f' || c === '\r' || c === ' ';
  let s = 0;
  let e = label.length;
  while (s < e && ws(label[s])) s++;
  while (e > s && ws(label[e - 1])) e--;
  return label.slice(s, e);
}

/** The encoding's name for a label ('UTF8 ' → 'utf-8'), or undefined. */
function getEncodingFromLabel(label) {
  const enc = LABELS.get(label);
  if (enc !== undefined) return enc;
  return LABELS.get(trimAsciiWhitespace(label.toLowerCase()));
}

function getConstructorOf(obj) {
  while (obj) {
    const d = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') return d.value;
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

function lazyInspect() {
  return internalBinding('util').inspect;
}

function validateEncoder(obj) {
  if (obj == null || obj[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
}

function validateDecoder(obj) {
  if (obj == null || obj[kDecoder] !== true) throw new ERR_INVALID_THIS('TextDecoder');
}

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  get encoding() {
    validateEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    validateEncoder(this);
    return utf8Encode(`${input}`);
  }

  encodeInto(src, dest) {
    validateEncoder(this);
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const [read, written] = utf8EncodeInto(src, dest);
    return { read, written };
  }

  [customInspect](depth, opts) {
    validateEncoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = getConstructorOf(this);
    const obj = { __proto__: { constructor: ctor === null ? TextEncoder : ctor } };
    obj.encoding = this.encoding;
    return lazyInspect()(obj, opts);
  }
}

const enumerable = { enumerable: true };
Object.defineProperties(TextEncoder.prototype, {
  encode: enumerable,
  encodeInto: enumerable,
  encoding: enumerable,
  [Symbol.toStringTag]: { configurable: true, value: 'TextEncoder' },
});

/** A stream decoder for one of the supported encodings, fed byte chunks. */
class StreamDecoder {
  constructor(encoding, fatal) {
    this.encoding = encoding;
    this.fatal = fatal;
    this.utf8 = encoding === 'utf-8' ? new Utf8StreamDecoder(fatal) : null;
    this.leadByte = -1;
    this.leadSurrogate = -1;
  }

  /** Decodes a chunk; undefined on a fatal error (the state is reset then). */
  decode(bytes, flush) {
    if (this.utf8 !== null) return this.utf8.decode(bytes, 0, bytes.length, flush);
    if (this.encoding === 'windows-1252') return latin1Decode(bytes);
    return this.decodeUtf16(bytes, flush, this.encoding === 'utf-16be');
  }

  /** https://encoding.spec.whatwg.org/#shared-utf-16-decoder */
  decodeUtf16(bytes, flush, bigEndian) {
    const sb = new StringBuilder();
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (this.leadByte === -1) {
        this.leadByte = b;
        continue;
      }
      const unit = bigEndian ? (this.leadByte << 8) | b : (b << 8) | this.leadByte;
      this.leadByte = -1;
      if (this.leadSurrogate !== -1) {
        const lead = this.leadSurrogate;
        this.leadSurrogate = -1;
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
          sb.push(lead);
          sb.push(unit);
          continue;
        }
        // The lead surrogate stands alone; this unit is looked at again.
        if (this.fatal) return this.fail();
        sb.push(0xFFFD);
      }
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        this.leadSurrogate = unit;
      } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        if (this.fatal) return this.fail();
        sb.push(0xFFFD);
      } else {
        sb.push(unit);
      }
    }
    if (flush && (this.leadByte !== -1 || this.leadSurrogate !== -1)) {
      this.leadByte = this.leadSurrogate = -1;
      if (this.fatal) return undefined;
      sb.push(0xFFFD);
    }
    return sb.toString();
  }

  fail() {
    this.leadByte = this.leadSurrogate = -1;
    return undefined;
  }
}

/** An error as Node's C++ side makes them: a plain error with an own `code`. */
function nativeError(Ctor, code, message) {
  const e = new Ctor(message);
  e.code = code;
  return e;
}

// windows-1252's characters for 0x80-0x9F (the rest is latin1)
const WINDOWS_1252 = [0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D,
  0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178];

function windows1252Decode(bytes) {
  const sb = new StringBuilder();
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    sb.push(b >= 0x80 && b <= 0x9F ? WINDOWS_1252[b - 0x80] : b);
  }
  return sb.toString();
}

const kUTF8FastPath = Symbol('kUTF8FastPath');
const kLatin1FastPath = Symbol('kLatin1FastPath');

/**
 * TextDecoder as Node 20 with ICU has it: a never-streamed UTF-8 or latin1 decoder takes a fast
 * path (latin1 then decodes as ISO-8859-1, not windows-1252); everything else goes through the
 * streaming converter. The paths word their argument errors differently, as Node's do.
 */
class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    let flags = 0;
    if (options !== null) {
      if (options.fatal) flags |= FLAG_FATAL;
      if (options.ignoreBOM) flags |= FLAG_IGNORE_BOM;
    }
    this[kDecoder] = true;
    this[kFlags] = flags | FLAG_FLUSH;
    this[kEncoding] = enc;
    this[kUTF8FastPath] = enc === 'utf-8';
    this[kLatin1FastPath] = enc === 'windows-1252';
    this[kHandle] = new StreamDecoder(enc, (flags & FLAG_FATAL) !== 0);
    this[kBOMSeen] = false;
  }

  decode(input = empty, options = {}) {
    validateDecoder(this);
    const stream = Boolean(options?.stream);
    this[kUTF8FastPath] &&= !stream;
    this[kLatin1FastPath] &&= !stream;
    const isInput = isAnyArrayBuffer(input) || ArrayBuffer.isView(input);

    if (this[kUTF8FastPath]) {
      if (!isInput) {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
      }
      const fatal = (this[kFlags] & FLAG_FATAL) !== 0;
      const result = fast !== undefined
        ? fast.decodeUTF8(input, true, fatal)
        : new Utf8StreamDecoder(fatal).decode(bytesOf(input));
      if (result === undefined) {
        throw nativeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding utf-8');
      }
      return !(this[kFlags] & FLAG_IGNORE_BOM) && result.charCodeAt(0) === 0xFEFF ? result.slice(1) : result;
    }
    if (this[kLatin1FastPath]) {
      if (!isInput) {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.');
      }
      return latin1Decode(bytesOf(input));
    }

    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    if (!isInput) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    }
    const bytes = bytesOf(input);
    // A new stream starts after a flushing call.
    if (this[kFlags] & FLAG_FLUSH) this[kBOMSeen] = false;
    if (stream) this[kFlags] &= ~FLAG_FLUSH;
    else this[kFlags] |= FLAG_FLUSH;

    let result = this[kEncoding] === 'windows-1252' ? windows1252Decode(bytes) : this[kHandle].decode(bytes, !stream);
    if (result === undefined) {
      this[kBOMSeen] = false;
      throw nativeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', `The encoded data was not valid for encoding ${this[kEncoding]}`);
    }
    if (result.length > 0 && !this[kBOMSeen] && !(this[kFlags] & FLAG_IGNORE_BOM)) {
      // A BOM at the very start of a stream is dropped (UTF-8 and UTF-16 only).
      if (result.charCodeAt(0) === 0xFEFF && this[kEncoding] !== 'windows-1252') result = result.slice(1);
      this[kBOMSeen] = true;
    }
    return result;
  }

  get encoding() {
    validateDecoder(this);
    return this[kEncoding];
  }

  get fatal() {
    validateDecoder(this);
    return (this[kFlags] & FLAG_FATAL) === FLAG_FATAL;
  }

  get ignoreBOM() {
    validateDecoder(this);
    return (this[kFlags] & FLAG_IGNORE_BOM) === FLAG_IGNORE_BOM;
  }

  [customInspect](depth, opts) {
    validateDecoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || TextDecoder;
    const obj = { __proto__: { constructor } };
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    if (opts && opts.showHidden) {
      obj[kFlags] = this[kFlags];
      obj[kHandle] = this[kHandle];
    }
    return `${constructor.name} ${lazyInspect()(obj)}`;
  }
}

Object.defineProperties(TextDecoder.prototype, {
  decode: enumerable,
  encoding: enumerable,
  fatal: enumerable,
  ignoreBOM: enumerable,
  [Symbol.toStringTag]: { configurable: true, value: 'TextDecoder' },
});

module.exports = {
  TextEncoder,
  TextDecoder,
  getEncodingFromLabel,
  utf8Encode,
  utf8EncodeInto,
  utf8Length,
  utf8Decode,
  Utf8StreamDecoder,
  latin1Decode,
  asciiDecode,
  utf16leDecode,
  hexEncode,
  base64Encode,
  isUint8Array,
  isAnyArrayBuffer,
};

export {}; // a module for tsc; the guest sees module.exports
