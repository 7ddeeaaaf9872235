/**
 * 全項目評価書 (様式4): no field catalogue; the body is read by its printed structure
 * (docs/forms.md), the cover adds 個人情報保護委員会 承認日.
 */
import { structureChecks } from '../checks/index.js';
import { APPROVED_ON_FIELD } from '../cover.js';
import { structuredReader } from '../structured.js';
import type { FormModule } from '../types.js';

/** 様式4. */
export const ZENKOMOKU_MODULE: FormModule = {
  kind: 'zenkomoku',
  label: '全項目評価書',
  formNumber: 4,
  catalogues: [],
  sections: [
    { id: 'I', numeral: 'Ⅰ', title: '基本情報' },
    { id: 'annex1', numeral: '(別添1)', title: '事務の内容' },
    { id: 'II', numeral: 'Ⅱ', title: '特定個人情報ファイルの概要' },
    { id: 'annex2', numeral: '(別添2)', title: '特定個人情報ファイル記録項目' },
    { id: 'III', numeral: 'Ⅲ', title: '特定個人情報ファイルの取扱いプロセスにおけるリスク対策' },
    { id: 'IV', numeral: 'Ⅳ', title: 'その他のリスク対策' },
    { id: 'V', numeral: 'Ⅴ', title: '開示請求、問合せ' },
    { id: 'VI', numeral: 'Ⅵ', title: '評価実施手続' },
    { id: 'annex3', numeral: '(別添3)', title: '変更箇所' },
  ],
  readFields: structuredReader('zenkomoku-cover', [APPROVED_ON_FIELD]),
  checks: structureChecks('zenkomoku'),
};
