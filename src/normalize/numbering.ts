/**
 * The numbering the forms print (番号の体系), written once: Roman section numerals `Ⅱ`, circled
 * item numbers `⑦`, parenthesised and full-stop numbers `⑴` `⒈`. Width folding keeps all of them
 * as printed (never NFKC, which would turn `Ⅳ` into `IV` and `①` into `1`: they are structure).
 * Kanji numerals (`第十九条`) are kanji-number.ts's. The group numbers `1.` `(1)` are plain digits
 * after width folding and stay in each reader's pattern, whose lookarounds (not a decimal, a date
 * or a quantity; `、` or not) differ by what the reader reads.
 *
 * Readers accept different ranges (the diff's 項目 readers Ⅰ–Ⅵ, the heading reader Ⅰ–Ⅹ, the label
 * skeleton Ⅰ–Ⅻ; ①–⑳ or up to ㊿): each asks for its own, `romanRange(6)`, `circledRange(50)`, so
 * no reader changed when the tables moved here. Whether they should agree is open (no form
 * prints a section beyond Ⅵ nor an item beyond ⑳ in the fixtures).
 */

/** Roman numerals Ⅰ (U+2160) … Ⅻ (U+216B), one code point each: the section numerals (大見出し). */
const ROMAN_FIRST = 0x2160;
/** The ASCII ids of Ⅰ … Ⅻ, as the catalogues and FORMS.md spell section ids (`Ⅱ` → `II`). */
export const ROMAN_IDS: readonly string[] = 'I II III IV V VI VII VIII IX X XI XII'.split(' ');

/**
 * Circled numbers in Unicode: ① … ⑳ (U+2460–2473, 1–20), then ㉑ … ㉟ (U+3251–325F, 21–35) and
 * ㊱ … ㊿ (U+32B1–32BF, 36–50), three blocks in the order of their values.
 */
const CIRCLED_BLOCKS: readonly { first: number; last: number; value: number }[] = [
  { first: 0x2460, last: 0x2473, value: 1 },
  { first: 0x3251, last: 0x325f, value: 21 },
  { first: 0x32b1, last: 0x32bf, value: 36 },
];

/** ⑴ … ⒇ (U+2474–2487, parenthesised 1–20) and ⒈ … ⒛ (U+2488–249B, full stop 1–20) follow ⑳. */
const FULL_STOP_LAST = 0x249b;

function hex(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * The regex character range (for inside `[…]`) of the Roman numerals Ⅰ … up to `max` (≤ 12):
 * `romanRange(10)` is `\u2160-\u2169`.
 */
export function romanRange(max: number): string {
  return `${hex(ROMAN_FIRST)}-${hex(ROMAN_FIRST + Math.min(max, ROMAN_IDS.length) - 1)}`;
}

/** The value of a Roman numeral character (`Ⅳ` → 4), or undefined. */
export function romanValue(ch: string): number | undefined {
  const n = (ch.codePointAt(0) ?? 0) - ROMAN_FIRST + 1;
  return ch.length === 1 && n >= 1 && n <= ROMAN_IDS.length ? n : undefined;
}

/** The section id of a Roman numeral character (`Ⅱ` → `II`), or undefined. */
export function romanId(ch: string): string | undefined {
  const n = romanValue(ch);
  return n === undefined ? undefined : ROMAN_IDS[n - 1];
}

/** The Roman numeral character of a section id (`II` → `Ⅱ`), or undefined. */
export function romanNumeral(id: string): string | undefined {
  const i = ROMAN_IDS.indexOf(id);
  return i < 0 ? undefined : String.fromCodePoint(ROMAN_FIRST + i);
}

/**
 * The regex character ranges (for inside `[…]`) of the circled numbers ① … up to `max`: 20 (①–⑳,
 * the 小項目 numbers of every form) or 50 (up to ㊿, what a producer may print in a long list).
 */
export function circledRange(max: 20 | 50): string {
  return CIRCLED_BLOCKS.filter((b) => b.value <= max)
    .map((b) => `${hex(b.first)}-${hex(b.last)}`)
    .join('');
}

/** The value of a circled number character (`⑦` → 7, `㉑` → 21), or undefined. */
export function circledValue(ch: string): number | undefined {
  const code = ch.codePointAt(0) ?? 0;
  if (ch.length !== 1) return undefined;
  const block = CIRCLED_BLOCKS.find((b) => code >= b.first && code <= b.last);
  return block === undefined ? undefined : block.value + code - block.first;
}

/** A group number at the start of a heading: `1.` `10.` (`１．` after width folding). */
const LEADING_GROUP_NUMBER = /^(\d{1,2})[.．]/u;

/**
 * The group number a heading starts with (`11．最も優先度が高い…` → 11), else undefined. The
 * diff's outline readers call it on normalised text; patterns that find group numbers inside a
 * text keep their own lookarounds (see the module doc).
 */
export function leadingGroupNumber(text: string): number | undefined {
  const m = LEADING_GROUP_NUMBER.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * Numbered repeated blocks (繰り返しブロック) and the letter of their id segment (FORMS.md):
 * システムN → sN, 委託事項N → eN, 提供先N → pN, 移転先N → tN, リスクN → rN. A file block
 * `(N) …ファイル` is `fN` ({@link FILE_BLOCK_LETTER}).
 */
export const BLOCK_LETTERS: Readonly<Record<string, string>> = {
  システム: 's',
  委託事項: 'e',
  提供先: 'p',
  移転先: 't',
  リスク: 'r',
};

/** The id letter of a file block `(1) 住民基本台帳ファイル` → `f1`. */
export const FILE_BLOCK_LETTER = 'f';

/** The block names as regex alternatives (`システム|委託事項|…`), for a reader's pattern. */
export function blockNamePattern(): string {
  return Object.keys(BLOCK_LETTERS).join('|');
}

/**
 * The regex character ranges (for inside `[…]`) of every enclosed number a list marker may be:
 * circled ①–⑳, parenthesised ⑴–⒇ and full-stop ⒈–⒛ (one Unicode run), then circled ㉑–㊿.
 */
export function enclosedNumberRange(): string {
  return [
    `${hex(0x2460)}-${hex(FULL_STOP_LAST)}`,
    ...CIRCLED_BLOCKS.slice(1).map((b) => `${hex(b.first)}-${hex(b.last)}`),
  ].join('');
}
