// Plain-text cleanup shared by every format. The cleaned text is what all later offsets refer
// to, so every rule here is deliberate:
//  - NFC (the offsets contract in core/types.ts);
//  - CRLF and lone CR become LF;
//  - C0/C1 control characters other than \n and \t are removed;
//  - invisible formatting marks that carry no meaning for analysis (ZWSP, word joiner, BOM,
//    soft hyphen, LRM/RLM/ALM and the bidi embedding/isolate controls) are removed, because
//    copy-paste from Arabic sites sprinkles them inside words and they break matching;
//  - ZWNJ (U+200C) and ZWJ (U+200D) are KEPT: they are orthographic in Arabic-script text
//    (they decide whether letters join), so dropping them could merge two words;
//  - trailing spaces per line are trimmed, runs of 3+ line breaks become one blank line,
//    and the text is trimmed at both ends.

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const INVISIBLE = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const MANY_BREAKS = /\n{3,}/g;

export function cleanText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trimEnd()) // not /[ \t]+$/gm: that regex is quadratic on long space runs
    .join('\n')
    .replace(MANY_BREAKS, '\n\n')
    .trim();
}
