/**
 * 重点項目評価書 (様式3): no field catalogue; the body is read by its printed structure
 * (docs/forms.md), every edition alike.
 */
import { structureChecks } from '../checks/index.js';
import { structuredReader } from '../structured.js';
import type { FormModule } from '../types.js';

/** 様式3. */
export const JUTEN_MODULE: FormModule = {
  kind: 'juten',
  label: '重点項目評価書',
  formNumber: 3,
  catalogues: [],
  sections: [
    { id: 'I', numeral: 'Ⅰ', title: '基本情報' },
    { id: 'II', numeral: 'Ⅱ', title: '特定個人情報ファイルの概要' },
    { id: 'III', numeral: 'Ⅲ', title: 'リスク対策' },
    { id: 'IV', numeral: 'Ⅳ', title: '開示請求、問合せ' },
    { id: 'V', numeral: 'Ⅴ', title: '評価実施手続' },
  ],
  readFields: structuredReader('juten-cover'),
  checks: structureChecks('juten'),
};
