// @ts-nocheck
/**
 * Node's `stream/consumers` (Node 20): read a whole stream (or async iterable) as text, JSON, a
 * Buffer, an ArrayBuffer or a Blob.
 *
 * NON-NODE: node collects the chunks in a Blob for arrayBuffer() and buffer(); here they are
 * concatenated directly, and blob() needs a Blob class (globalThis.Blob or buffer.Blob).
 */

const { JSON, TextDecoder, TextEncoder, Uint8Array } = globalThis;
const JSONParse = JSON.parse;

function lazyBlob() {
  if (typeof globalThis.Blob === 'function') return globalThis.Blob;
  const { Blob } = require('../buffer');
  return Blob;
}

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream)
    chunks.push(chunk);
  const Blob = lazyBlob();
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const parts = [];
  let length = 0;
  let encoder;
  for await (const chunk of stream) {
    let bytes;
    if (typeof chunk === 'string') {
      encoder ??= new TextEncoder();
      bytes = encoder.encode(chunk);
    } else if (ArrayBuffer.isView(chunk)) {
      bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    } else if (chunk instanceof ArrayBuffer) {
      bytes = new Uint8Array(chunk);
    } else {
      encoder ??= new TextEncoder();
      bytes = encoder.encode(String(chunk));
    }
    parts.push(bytes);
    length += bytes.byteLength;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out.buffer;
}

async function buffer(stream) {
  const { Buffer } = require('../buffer');
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const dec = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string')
      str += chunk;
    else
      str += dec.decode(chunk, { stream: true });
  }
  // Flush the decoder's buffer.
  str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  const str = await text(stream);
  return JSONParse(str);
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  text,
  json,
};
export {}; // a module for tsc; the guest sees module.exports
