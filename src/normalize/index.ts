/**
 * normalize: the pure text rules of the pipeline (正規化) — widths, radicals, spaces, wrap
 * joining, era dates, kanji numerals, legal references, count ranges, list items, match keys,
 * numbering (Ⅱ ⑦) and the label similarity measures — and the
 * word tokenizer (tokens.ts, the one module that reads a file: kuromoji's dictionary, lazily).
 * Other stages import from here only.
 */
export { type CharClass, classifyChar, isCjk, isLatinAlnum, isSpace } from './char-class.js';
export { type EmWidth, displayColumns, emWidth, textEm } from './char-width.js';
export { type CountRange, parseCountRange } from './count-range.js';
export { type DateResult, formatJapaneseDate, parseJapaneseDate } from './era-date.js';
export { type Era, ERAS, FIRST_GREGORIAN_DAY } from './eras.js';
export { formatKanjiNumber, parseKanjiNumber } from './kanji-number.js';
export {
  bigrams,
  coverage,
  diceSimilarity,
  editSimilarity,
  gramDice,
  skeletonKey,
} from './label-similarity.js';
export { normalizeLegalReference } from './legal-reference.js';
export { type BaselineLine, linePitch, type LinePitchOptions } from './line-pitch.js';
export { bandsByFirst, partitionPoint } from './bands.js';
export { type ListMarkerSplit, splitListItems, stripListMarker } from './list-items.js';
export { compactKey, type KeyedText, keyText, labelKey } from './match-key.js';
export {
  BLOCK_LETTERS,
  blockNamePattern,
  circledRange,
  circledValue,
  enclosedNumberRange,
  FILE_BLOCK_LETTER,
  leadingGroupNumber,
  ROMAN_IDS,
  romanId,
  romanNumeral,
  romanRange,
  romanValue,
} from './numbering.js';
export { mapRadicals, RADICAL_TO_IDEOGRAPH } from './radicals.js';
export { foldSpaces } from './spaces.js';
export { joinWrappedLines, normalizeText } from './text.js';
export { getTokenizer, type WordTokenizer } from './tokens.js';
export { cutByLengths, snapshotWordTokens, storedTokenLookup, type WordTokens } from './word-cuts.js';
export { foldWidth } from './width.js';
