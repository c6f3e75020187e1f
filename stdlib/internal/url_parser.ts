// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * The URL Standard's basic URL parser and URL serializer (https://url.spec.whatwg.org/), as Node
 * 20's URL (ada) implements it: the state machine over code points with state overrides for the
 * setters, host parsing (domains through UTS #46, IPv4 with hex/octal parts, IPv6, opaque hosts),
 * and the percent-encode sets.
 *
 * A URL record is a plain object { scheme, username, password, host, port, path, query, fragment }
 * where host is null or its serialization ('' for the empty host), port null or a number, and path
 * an array of segments or, for an opaque path, a string.
 */
'use strict';

const { utf8Encode, utf8Decode } = require('./encoding');
const { uts46ToASCII } = require('./idna');

const FAILURE = Symbol('failure');

const SPECIAL_PORTS = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };

function isSpecialScheme(scheme) {
  return scheme in SPECIAL_PORTS;
}

function defaultPort(scheme) {
  const p = SPECIAL_PORTS[scheme];
  return p === undefined ? null : p;
}

// ---- percent-encode sets (by code point; everything above U+007E is in all of them) ----

function inC0ControlSet(c) {
  return c < 0x20 || c > 0x7E;
}

function inFragmentSet(c) {
  return inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x3C || c === 0x3E || c === 0x60;
}

function inQuerySet(c) {
  return inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3C || c === 0x3E;
}

function inSpecialQuerySet(c) {
  return inQuerySet(c) || c === 0x27;
}

function inPathSet(c) {
  return inQuerySet(c) || c === 0x3F || c === 0x60 || c === 0x7B || c === 0x7D;
}

function inUserinfoSet(c) {
  return inPathSet(c) || c === 0x2F || c === 0x3A || c === 0x3B || c === 0x3D || c === 0x40 ||
    (c >= 0x5B && c <= 0x5E) || c === 0x7C;
}

function inComponentSet(c) {
  return inUserinfoSet(c) || (c >= 0x24 && c <= 0x26) || c === 0x2B || c === 0x2C;
}

const HEX = '0123456789ABCDEF';

function percentEncodeByte(b) {
  return `%${HEX[b >> 4]}${HEX[b & 15]}`;
}

/** UTF-8 percent-encodes one code point (a string of one or two code units) if it is in the set. */
function encodeCodePoint(ch, inSet) {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 0x80) return inSet(c) ? percentEncodeByte(c) : ch;
  const bytes = utf8Encode(ch);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += percentEncodeByte(bytes[i]);
  return out;
}

/** UTF-8 percent-encodes every code point of s that is in the set. */
function percentEncodeString(s, inSet) {
  let out = '';
  let plain = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 && !inSet(c)) continue;
    out += s.slice(plain, i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        out += encodeCodePoint(s.slice(i, i + 2), inSet);
        i++;
        plain = i + 1;
        continue;
      }
    }
    out += encodeCodePoint(s[i], inSet);
    plain = i + 1;
  }
  return plain === 0 ? s : out + s.slice(plain);
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** https://url.spec.whatwg.org/#percent-decode of a string's UTF-8 bytes. */
function percentDecodeBytes(s) {
  const bytes = utf8Encode(s);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length) {
      const h = hexValue(bytes[i + 1]);
      const l = hexValue(bytes[i + 2]);
      if (h >= 0 && l >= 0) {
        out[n++] = h * 16 + l;
        i += 2;
        continue;
      }
    }
    out[n++] = b;
  }
  return out.subarray(0, n);
}

// ---- hosts ----

function isForbiddenHostCodePoint(c) {
  return c === 0x00 || c === 0x09 || c === 0x0A || c === 0x0D || c === 0x20 || c === 0x23 || c === 0x2F ||
    c === 0x3A || c === 0x3C || c === 0x3E || c === 0x3F || c === 0x40 || c === 0x5B || c === 0x5C ||
    c === 0x5D || c === 0x5E || c === 0x7C;
}

// https://url.spec.whatwg.org/#forbidden-domain-code-point
const FORBIDDEN_DOMAIN_CODE_POINT = /[\0-\x20#%/:<>?@[\\\]^|\x7F]/;

/** https://url.spec.whatwg.org/#ipv4-number-parser: [value, validationError] or FAILURE. */
function parseIPv4Number(input) {
  if (input === '') return FAILURE;
  let radix = 10;
  if (input.length >= 2 && input[0] === '0' && (input[1] === 'x' || input[1] === 'X')) {
    input = input.slice(2);
    radix = 16;
  } else if (input.length >= 2 && input[0] === '0') {
    input = input.slice(1);
    radix = 8;
  }
  if (input === '') return 0;
  const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!re.test(input)) return FAILURE;
  return parseInt(input, radix);
}

/** https://url.spec.whatwg.org/#ends-in-a-number-checker */
function endsInANumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return parseIPv4Number(last) !== FAILURE;
}

/** https://url.spec.whatwg.org/#concept-ipv4-parser: the serialized address or FAILURE. */
function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return FAILURE;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (n === FAILURE) return FAILURE;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) {
    if (numbers[i] > 255) return FAILURE;
  }
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return FAILURE;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(ipv4 % 256));
    ipv4 = Math.floor(ipv4 / 256);
  }
  return out.join('.');
}

/** https://url.spec.whatwg.org/#concept-ipv6-parser: eight pieces or FAILURE. */
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let pointer = 0;
  const len = input.length;
  const at = (p) => (p < len ? input.charCodeAt(p) : -1);
  const isHex = (c) => hexValue(c) >= 0;
  const isDigit = (c) => c >= 0x30 && c <= 0x39;

  if (at(pointer) === 0x3A) {
    if (at(pointer + 1) !== 0x3A) return FAILURE;
    pointer += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(pointer) !== -1) {
    if (pieceIndex === 8) return FAILURE;
    if (at(pointer) === 0x3A) {
      if (compress !== null) return FAILURE;
      pointer++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isHex(at(pointer))) {
      value = value * 0x10 + hexValue(at(pointer));
      pointer++;
      length++;
    }
    if (at(pointer) === 0x2E) {
      // An IPv4 address in the last two pieces.
      if (length === 0) return FAILURE;
      pointer -= length;
      if (pieceIndex > 6) return FAILURE;
      let numbersSeen = 0;
      while (at(pointer) !== -1) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(pointer) === 0x2E && numbersSeen < 4) pointer++;
          else return FAILURE;
        }
        if (!isDigit(at(pointer))) return FAILURE;
        while (isDigit(at(pointer))) {
          const number = at(pointer) - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return FAILURE;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return FAILURE;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return FAILURE;
      break;
    } else if (at(pointer) === 0x3A) {
      pointer++;
      if (at(pointer) === -1) return FAILURE;
    } else if (at(pointer) !== -1) {
      return FAILURE;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return FAILURE;
  }
  return address;
}

/** https://url.spec.whatwg.org/#concept-ipv6-serializer (without the brackets) */
function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  let compress = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      bestLen = j - i;
      compress = i;
    }
    i = j;
  }
  let output = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (compress === i) {
      output += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    output += address[i].toString(16);
    if (i !== 7) output += ':';
  }
  return output;
}

/** https://url.spec.whatwg.org/#concept-domain-to-ascii: the ASCII domain or FAILURE. */
function domainToASCII(domain) {
  const result = uts46ToASCII(domain);
  if (result === null || result === '' || FORBIDDEN_DOMAIN_CODE_POINT.test(result)) return FAILURE;
  return result;
}

/** https://url.spec.whatwg.org/#concept-host-parser: the serialized host or FAILURE. */
function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return FAILURE;
    const address = parseIPv6(input.slice(1, -1));
    return address === FAILURE ? FAILURE : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    for (let i = 0; i < input.length; i++) {
      if (isForbiddenHostCodePoint(input.charCodeAt(i))) return FAILURE;
    }
    return percentEncodeString(input, inC0ControlSet);
  }
  // Percent-decoded as UTF-8 (without escapes that is the string itself, lone surrogates replaced).
  const domain = input.includes('%') ? utf8Decode(percentDecodeBytes(input)) : String.prototype.toWellFormed.call(input);
  const asciiDomain = domainToASCII(domain);
  if (asciiDomain === FAILURE) return FAILURE;
  if (endsInANumber(asciiDomain)) return parseIPv4(asciiDomain);
  return asciiDomain;
}

// ---- the basic URL parser ----

const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

// Runs of characters that need no percent-encoding and end no component, by state.
const PLAIN_PATH = /[A-Za-z0-9\-._~!$&'()*+,;=:@%[\]^|]+/y;
const PLAIN_OPAQUE_PATH = /[ -"$->@-~]+/y;
const PLAIN_FRAGMENT = /[!#-;=?-_a-~]+/y;
const PLAIN_AUTHORITY = /[^@/?#\\]+/y;
const PLAIN_HOST = /[^:/?#\\[\]]+/y;

/** The code point at i as a string: a surrogate pair, or one code unit. */
function codePointAt(s, i) {
  const c = s.charCodeAt(i);
  if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xDC00 && d <= 0xDFFF) return s.slice(i, i + 2);
  }
  return s[i];
}

function newURLRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function isASCIIAlpha(ch) {
  return ch !== undefined && ch.length === 1 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

function isASCIIDigit(ch) {
  return ch !== undefined && ch.length === 1 && ch >= '0' && ch <= '9';
}

/** A Windows drive letter: an ASCII letter and ':' or '|'. */
function isWindowsDriveLetter(s) {
  return s.length === 2 && isASCIIAlpha(s[0]) && (s[1] === ':' || s[1] === '|');
}

function isNormalizedWindowsDriveLetter(s) {
  return s.length === 2 && isASCIIAlpha(s[0]) && s[1] === ':';
}

/** https://url.spec.whatwg.org/#start-with-a-windows-drive-letter (over code points from pointer) */
function startsWithWindowsDriveLetter(cps, pointer) {
  if (cps.length - pointer < 2) return false;
  if (!isWindowsDriveLetter(cps[pointer] + cps[pointer + 1])) return false;
  if (cps.length - pointer === 2) return true;
  const third = cps[pointer + 2];
  return third === '/' || third === '\\' || third === '?' || third === '#';
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  switch (s.toLowerCase()) {
    case '..': case '.%2e': case '%2e.': case '%2e%2e': return true;
    default: return false;
  }
}

function hasOpaquePath(url) {
  return typeof url.path === 'string';
}

/**
 * https://url.spec.whatwg.org/#shorten-a-urls-path
 * NON-SPEC: as ada (Node's parser) does it, a first file path segment that merely starts with a
 * letter and ':' ('a:b') is kept like a drive letter.
 */
function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && path[0].length >= 2 && isASCIIAlpha(path[0][0]) && path[0][1] === ':') return;
  path.pop();
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

function isC0ControlOrSpace(c) {
  return c <= 0x20;
}

/**
 * https://url.spec.whatwg.org/#concept-basic-url-parser
 * Returns the URL record, or FAILURE. With a state override, url is modified in place and the
 * result is url, FAILURE, or undefined when the override stops without a result.
 */
function basicURLParse(input, base, url, stateOverride) {
  if (url === undefined) {
    url = newURLRecord();
    // Leading and trailing C0 controls and spaces go.
    let start = 0;
    let end = input.length;
    while (start < end && isC0ControlOrSpace(input.charCodeAt(start))) start++;
    while (end > start && isC0ControlOrSpace(input.charCodeAt(end - 1))) end--;
    input = input.slice(start, end);
  }
  input = input.replace(/[\t\n\r]/g, '');

  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  // Code units: a surrogate pair is taken together where it is percent-encoded.
  const cps = input;
  const len = input.length;

  for (let pointer = 0; pointer <= len; pointer++) {
    const c = input[pointer]; // undefined is EOF
    switch (state) {
      case SCHEME_START:
        if (isASCIIAlpha(c)) {
          buffer += c.toLowerCase();
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case SCHEME:
        if (isASCIIAlpha(c) || isASCIIDigit(c) || c === '+' || c === '-' || c === '.') {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return undefined;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return undefined;
            if (url.scheme === 'file' && url.host === '') return undefined;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return undefined;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (isSpecialScheme(url.scheme) && base !== null && base !== undefined && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[pointer + 1] === '/') {
            state = PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          pointer = -1;
        } else {
          return FAILURE;
        }
        break;

      case NO_SCHEME:
        if (base === null || base === undefined || (hasOpaquePath(base) && c !== '#')) {
          return FAILURE;
        } else if (hasOpaquePath(base) && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          pointer--;
        } else {
          state = FILE;
          pointer--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === '/' && cps[pointer + 1] === '/') {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = RELATIVE;
          pointer--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === '/') {
          state = AUTHORITY;
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        if (c === '/') {
          state = RELATIVE_SLASH;
        } else if (isSpecialScheme(url.scheme) && c === '\\') {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            pointer--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (isSpecialScheme(url.scheme) && (c === '/' || c === '\\')) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === '/') {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        if (c === '/' && cps[pointer + 1] === '/') {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== '/' && c !== '\\') {
          state = AUTHORITY;
          pointer--;
        }
        break;

      case AUTHORITY:
        if (c === '@') {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          for (const ch of buffer) {
            if (ch === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = encodeCodePoint(ch, inUserinfoSet);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\')) {
          if (atSignSeen && buffer === '') return FAILURE;
          pointer -= buffer.length + 1;
          buffer = '';
          state = HOST;
        } else {
          PLAIN_AUTHORITY.lastIndex = pointer;
          const run = PLAIN_AUTHORITY.exec(input);
          buffer += run === null ? c : run[0];
          if (run !== null) pointer += run[0].length - 1;
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = FILE_HOST;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') {
            // NON-SPEC: ada's host setter empties the host of a non-special URL that has one and
            // goes on with the port ('sc://h/' with ':80' is 'sc://:80/').
            if (stateOverride === HOST && !isSpecialScheme(url.scheme) && url.host !== null) {
              url.host = '';
              state = PORT;
              break;
            }
            return FAILURE;
          }
          if (stateOverride === HOSTNAME) return FAILURE;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === FAILURE) return FAILURE;
          // NON-SPEC: ada sets no port on a non-special URL that had no host.
          const hadHost = url.host !== null;
          url.host = host;
          buffer = '';
          if (stateOverride && !hadHost && !isSpecialScheme(url.scheme)) return undefined;
          state = PORT;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\')) {
          pointer--;
          if (isSpecialScheme(url.scheme) && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return FAILURE;
          // NON-SPEC: ada leaves a non-special URL without a host as it is for an empty host.
          if (stateOverride && buffer === '' && url.host === null && !isSpecialScheme(url.scheme)) return FAILURE;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return undefined;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          PLAIN_HOST.lastIndex = pointer;
          const run = c === '[' || c === ']' ? null : PLAIN_HOST.exec(input);
          buffer += run === null ? c : run[0];
          if (run !== null) pointer += run[0].length - 1;
        }
        break;

      case PORT:
        if (isASCIIDigit(c)) {
          buffer += c;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\') || stateOverride) {
          if (buffer !== '') {
            // Leading zeros do not count; anything past five significant digits is too big.
            const digits = buffer.replace(/^0+(?=.)/, '');
            const port = digits.length > 5 ? Infinity : parseInt(digits, 10);
            if (port > 65535) return FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
            if (stateOverride) return undefined;
          }
          if (stateOverride) return FAILURE;
          state = PATH_START;
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = FILE_SLASH;
        } else if (base !== null && base !== undefined && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, pointer)) shortenPath(url);
            else url.path = [];
            state = PATH;
            pointer--;
          }
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case FILE_SLASH:
        if (c === '/' || c === '\\') {
          state = FILE_HOST;
        } else {
          if (base !== null && base !== undefined && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, pointer) && base.path.length > 0 &&
                isNormalizedWindowsDriveLetter(base.path[0])) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          pointer--;
        }
        break;

      case FILE_HOST:
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            // The buffer is kept: it becomes the first path segment.
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return undefined;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !isSpecialScheme(url.scheme));
            if (host === FAILURE) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return undefined;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += c;
        }
        break;

      case PATH_START:
        if (isSpecialScheme(url.scheme)) {
          state = PATH;
          if (c !== '/' && c !== '\\') pointer--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== undefined) {
          state = PATH;
          if (c !== '/') pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH:
        if (c === undefined || c === '/' || (isSpecialScheme(url.scheme) && c === '\\') || (!stateOverride && (c === '?' || c === '#'))) {
          const slash = c === '/' || (isSpecialScheme(url.scheme) && c === '\\');
          if (isDoubleDot(buffer)) {
            // NON-SPEC: as in ada, a non-special URL whose path was empty gets no '' segment from
            // a final '..' ('sc://h/..' is 'sc://h').
            const wasEmpty = url.path.length === 0;
            shortenPath(url);
            if (!slash && (isSpecialScheme(url.scheme) || !wasEmpty)) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = QUERY;
          }
          if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          PLAIN_PATH.lastIndex = pointer;
          const run = PLAIN_PATH.exec(input);
          if (run !== null) {
            buffer += run[0];
            pointer += run[0].length - 1;
          } else {
            const ch = codePointAt(input, pointer);
            buffer += encodeCodePoint(ch, inPathSet);
            pointer += ch.length - 1;
          }
        }
        break;

      case OPAQUE_PATH:
        if (c === '?') {
          url.query = '';
          state = QUERY;
        } else if (c === '#') {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== undefined) {
          PLAIN_OPAQUE_PATH.lastIndex = pointer;
          const run = PLAIN_OPAQUE_PATH.exec(input);
          if (run !== null) {
            url.path += run[0];
            pointer += run[0].length - 1;
          } else {
            const ch = codePointAt(input, pointer);
            url.path += encodeCodePoint(ch, inC0ControlSet);
            pointer += ch.length - 1;
          }
        }
        break;

      case QUERY:
        if ((!stateOverride && c === '#') || c === undefined) {
          const inSet = isSpecialScheme(url.scheme) ? inSpecialQuerySet : inQuerySet;
          url.query += percentEncodeString(buffer, inSet);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          // Everything up to the fragment (or the end) at once.
          const hash = stateOverride ? -1 : input.indexOf('#', pointer);
          const end = hash === -1 ? len : hash;
          buffer += input.slice(pointer, end);
          pointer = end - 1;
        }
        break;

      case FRAGMENT:
        if (c !== undefined) {
          PLAIN_FRAGMENT.lastIndex = pointer;
          const run = PLAIN_FRAGMENT.exec(input);
          if (run !== null) {
            url.fragment += run[0];
            pointer += run[0].length - 1;
          } else {
            const ch = codePointAt(input, pointer);
            url.fragment += encodeCodePoint(ch, inFragmentSet);
            pointer += ch.length - 1;
          }
        }
        break;

      default:
        throw new Error(`url parser: unknown state ${state}`);
    }
  }
  return url;
}

/** https://url.spec.whatwg.org/#concept-url-path-serializer */
function serializePath(url) {
  if (hasOpaquePath(url)) return url.path;
  let out = '';
  for (const segment of url.path) out += `/${segment}`;
  return out;
}

/** https://url.spec.whatwg.org/#concept-url-serializer */
function serializeURL(url, excludeFragment = false) {
  let output = `${url.scheme}:`;
  if (url.host !== null) {
    output += '//';
    if (includesCredentials(url)) {
      output += url.username;
      if (url.password !== '') output += `:${url.password}`;
      output += '@';
    }
    output += url.host;
    if (url.port !== null) output += `:${url.port}`;
  }
  if (url.host === null && !hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') output += '/.';
  output += serializePath(url);
  if (url.query !== null) output += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) output += `#${url.fragment}`;
  return output;
}

/** https://url.spec.whatwg.org/#concept-url-parser: the record, or FAILURE. */
function parseURL(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicURLParse(base);
    if (baseRecord === FAILURE) return FAILURE;
  }
  return basicURLParse(input, baseRecord);
}

function cannotHaveUsernamePasswordPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

module.exports = {
  FAILURE,
  SCHEME_START,
  AUTHORITY,
  HOST,
  HOSTNAME,
  PORT,
  PATH_START,
  QUERY,
  FRAGMENT,
  basicURLParse,
  parseURL,
  serializeURL,
  serializePath,
  parseHost,
  serializeIPv6,
  percentEncodeString,
  encodeCodePoint,
  inUserinfoSet,
  inComponentSet,
  inC0ControlSet,
  isSpecialScheme,
  defaultPort,
  hasOpaquePath,
  cannotHaveUsernamePasswordPort,
  includesCredentials,
  newURLRecord,
};

export {}; // a module for tsc; the guest sees module.exports
