/**
 * しきい値判断結果 vs the form submitted (FORMS.md): a 全項目評価書 whose 評価実施手続 1 ②
 * しきい値判断結果 names 基礎項目評価 only (or 重点) is inconsistent; a 重点項目評価書 likewise.
 */
import type { ParseWarning } from '../../../types.js';
import { classifyThresholdResult, type RequiredAssessment } from '../../fields/thresholds.js';
import { findByPath, type Fields } from './find.js';

const REQUIRED: Record<'juten' | 'zenkomoku', RequiredAssessment> = {
  juten: 'kiso+juten',
  zenkomoku: 'kiso+zenkomoku',
};
const FORM_NAMES = { juten: '重点項目評価書', zenkomoku: '全項目評価書' };

/** Warn when the しきい値判断結果 printed requires another form than this one. */
export function checkSubmittedForm(fields: Fields, kind: 'juten' | 'zenkomoku'): ParseWarning[] {
  const hit = findByPath(fields, /評価実施手続/u, /しきい値判断結果/u);
  if (!hit) return [];
  const [id, field] = hit;
  if (typeof field.value !== 'string' || field.value === '') return [];
  const stated = classifyThresholdResult(field.value);
  if (stated === null || stated === REQUIRED[kind]) return [];
  return [
    {
      code: 'THRESHOLD_MISMATCH',
      field: id,
      ...(field.page ? { page: field.page } : {}),
      message: `${id} (しきい値判断結果) says 「${field.value}」, but the document is a ${FORM_NAMES[kind]} (form.kind ${kind})`,
    },
  ];
}
