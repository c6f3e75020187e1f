// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * Blob, File and resolveObjectURL of node:buffer (node's internal/blob and internal/file): a Blob
 * keeps a private copy of its bytes, made when it is constructed; slices share nothing with their
 * parent's callers. blob: URLs come from URL.createObjectURL's registry in internal/url.
 */
'use strict';

const {
  codes: {
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('./errors');
const { validateDictionary } = require('./validators');
const { customInspectSymbol: kInspect, kEnumerableProperty } = require('./util');

const kMaxLength = 2 ** 32;
const EOL = '\n';

/** blob → its bytes (a Uint8Array nobody else holds) and type. */
const blobs = new WeakMap();

const disallowedTypeCharacters = /[^\u0020-\u007E]/;

function isBlob(object) {
  return (typeof object === 'object' || typeof object === 'function') && object !== null && blobs.has(object);
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

let encoder;
function utf8(s) {
  encoder ??= new (require('./encoding').TextEncoder)();
  return encoder.encode(s);
}

/** A source's bytes as a fresh Uint8Array. */
function getSource(source, endings) {
  if (isBlob(source)) return blobs.get(source).bytes;
  if (isAnyArrayBuffer(source)) {
    source = new Uint8Array(source);
  } else if (!ArrayBuffer.isView(source)) {
    source = `${source}`;
    if (endings === 'native') source = source.replace(/\n|\r\n/g, EOL);
    source = utf8(source);
  }
  const { buffer, byteOffset, byteLength } = source;
  return new Uint8Array(buffer.slice(byteOffset, byteOffset + byteLength));
}

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

/** A Blob over bytes (kept, not copied) without running the constructor's conversions. */
function createBlob(bytes, type) {
  const blob = Object.create(Blob.prototype);
  setBlob(blob, bytes, type);
  return blob;
}

// node's Blobs carry their native handle, length and type under these own symbol keys (which is
// also what util.inspect sees past the depth limit); ours hold an opaque marker and copies.
const kHandle = Symbol('kHandle');
const kLength = Symbol('kLength');
const kType = Symbol('kType');

function setBlob(blob, bytes, type) {
  blobs.set(blob, { bytes, type });
  blob[kHandle] = Object.freeze({ __proto__: null });
  blob[kLength] = bytes.byteLength;
  blob[kType] = type;
}

class Blob {
  /**
   * @param {Iterable} sources strings, ArrayBuffers, views and Blobs
   * @param {{ type?: string, endings?: 'transparent' | 'native' }} [options]
   */
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') throw new ERR_INVALID_ARG_VALUE('options.endings', endings);

    let length = 0;
    const parts = Array.from(sources, (source) => {
      const bytes = getSource(source, endings);
      length += bytes.byteLength;
      return bytes;
    });
    if (length > kMaxLength) throw new ERR_BUFFER_TOO_LARGE(kMaxLength);

    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.byteLength;
    }
    setBlob(this, bytes, normalizeType(type));
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${require('../util').inspect({ size: this.size, type: this.type }, opts)}`;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return blobs.get(this).type;
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return blobs.get(this).bytes.byteLength;
  }

  slice(start = 0, end = this.size, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const { bytes } = blobs.get(this);
    const size = bytes.byteLength;
    if (start < 0) start = Math.max(size + start, 0);
    else start = Math.min(start, size);
    if (end < 0) end = Math.max(size + end, 0);
    else end = Math.min(end, size);
    const span = Math.max(end - start, 0);
    return createBlob(bytes.slice(start, start + span), normalizeType(contentType));
  }

  async arrayBuffer() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const { bytes } = blobs.get(this);
    return bytes.buffer.slice(0);
  }

  async text() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const { TextDecoder } = require('./encoding');
    return new TextDecoder().decode(blobs.get(this).bytes);
  }

  async bytes() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return new Uint8Array(blobs.get(this).bytes);
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const ReadableStream = globalThis.ReadableStream ?? require('../stream/web').ReadableStream;
    const bytes = new Uint8Array(blobs.get(this).bytes);
    const kChunk = 65536;
    let offset = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (offset >= bytes.byteLength) {
          controller.close();
          return;
        }
        const end = Math.min(offset + kChunk, bytes.byteLength);
        controller.enqueue(bytes.slice(offset, end));
        offset = end;
        if (offset >= bytes.byteLength) controller.close();
      },
    });
  }
}

Object.defineProperties(Blob.prototype, {
  size: kEnumerableProperty,
  type: kEnumerableProperty,
  slice: kEnumerableProperty,
  stream: kEnumerableProperty,
  text: kEnumerableProperty,
  arrayBuffer: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'Blob' },
});

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      // Using Number(...) will not throw an error for bigints.
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = `${fileName}`.toWellFormed();
    this.#lastModified = lastModified;
  }

  get name() {
    if (!this || !(#name in this)) throw new ERR_INVALID_THIS('File');
    return this.#name;
  }

  get lastModified() {
    if (!this || !(#name in this)) throw new ERR_INVALID_THIS('File');
    return this.#lastModified;
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${require('../util').inspect({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

Object.defineProperties(File.prototype, {
  name: kEnumerableProperty,
  lastModified: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'File' },
});

/** The Blob a blob:nodedata: URL from URL.createObjectURL names, or undefined. */
function resolveObjectURL(url) {
  url = `${url}`;
  try {
    const parsed = new URL(url);
    const split = parsed.pathname.split(':');
    if (split.length !== 2) return;
    const { 0: base, 1: id } = split;
    if (base !== 'nodedata') return;
    const registry = require('./url').blobURLRegistry;
    const blob = registry === undefined ? undefined : registry.get(id);
    if (blob === undefined || !isBlob(blob)) return;
    const { bytes, type } = blobs.get(blob);
    return createBlob(bytes, type);
  } catch {
    return undefined;
  }
}

export { Blob, File, isBlob, resolveObjectURL };
