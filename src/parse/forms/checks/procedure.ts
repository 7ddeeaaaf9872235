/**
 * 評価実施手続 of a 全項目評価書 by a 地方公共団体 (FORMS.md): 国民・住民等からの意見の聴取 runs 30 days
 * or more unless a 期間を短縮する特段の理由 is given, and 第三者点検 has a 実施日 on or before 公表日.
 * A 行政機関等 prints a 個人情報保護委員会 承認日 on its cover instead: then neither rule applies.
 */
import { parseJapaneseDate } from '../../../normalize/index.js';
import type { ParseWarning, ParseWarningCode, SnapshotField } from '../../../types.js';
import { findByPath, type Fields } from './find.js';

/** The minimum 意見聴取 period of the 特定個人情報保護評価指針, in days counted inclusively. */
const MIN_HEARING_DAYS = 30;
const DAY_MS = 86_400_000;
/** A printed date inside a longer text: era or Western, day required. */
const DATE_IN_TEXT =
  /(?:令和|平成|[RH])\s*(?:元|\d{1,2})\s*[年.]\s*\d{1,2}\s*[月.]\s*\d{1,2}\s*日?|\d{4}\s*[/年.-]\s*\d{1,2}\s*[/月.-]\s*\d{1,2}\s*日?/gu;

/** Is the evaluator a 行政機関等 (a 承認日 printed), to which these rules do not apply? */
function isNationalBody(fields: Fields): boolean {
  const approved = fields['cover.approvedOn']?.value;
  return typeof approved === 'string' && approved !== '';
}

function datesIn(text: string): string[] {
  return [...text.matchAll(DATE_IN_TEXT)]
    .map((m) => parseJapaneseDate(m[0]))
    .flatMap((d) => (d.ok && d.precision === 'day' ? [d.iso] : []));
}

function textOf(field: SnapshotField | undefined): string {
  return typeof field?.value === 'string' ? field.value : '';
}

function warning(code: ParseWarningCode, id: string, field: SnapshotField, message: string): ParseWarning {
  return { code, field: id, ...(field.page ? { page: field.page } : {}), message };
}

/** 意見の聴取 ② 実施日・期間 shorter than 30 days with no ③ reason. */
export function checkHearing(fields: Fields): ParseWarning[] {
  if (isNationalBody(fields)) return [];
  const period = findByPath(fields, /評価実施手続/u, /意見の聴取/u, /実施日・期間|実施日|期間/u);
  if (!period) return [];
  const [id, field] = period;
  const dates = datesIn(textOf(field));
  const [from, to] = [dates[0], dates[dates.length - 1]];
  if (dates.length < 2 || from === undefined || to === undefined) return [];
  const days = Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;
  if (days >= MIN_HEARING_DAYS) return [];
  const reason = findByPath(fields, /評価実施手続/u, /意見の聴取/u, /短縮/u);
  if (reason && textOf(reason[1]).replace(/^[-ー－―\s]*$/u, '') !== '') return [];
  return [
    warning(
      'HEARING_TOO_SHORT',
      id,
      field,
      `${id} (実施日・期間) runs ${days} days (${from} – ${to}), under ${MIN_HEARING_DAYS}, and ${reason ? `${reason[0]} (期間を短縮する特段の理由) is empty` : 'no 期間を短縮する特段の理由 is printed'}`,
    ),
  ];
}

/** 第三者点検 ① 実施日 missing, not a date, or after cover.publishedOn. */
export function checkThirdParty(fields: Fields): ParseWarning[] {
  if (isNationalBody(fields)) return [];
  const hit = findByPath(fields, /評価実施手続/u, /第三者点検/u, /実施日/u);
  const published = fields['cover.publishedOn'];
  if (!hit) {
    const group = findByPath(fields, /評価実施手続/u, /第三者点検/u);
    if (!group) return [];
    return [
      warning('THIRD_PARTY_CHECK_DATE', group[0], group[1], `${group[0]}: 第三者点検 prints no 実施日`),
    ];
  }
  const [id, field] = hit;
  const dates =
    field.type === 'date' && typeof field.value === 'string' ? [field.value] : datesIn(textOf(field));
  const done = dates[dates.length - 1];
  if (done === undefined)
    return [
      warning(
        'THIRD_PARTY_CHECK_DATE',
        id,
        field,
        `${id} (第三者点検 実施日): expected a date, found 「${field.raw}」`,
      ),
    ];
  const on = typeof published?.value === 'string' ? published.value : '';
  if (on === '' || done <= on) return [];
  return [
    warning(
      'THIRD_PARTY_CHECK_DATE',
      id,
      field,
      `${id} (第三者点検 実施日 ${done}) is after cover.publishedOn (公表日 ${on}): the 第三者点検 must come before publication`,
    ),
  ];
}
