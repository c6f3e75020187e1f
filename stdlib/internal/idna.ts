// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * Internationalised domain names: Punycode (RFC 3492) and the UTS #46 processing the URL
 * Standard's "domain to ASCII" asks for (non-transitional, CheckHyphens off, no STD3 rules).
 *
 * NON-SPEC: UTS #46 maps with a 9,000-entry table; this approximates it with NFKC and lower-casing
 * plus the mappings and ignored code points that differ from that (full stops, ẞ, soft hyphen,
 * variation selectors, ...). Labels with joiners (ZWJ/ZWNJ) are rejected outright instead of being
 * checked in context (CheckJoiners), and bidi rules are not checked.
 */
'use strict';

// ---- Punycode (RFC 3492) ----

const maxInt = 2147483647;
const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const DELIMITER = '-';

class PunycodeError extends RangeError {}

const errors = {
  overflow: 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function fail(type) {
  throw new PunycodeError(errors[type]);
}

/** The code points of a string; a lone surrogate stands for itself. */
function ucs2decode(string) {
  const output = [];
  let counter = 0;
  const length = string.length;
  while (counter < length) {
    const value = string.charCodeAt(counter++);
    if (value >= 0xD800 && value <= 0xDBFF && counter < length) {
      const extra = string.charCodeAt(counter++);
      if ((extra & 0xFC00) === 0xDC00) {
        output.push(((value & 0x3FF) << 10) + (extra & 0x3FF) + 0x10000);
      } else {
        output.push(value);
        counter--;
      }
    } else {
      output.push(value);
    }
  }
  return output;
}

function ucs2encode(codePoints) {
  let out = '';
  for (let i = 0; i < codePoints.length; i += 4096) {
    out += String.fromCodePoint.apply(null, codePoints.slice(i, i + 4096));
  }
  return out;
}

function basicToDigit(codePoint) {
  if (codePoint >= 0x30 && codePoint < 0x3A) return 26 + (codePoint - 0x30);
  if (codePoint >= 0x41 && codePoint < 0x5B) return codePoint - 0x41;
  if (codePoint >= 0x61 && codePoint < 0x7B) return codePoint - 0x61;
  return BASE;
}

function digitToBasic(digit) {
  // 0..25 → a..z, 26..35 → 0..9
  return digit + 22 + 75 * (digit < 26 ? 1 : 0);
}

function adapt(delta, numPoints, firstTime) {
  let k = 0;
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  for (; delta > ((BASE - TMIN) * TMAX) >> 1; k += BASE) delta = Math.floor(delta / (BASE - TMIN));
  return Math.floor(k + ((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

/** Punycode to Unicode (a label without its "xn--"); throws a RangeError for malformed input. */
function decode(input) {
  const output = [];
  const inputLength = input.length;
  let i = 0;
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let basic = input.lastIndexOf(DELIMITER);
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) fail('not-basic');
    output.push(input.charCodeAt(j));
  }
  for (let index = basic > 0 ? basic + 1 : 0; index < inputLength;) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= inputLength) fail('invalid-input');
      const digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= BASE) fail('invalid-input');
      if (digit > Math.floor((maxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (digit < t) break;
      const baseMinusT = BASE - t;
      if (w > Math.floor(maxInt / baseMinusT)) fail('overflow');
      w *= baseMinusT;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > maxInt - n) fail('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return ucs2encode(output);
}

/** Unicode to Punycode (without "xn--"). */
function encode(input) {
  const output = [];
  const codePoints = ucs2decode(input);
  const inputLength = codePoints.length;
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  for (const c of codePoints) {
    if (c < 0x80) output.push(String.fromCharCode(c));
  }
  const basicLength = output.length;
  let handledCPCount = basicLength;
  if (basicLength) output.push(DELIMITER);
  while (handledCPCount < inputLength) {
    let m = maxInt;
    for (const c of codePoints) {
      if (c >= n && c < m) m = c;
    }
    const handledCPCountPlusOne = handledCPCount + 1;
    if (m - n > Math.floor((maxInt - delta) / handledCPCountPlusOne)) fail('overflow');
    delta += (m - n) * handledCPCountPlusOne;
    n = m;
    for (const c of codePoints) {
      if (c < n && ++delta > maxInt) fail('overflow');
      if (c === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
          if (q < t) break;
          const qMinusT = q - t;
          const baseMinusT = BASE - t;
          output.push(String.fromCharCode(digitToBasic(t + (qMinusT % baseMinusT))));
          q = Math.floor(qMinusT / baseMinusT);
        }
        output.push(String.fromCharCode(digitToBasic(q)));
        bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
        delta = 0;
        handledCPCount++;
      }
    }
    delta++;
    n++;
  }
  return output.join('');
}

/** Splits off an email-style local part and maps each dot-separated label. */
function mapDomain(domain, fn) {
  const parts = domain.split('@');
  let result = '';
  if (parts.length > 1) {
    result = `${parts[0]}@`;
    domain = parts[1];
  }
  domain = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '\x2E');
  return result + domain.split('.').map(fn).join('.');
}

/** punycode.toUnicode: decodes the xn-- labels of a domain or email address. */
function toUnicode(input) {
  return mapDomain(input, (s) => (/^xn--/.test(s) ? decode(s.slice(4).toLowerCase()) : s));
}

/** punycode.toASCII: encodes the labels with non-ASCII characters. */
function toASCII(input) {
  return mapDomain(input, (s) => (/[^\0-\x7F]/.test(s) ? `xn--${encode(s)}` : s));
}

// ---- UTS #46 (approximated, see above) ----

/** Code points UTS #46 ignores (maps to nothing). */
function isIgnored(cp) {
  return cp === 0xAD || cp === 0x34F || (cp >= 0x180B && cp <= 0x180D) || cp === 0x180F || cp === 0x200B ||
    cp === 0x2060 || cp === 0x2064 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp === 0xFEFF ||
    (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

/** Code points UTS #46 disallows (beyond what the URL parser forbids itself). */
function isDisallowed(cp) {
  return cp === 0xFFFD || cp === 0xFFFC || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xFDD0 && cp <= 0xFDEF) ||
    (cp & 0xFFFE) === 0xFFFE || (cp >= 0x80 && cp <= 0x9F) || cp === 0x200C || cp === 0x200D ||
    (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000;
}

const startsWithMark = /^\p{M}/u;

function uts46Map(domain) {
  let out = '';
  for (const ch of domain) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) {
      out += ch >= 'A' && ch <= 'Z' ? String.fromCharCode(cp + 32) : ch;
    } else if (isIgnored(cp)) {
      // dropped
    } else if (cp === 0x3002 || cp === 0xFF0E || cp === 0xFF61) {
      out += '.';
    } else if (cp === 0x1E9E) {
      out += 'ss';
    } else {
      out += ch.normalize('NFKC').toLowerCase();
    }
  }
  return out.normalize('NFC');
}

// Code points with Canonical_Combining_Class=Virama (the context that allows ZWJ and ZWNJ).
const VIRAMAS = new Set([0x94D, 0x9CD, 0xA4D, 0xACD, 0xB4D, 0xBCD, 0xC4D, 0xCCD, 0xD3B, 0xD3C, 0xD4D, 0xDCA, 0xE3A,
  0xEBA, 0xF84, 0x1039, 0x103A, 0x1714, 0x1715, 0x1734, 0x17D2, 0x1A60, 0x1B44, 0x1BAA, 0x1BAB, 0x1BF2, 0x1BF3, 0x2D7F,
  0xA806, 0xA82C, 0xA8C4, 0xA953, 0xA9C0, 0xAAF6, 0xABED, 0x10A3F, 0x11046, 0x11070, 0x1107F, 0x110B9, 0x11133, 0x11134,
  0x111C0, 0x11235, 0x112EA, 0x1134D, 0x11442, 0x114C2, 0x115BF, 0x1163F, 0x116B6, 0x1172B, 0x11839, 0x1193D, 0x1193E,
  0x119E0, 0x11A34, 0x11A47, 0x11A99, 0x11C3F, 0x11D44, 0x11D45, 0x11D97, 0x11F41, 0x11F42]);

const isTransparent = (ch) => /\p{Mn}|\p{Me}|\p{Cf}/u.test(ch) && ch !== '\u200C' && ch !== '\u200D';
// Joining letters (Joining_Type D, L or R), approximated by the scripts that join.
const isJoiningLetter = (ch) => /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Manichaean}\p{Script=Psalter_Pahlavi}\p{Script=Adlam}]/u.test(ch) && /\p{L}/u.test(ch);

/** CheckJoiners (RFC 5892 A.1, A.2): ZWJ only after a virama; ZWNJ also between joining letters. */
function checkJoiners(cps) {
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    if (ch !== '\u200C' && ch !== '\u200D') continue;
    if (i > 0 && VIRAMAS.has(cps[i - 1].codePointAt(0))) continue;
    if (ch === '\u200D') return false;
    let before = i - 1;
    while (before >= 0 && isTransparent(cps[before])) before--;
    let after = i + 1;
    while (after < cps.length && isTransparent(cps[after])) after++;
    if (before < 0 || after >= cps.length || !isJoiningLetter(cps[before]) || !isJoiningLetter(cps[after])) return false;
  }
  return true;
}

/** An approximation of a character's Bidi_Class from its script and category. */
function bidiClass(ch) {
  const cp = ch.codePointAt(0);
  if (cp >= 0x30 && cp <= 0x39) return 'EN';
  if ((cp >= 0x660 && cp <= 0x669) || cp === 0x66B || cp === 0x66C || (cp >= 0x10E60 && cp <= 0x10E7E)) return 'AN';
  if (cp >= 0x6F0 && cp <= 0x6F9) return 'EN';
  if (/\p{Mn}|\p{Me}/u.test(ch)) return 'NSM';
  if (/[\p{Script=Hebrew}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u.test(ch)) return 'R';
  if (/[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u.test(ch)) return 'AL';
  // Arabic punctuation of the Common script (U+061B ARABIC SEMICOLON, U+061F ARABIC QUESTION MARK, ...)
  // is AL too; U+060C ARABIC COMMA is CS, the per mille / per ten thousand signs ET.
  if (cp === 0x60C) return 'CS';
  if (cp === 0x609 || cp === 0x60A || cp === 0x66A) return 'ET';
  if (/[\p{scx=Arabic}\p{scx=Syriac}\p{scx=Thaana}]/u.test(ch) && !/\p{Nd}/u.test(ch)) return 'AL';
  if (ch === '-' || ch === '+') return 'ES';
  if (ch === ',' || ch === '.' || ch === ':' || ch === '/' || cp === 0xA0) return 'CS';
  if (/\p{Sc}|[#%°±]/u.test(ch)) return 'ET';
  if (/\p{L}|\p{Mc}|\p{Nd}/u.test(ch)) return 'L';
  return 'ON';
}

/** The Bidi Rule of RFC 5893 for one label of a bidi domain name. */
function checkBidiLabel(cps) {
  if (cps.length === 0) return true;
  const classes = cps.map(bidiClass);
  const first = classes[0];
  let end = classes.length - 1;
  while (end > 0 && classes[end] === 'NSM') end--;
  if (first === 'R' || first === 'AL') {
    const allowed = new Set(['R', 'AL', 'AN', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM']);
    if (!classes.every((c) => allowed.has(c))) return false;
    if (!['R', 'AL', 'EN', 'AN'].includes(classes[end])) return false;
    if (classes.includes('EN') && classes.includes('AN')) return false;
    return true;
  }
  if (first !== 'L') return false;
  const allowed = new Set(['L', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM']);
  if (!classes.every((c) => allowed.has(c))) return false;
  return classes[end] === 'L' || classes[end] === 'EN';
}

/** Whether a (Unicode) label passes the checks kept from UTS #46's validity criteria. */
function isValidLabel(label) {
  if (startsWithMark.test(label)) return false;
  const cps = Array.from(label);
  for (const ch of cps) {
    if (isDisallowed(ch.codePointAt(0)) && ch !== '\u200C' && ch !== '\u200D') return false;
  }
  return checkJoiners(cps);
}

function isBidiDomain(labels) {
  return labels.some((l) => Array.from(l).some((ch) => {
    const c = bidiClass(ch);
    return c === 'R' || c === 'AL' || c === 'AN';
  }));
}

/**
 * UTS #46 ToASCII as the URL Standard calls it; null on failure. An ASCII domain without
 * "xn--" labels is only lower-cased.
 */
function uts46ToASCII(domain) {
  let ascii = true;
  for (let i = 0; i < domain.length; i++) {
    if (domain.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  const mapped = ascii ? domain.toLowerCase() : uts46Map(domain);
  if (ascii && !/(^|\.)xn--/.test(mapped)) return mapped;
  const labels = mapped.split('.');
  const unicodeLabels = [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label.startsWith('xn--')) {
      if (/[^\0-\x7F]/.test(label)) return null;
      let decoded;
      try {
        decoded = decode(label.slice(4));
      } catch {
        return null;
      }
      if (decoded === '' || !/[^\0-\x7F]/.test(decoded)) return null;
      if (decoded !== decoded.normalize('NFC') || uts46Map(decoded) !== decoded || !isValidLabel(decoded)) return null;
      unicodeLabels.push(decoded);
    } else if (/[^\0-\x7F]/.test(label)) {
      if (!isValidLabel(label)) return null;
      unicodeLabels.push(label);
      try {
        labels[i] = `xn--${encode(label)}`;
      } catch {
        return null;
      }
    } else {
      unicodeLabels.push(label);
    }
  }
  if (isBidiDomain(unicodeLabels) && !unicodeLabels.every((l) => checkBidiLabel(Array.from(l)))) return null;
  return labels.join('.');
}

/** UTS #46 ToUnicode of an ASCII domain: xn-- labels decoded (left as they are when invalid). */
function uts46ToUnicode(domain) {
  return domain.split('.').map((label) => {
    if (!label.toLowerCase().startsWith('xn--')) return label;
    try {
      return decode(label.slice(4).toLowerCase());
    } catch {
      return label;
    }
  }).join('.');
}

module.exports = {
  decode,
  encode,
  toASCII,
  toUnicode,
  ucs2decode,
  ucs2encode,
  uts46ToASCII,
  uts46ToUnicode,
};

export {}; // a module for tsc; the guest sees module.exports
