// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * node:string_decoder — decodes a series of byte chunks into strings without splitting a
 * multi-byte character across chunks (utf8, utf16le, base64, base64url keep an incomplete
 * character for the next write; latin1, ascii, hex have none). The state is a 7-byte array like
 * Node's native decoder (src/string_decoder.cc): bytes 0-3 hold the incomplete character, then
 * the missing and buffered byte counts and the encoding. Works on any ArrayBufferView; uses Buffer
 * for the state and lastChar when the buffer module is there, else a Uint8Array.
 */
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING, ERR_STRING_TOO_LONG },
} = require('./internal/errors');
const { normalizeEncoding: baseNormalizeEncoding, encodingsMap, kIsEncodingSymbol } = require('./internal/util');
const {
  utf8Decode, utf16leDecode, latin1Decode, asciiDecode, hexEncode, base64Encode,
} = require('./internal/encoding');

const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;
// v8::String::kMaxLength on 64-bit hosts
const kStringMaxLength = 0x1fffffe8;

const ENC_ASCII = encodingsMap.ascii;
const ENC_UTF8 = encodingsMap.utf8;
const ENC_BASE64 = encodingsMap.base64;
const ENC_UCS2 = encodingsMap.utf16le;
const ENC_LATIN1 = encodingsMap.latin1;
const ENC_HEX = encodingsMap.hex;
const ENC_BASE64URL = encodingsMap.base64url;

let BufferCtor;
/** The Buffer constructor once the buffer module exists; null before that. */
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

/** The state array (a Buffer when available, as Node's is). */
function allocState() {
  const B = lazyBuffer();
  return B ? B.alloc(kSize) : new Uint8Array(kSize);
}

/** An encoding name as StringDecoder accepts it; a monkey-patched Buffer.isEncoding may add names. */
function normalizeEncoding(enc) {
  const nenc = baseNormalizeEncoding(enc);
  if (nenc === undefined) {
    const B = lazyBuffer();
    if (!B || B.isEncoding === B[kIsEncodingSymbol] || !B.isEncoding(enc)) throw new ERR_UNKNOWN_ENCODING(enc);
    return enc;
  }
  return nenc;
}

/** The string of `length` bytes at `start` in the given encoding (StringBytes::Encode). */
function makeString(bytes, start, end, encoding) {
  if (end - start > kStringMaxLength) throw new ERR_STRING_TOO_LONG();
  switch (encoding) {
    case ENC_UTF8: return utf8Decode(bytes, start, end);
    case ENC_UCS2: return utf16leDecode(bytes, start, end);
    case ENC_BASE64: return base64Encode(bytes, start, end, false);
    case ENC_BASE64URL: return base64Encode(bytes, start, end, true);
    case ENC_LATIN1: return latin1Decode(bytes, start, end);
    case ENC_ASCII: return asciiDecode(bytes, start, end);
    case ENC_HEX: return hexEncode(bytes, start, end);
    default: return latin1Decode(bytes, start, end);
  }
}

/** The character length a UTF-8 lead byte announces (0 for one that cannot start a character). */
function utf8SequenceLength(b) {
  if ((b & 0xE0) === 0xC0) return 2;
  if ((b & 0xF0) === 0xE0) return 3;
  if ((b & 0xF8) === 0xF0) return 4;
  return 0;
}

/** StringDecoder::DecodeData: decodes a chunk, keeping an incomplete final character in the state. */
function decodeChunk(state, data) {
  const encoding = state[kEncodingField];
  let pos = 0;
  let nread = data.length;
  if (encoding !== ENC_UTF8 && encoding !== ENC_UCS2 && encoding !== ENC_BASE64 && encoding !== ENC_BASE64URL) {
    return makeString(data, 0, nread, encoding);
  }

  let prepend = '';
  if (state[kMissingBytes] > 0) {
    // Finish the character left over from the previous chunk first.
    if (encoding === ENC_UTF8) {
      // A byte that is no continuation byte ends the incomplete character: it is passed on to the
      // UTF-8 decoder as it is (which replaces it) and the byte starts a new character.
      for (let i = 0; i < nread && i < state[kMissingBytes]; i++) {
        if ((data[i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          for (let k = 0; k < i; k++) state[state[kBufferedBytes] + k] = data[k];
          state[kBufferedBytes] += i;
          pos += i;
          nread -= i;
          break;
        }
      }
    }
    const found = Math.min(nread, state[kMissingBytes]);
    for (let k = 0; k < found; k++) state[state[kBufferedBytes] + k] = data[pos + k];
    pos += found;
    nread -= found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state, 0, state[kBufferedBytes], encoding);
      state[kBufferedBytes] = 0;
    }
  }

  if (nread === 0) return prepend;

  // Find a character the chunk ends in the middle of, to keep for the next one.
  const end = pos + nread;
  if (encoding === ENC_UTF8) {
    if (data[end - 1] & 0x80) {
      for (let i = end - 1; ; i--) {
        state[kBufferedBytes]++;
        if ((data[i] & 0xC0) === 0x80) {
          // A continuation byte: more than three of them, or no lead byte in the chunk, is
          // invalid anyway and left to the decoder.
          if (state[kBufferedBytes] >= 4 || i === pos) {
            state[kBufferedBytes] = 0;
            break;
          }
        } else {
          const total = utf8SequenceLength(data[i]);
          if (total === 0) {
            state[kBufferedBytes] = 0;
            break;
          }
          state[kMissingBytes] = total;
          if (state[kBufferedBytes] >= total) {
            // Complete (or too long, hence invalid): nothing to keep.
            state[kMissingBytes] = 0;
            state[kBufferedBytes] = 0;
          }
          state[kMissingBytes] -= state[kBufferedBytes];
          break;
        }
      }
    }
  } else if (encoding === ENC_UCS2) {
    if (nread % 2 === 1) {
      state[kBufferedBytes] = 1;
      state[kMissingBytes] = 1;
    } else if ((data[end - 1] & 0xFC) === 0xD8) {
      // The high half of a surrogate pair: wait for the low one.
      state[kBufferedBytes] = 2;
      state[kMissingBytes] = 2;
    }
  } else {
    state[kBufferedBytes] = nread % 3;
    if (state[kBufferedBytes] > 0) state[kMissingBytes] = 3 - state[kBufferedBytes];
  }

  const buffered = state[kBufferedBytes];
  if (buffered > 0) {
    nread -= buffered;
    for (let k = 0; k < buffered; k++) state[k] = data[pos + nread + k];
  }
  const body = nread > 0 ? makeString(data, pos, pos + nread, encoding) : '';
  return prepend + body;
}

/** StringDecoder::FlushData: whatever is buffered, decoded as it is. */
function flushState(state) {
  const encoding = state[kEncodingField];
  if (encoding === ENC_UCS2 && state[kBufferedBytes] % 2 === 1) {
    // A single trailing byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state, 0, state[kBufferedBytes], encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

const kNativeDecoder = Symbol('kNativeDecoder');

/** The bytes of an ArrayBufferView. */
function viewBytes(buf) {
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * StringDecoder(encoding = 'utf8'): splits a series of buffers into strings without breaking
 * multi-byte characters apart.
 */
function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = allocState();
  this[kNativeDecoder][kEncodingField] = encodingsMap[this.encoding];
}

/** Decodes buf, holding back an incomplete character at its end. */
StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  return decodeChunk(this[kNativeDecoder], viewBytes(buf));
};

/** Decodes buf (if given), then whatever incomplete character remains; the decoder can be reused. */
StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flushState(this[kNativeDecoder]);
  return ret;
};

/** Legacy: forgets the incomplete character, then writes buf from offset on. */
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(kIncompleteCharactersStart, kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };

export {}; // a module for tsc; the guest sees module.exports
