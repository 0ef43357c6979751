// Bytes → text. Order: BOM → UTF-16 sniffed from NUL patterns → strict UTF-8 → a declared
// charset (HTML <meta charset>, XML prolog, or the caller's hint) → chardet → iconv-lite.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { MarsadError } from '../core/index.js';

export interface Decoded {
  text: string;
  encoding: string;
}

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true });
const SNIFF_BYTES = 8192;

/** Decode a file's bytes. Throws MarsadError BINARY (not text) or DECODE (undecodable). */
export function decodeBytes(buf: Buffer, hint?: string): Decoded {
  const magic = binaryMagic(buf);
  if (magic) throw new MarsadError('MARSAD_ERR_INGEST_BINARY', `binary content (${magic}), not a text file`);
  const bom = decodeBom(buf);
  if (bom) return checked(bom);
  if (hasNul(buf)) {
    const utf16 = sniffUtf16(buf);
    if (utf16) return checked(utf16);
    // A stray NUL or two in otherwise valid UTF-8 (a bad copy-paste) is text; cleanup drops it.
    if (!fewNuls(buf)) throw new MarsadError('MARSAD_ERR_INGEST_BINARY', 'binary content (NUL bytes), not a text file');
  }
  try {
    return checked({ text: UTF8_FATAL.decode(buf), encoding: 'UTF-8' });
  } catch (e) {
    if (e instanceof MarsadError) throw e;
  }
  const declared = declaredCharset(buf) ?? hint;
  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) {
    return checked({ text: iconv.decode(buf, declared), encoding: canonicalName(declared) });
  }
  const guess = chardetGuess(buf);
  return checked({ text: iconv.decode(buf, guess), encoding: guess });
}

/** File signatures of formats people drop into corpus folders by mistake. */
const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['gzip archive', [0x1f, 0x8b]],
  ['zip archive or office document', [0x50, 0x4b, 0x03, 0x04]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['RIFF media (WebP/WAV/AVI)', [0x52, 0x49, 0x46, 0x46]],
];

function binaryMagic(buf: Buffer): string | null {
  for (const [name, sig] of MAGIC) {
    if (buf.length >= sig.length && sig.every((b, i) => buf[i] === b)) return name;
  }
  return null;
}

function decodeBom(buf: Buffer): Decoded | null {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: buf.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  }
  return null;
}

function hasNul(buf: Buffer): boolean {
  return buf.subarray(0, SNIFF_BYTES).includes(0);
}

function fewNuls(buf: Buffer): boolean {
  const sample = buf.subarray(0, SNIFF_BYTES);
  let nuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) nuls++;
  return nuls <= 2 || nuls / sample.length < 0.002;
}

/** UTF-16 without a BOM: ASCII spaces, digits and newlines put NULs on one parity only
 *  (odd offsets for LE, even for BE). Binary formats have NULs on both. */
function sniffUtf16(buf: Buffer): Decoded | null {
  const n = Math.min(buf.length, SNIFF_BYTES) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (buf[i] === 0) {
      if (i & 1) odd++;
      else even++;
    }
  }
  const pairs = n / 2;
  if (pairs === 0) return null;
  let encoding: 'utf-16le' | 'utf-16be' | null = null;
  if (odd >= pairs * 0.05 && even <= odd * 0.02) encoding = 'utf-16le';
  else if (even >= pairs * 0.05 && odd <= even * 0.02) encoding = 'utf-16be';
  if (!encoding) return null;
  const text = iconv.decode(buf.subarray(0, buf.length & ~1), encoding);
  if (!looksLikeText(text)) return null;
  return { text, encoding: encoding.toUpperCase() };
}

const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i;

function declaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = DECLARED.exec(head);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** chardet ranks candidates; Arabic single-byte pages are nearly always windows-1256, and
 *  chardet's ISO-8859-6 / ISO-8859-1 guesses on short Arabic text are usually wrong, so a
 *  windows-1256 candidate that decodes into mostly Arabic letters wins. */
function chardetGuess(buf: Buffer): string {
  const sample = buf.subarray(0, 64 * 1024);
  const arabic = arabicSingleByte(sample);
  if (arabic) return arabic;
  const ranked = chardet.analyse(sample).map((m) => m.name).filter((n) => iconv.encodingExists(n));
  return ranked[0] ?? 'windows-1252';
}

/** windows-1256 vs ISO-8859-6: both map high bytes to Arabic letters, but only the right one
 *  yields the definite article ال and the commonest prepositions at Arabic frequencies. */
function arabicSingleByte(sample: Buffer): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const enc of ['windows-1256', 'ISO-8859-6']) {
    const text = iconv.decode(sample, enc);
    if (arabicLetterShare(text) <= 0.5) continue;
    const score = (text.match(ARABIC_COMMON)?.length ?? 0) + 1;
    if (score > bestScore) {
      best = enc;
      bestScore = score;
    }
  }
  return best;
}
const ARABIC_COMMON = /ال|(?:^|\s)(?:في|من|على|إلى)(?=\s)/g;

function arabicLetterShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 0;
  const arabic = text.match(/(?=\p{L})\p{Script=Arabic}/gu)?.length ?? 0;
  return arabic / letters;
}

function canonicalName(name: string): string {
  const n = name.toLowerCase();
  if (/^(windows|cp)-?1256$/.test(n)) return 'windows-1256';
  if (/^(iso-?8859-?6|arabic)$/.test(n)) return 'ISO-8859-6';
  return name;
}

/** Share of characters that are neither replacement characters nor control characters. */
function looksLikeText(text: string): boolean {
  if (text.length === 0) return true;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const bad = sample.match(/[\uFFFD\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return bad / sample.length < 0.1;
}

function checked(d: Decoded): Decoded {
  const sample = d.text.length > 20000 ? d.text.slice(0, 20000) : d.text;
  if (sample.length === 0) return d;
  const replacement = sample.match(/\uFFFD/g)?.length ?? 0;
  if (replacement / sample.length > 0.25) {
    throw new MarsadError('MARSAD_ERR_INGEST_DECODE', `undecodable bytes: ${Math.round((100 * replacement) / sample.length)}% replacement characters as ${d.encoding}`);
  }
  const control = sample.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (control / sample.length > 0.1) {
    throw new MarsadError('MARSAD_ERR_INGEST_BINARY', 'binary content (control characters), not a text file');
  }
  return d;
}
