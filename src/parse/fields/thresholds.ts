/**
 * The しきい値判断 consistency check: recompute from Ⅱ (対象人数, 取扱者数, 重大事故) which
 * assessments the rules require, and warn (THRESHOLD_MISMATCH) where Ⅲ しきい値判断結果 or
 * Ⅳ.1 (the kind of 評価書 submitted) says otherwise.
 */
import type { ParseWarning, SnapshotField } from '../../types.js';

/** Assessments required (義務付けられる評価): none (任意), 基礎 only, 基礎+重点, 基礎+全項目. */
export type RequiredAssessment = 'none' | 'kiso' | 'kiso+juten' | 'kiso+zenkomoku';

const DESCRIPTION: Record<RequiredAssessment, string> = {
  none: '実施は義務付けられない（任意実施）',
  kiso: '基礎項目評価',
  'kiso+juten': '基礎項目評価及び重点項目評価',
  'kiso+zenkomoku': '基礎項目評価及び全項目評価',
};

/**
 * The rule of the しきい値判断 (特定個人情報保護評価指針): by 対象人数 option (1: under 1,000 … 5: 30万
 * or more) and whether 取扱者数 is 500 or more or a 重大事故 occurred in the past year.
 * Under 1,000 → none; 1,000–1万 → 基礎; 1万–10万 → 基礎, or 基礎+重点 when either flag holds;
 * 10万–30万 → 基礎+重点, or 基礎+全項目 when either flag holds; 30万 or more → 基礎+全項目.
 */
export function requiredAssessment(
  peopleOption: number,
  manyHandlers: boolean,
  seriousAccident: boolean,
): RequiredAssessment {
  const flagged = manyHandlers || seriousAccident;
  switch (peopleOption) {
    case 1:
      return 'none';
    case 2:
      return 'kiso';
    case 3:
      return flagged ? 'kiso+juten' : 'kiso';
    case 4:
      return flagged ? 'kiso+zenkomoku' : 'kiso+juten';
    default:
      return 'kiso+zenkomoku';
  }
}

/** What a Ⅲ しきい値判断結果 text states, or null when it names no assessment. */
export function classifyThresholdResult(text: string): RequiredAssessment | null {
  if (text.includes('全項目評価')) return 'kiso+zenkomoku';
  if (text.includes('重点項目評価')) return 'kiso+juten';
  if (/義務付けられない|任意/u.test(text)) return 'none';
  if (text.includes('基礎項目評価')) return 'kiso';
  return null;
}

/** What Ⅳ.1's option (提出する評価書の種類) states. */
const SUBMITTED: Record<number, RequiredAssessment> = { 1: 'kiso', 2: 'kiso+juten', 3: 'kiso+zenkomoku' };

function optionOf(fields: Record<string, SnapshotField>, id: string): number | null {
  const option = fields[id]?.option;
  return typeof option === 'number' ? option : null;
}

/** The required assessment recomputed from Ⅱ, or null when Ⅱ is incomplete. */
function recompute(fields: Record<string, SnapshotField>): RequiredAssessment | null {
  const people = optionOf(fields, 'II.1');
  const handlers = optionOf(fields, 'II.2');
  const accident = optionOf(fields, 'II.3');
  if (people === null) return null;
  // Only the middle bands depend on 取扱者数 and 重大事故.
  if ((people === 3 || people === 4) && (handlers === null || accident === null)) return null;
  return requiredAssessment(people, handlers === 1, accident === 1);
}

function mismatch(
  field: SnapshotField,
  id: string,
  expected: RequiredAssessment,
  says: string,
): ParseWarning {
  return {
    code: 'THRESHOLD_MISMATCH',
    field: id,
    ...(field.page ? { page: field.page } : {}),
    message: `${id}: Ⅱ しきい値判断項目 require ${DESCRIPTION[expected]}, but the document says 「${says}」`,
  };
}

/** Check Ⅲ and Ⅳ.1 against the assessment Ⅱ requires; no warning when Ⅱ is incomplete. */
export function checkThresholds(fields: Record<string, SnapshotField>): ParseWarning[] {
  const expected = recompute(fields);
  if (expected === null) return [];
  const warnings: ParseWarning[] = [];
  const result = fields['III'];
  if (result && typeof result.value === 'string' && result.value !== '') {
    const stated = classifyThresholdResult(result.value);
    if (stated !== expected) warnings.push(mismatch(result, 'III', expected, result.value));
  }
  const submitted = fields['IV.1'];
  const option = optionOf(fields, 'IV.1');
  if (submitted && option !== null) {
    // Below 1,000 people a 基礎項目評価書 is voluntary but allowed.
    const wanted = expected === 'none' ? 'kiso' : expected;
    if (SUBMITTED[option] !== wanted)
      warnings.push(mismatch(submitted, 'IV.1', expected, String(submitted.value)));
  }
  return warnings;
}
