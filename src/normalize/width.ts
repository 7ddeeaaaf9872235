/**
 * Width folding (全角・半角の統一) of the snapshot value rules: full-width ASCII forms to
 * half-width, half-width katakana to full-width. Deliberately not NFKC: NFKC would also turn
 * ① into 1 and Ⅳ into IV, which are structure markers in these forms (SNAPSHOT.md).
 */

/** U+FF01 ！ … U+FF5E ～: the full-width twins of ASCII U+0021 … U+007E. */
const FULLWIDTH_ASCII = /[\uff01-\uff5e]/g;

/** Offset between a full-width form and its ASCII twin (U+FF01 − U+0021). */
const FULLWIDTH_OFFSET = 0xfee0;

/**
 * Half-width katakana letters U+FF66 ｦ … U+FF9F ﾟ, with their voicing marks. The half-width
 * punctuation before them (U+FF61 ｡ ｢ ｣ ､ ･) is kept as printed: the ground truth of the
 * 熊谷市 document keeps ｢医療保険者等…｣ and ､ in values, so the contract does not fold them.
 */
const HALFWIDTH_KATAKANA_RUN = /[\uff66-\uff9f]+/g;

/** Combining voicing marks that NFKC leaves when no precomposed kana exists (e.g. ｱﾞ). */
const COMBINING_VOICED = /\u3099/g;
const COMBINING_SEMI_VOICED = /\u309a/g;

/**
 * Fold widths (全角英数記号→半角, 半角カナ→全角カナ).
 *
 * - U+FF01–FF5E → ASCII (`１２３` → `123`, `（` → `(`, `：` → `:`, `－` → `-`, `Ｒ` → `R`);
 * - half-width katakana → full-width, a following ﾞ/ﾟ composed (`ｶﾞ` → `ガ`, `ﾊﾟ` → `パ`);
 * - everything else is kept: U+3000 (see {@link foldSpaces}), ①–⑳, Ⅰ–Ⅹ, 「」『』、。・※,
 *   half-width ｢ ｣ ､ ｡ ･, full-width signs ￥ ￣.
 *
 * Idempotent: no output character is an input this function would change.
 *
 * @example foldWidth('（１３）市町村被保険者ＩＤ') === '(13)市町村被保険者ID'
 */
export function foldWidth(text: string): string {
  return text
    .replace(FULLWIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULLWIDTH_OFFSET))
    .replace(HALFWIDTH_KATAKANA_RUN, widenKatakana);
}

/** One run of half-width katakana to full width; NFKC is exact for this block alone. */
function widenKatakana(run: string): string {
  // A stray mark (ｱﾞ, or ﾞ at the start of the run) has no precomposed form and NFKC leaves a
  // combining mark; use the spacing marks ゛ ゜ instead so the text stays printable.
  return run.normalize('NFKC').replace(COMBINING_VOICED, '\u309b').replace(COMBINING_SEMI_VOICED, '\u309c');
}
