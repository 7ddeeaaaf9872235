/**
 * 基礎項目評価書 様式2, edition 令和6年10月 (docs/kiso-r6.md): every field as
 * data. Labels are spelled exactly as the form prints them (full-width numbering kept); matching
 * folds width and spacing, so a producer's `1.` or `１．` both find them.
 */
import { KISO_SECTION_IV_FIELDS } from './kiso-r6-risk.js';
import { numberedOptions } from './options.js';
import type { CatalogueField, CatalogueSection, FormCatalogue } from './types.js';

/** The cover page and sections Ⅰ–Ⅳ of 様式2. */
export const KISO_SECTIONS: CatalogueSection[] = [
  { id: 'cover', numeral: '', title: '' },
  { id: 'I', numeral: 'Ⅰ', title: '関連情報' },
  { id: 'II', numeral: 'Ⅱ', title: 'しきい値判断項目' },
  { id: 'III', numeral: 'Ⅲ', title: 'しきい値判断結果' },
  { id: 'IV', numeral: 'Ⅳ', title: 'リスク対策' },
];

/** 表紙: header cells with the value below (番号/名/宣言) or to the right. */
export const KISO_COVER_FIELDS: CatalogueField[] = [
  {
    id: 'cover.number',
    section: 'cover',
    type: 'text',
    label: '評価書番号',
    subLabel: '評価書番号',
    valueAt: 'below',
  },
  {
    id: 'cover.title',
    section: 'cover',
    type: 'text',
    label: '評価書名',
    subLabel: '評価書名',
    valueAt: 'below',
  },
  {
    id: 'cover.declaration',
    section: 'cover',
    type: 'text',
    label: '個人のプライバシー等の権利利益の保護の宣言',
    subLabel: '個人のプライバシー等の権利利益の保護の宣言',
    valueAt: 'below',
  },
  { id: 'cover.specialNotes', section: 'cover', type: 'text', label: '特記事項', subLabel: '特記事項' },
  {
    id: 'cover.organization',
    section: 'cover',
    type: 'text',
    label: '評価実施機関名',
    subLabel: '評価実施機関名',
  },
  { id: 'cover.publishedOn', section: 'cover', type: 'date', label: '公表日', subLabel: '公表日' },
];

const G1 = '１．特定個人情報ファイルを取り扱う事務';
const G3 = '３．個人番号の利用';
const G4 = '４．情報提供ネットワークシステムによる情報連携';
const G5 = '５．評価実施機関における担当部署';
const G7 = '７．特定個人情報の開示・訂正・利用停止請求';
const G8 = '８．特定個人情報ファイルの取扱いに関する問合せ';
const G9 = '９．規則第９条第２項の適用';

/** Ⅰ 関連情報 (unchanged since the first 様式2 as far as the published documents show). */
export const KISO_SECTION_I_FIELDS: CatalogueField[] = [
  { id: 'I.1.1', section: 'I', type: 'text', label: `${G1} ①事務の名称`, group: G1, subLabel: '①事務の名称' },
  { id: 'I.1.2', section: 'I', type: 'text', label: '②事務の概要', group: G1, subLabel: '②事務の概要' },
  {
    id: 'I.1.3',
    section: 'I',
    type: 'list',
    label: '③システムの名称',
    group: G1,
    subLabel: '③システムの名称',
  },
  {
    id: 'I.2',
    section: 'I',
    type: 'list',
    label: '２．特定個人情報ファイル名',
    group: '２．特定個人情報ファイル名',
  },
  { id: 'I.3', section: 'I', type: 'text', label: `${G3} 法令上の根拠`, group: G3, subLabel: '法令上の根拠' },
  {
    id: 'I.4.1',
    section: 'I',
    type: 'choice',
    label: `${G4} ①実施の有無`,
    group: G4,
    subLabel: '①実施の有無',
    options: numberedOptions('実施する', '実施しない', '未定'),
  },
  { id: 'I.4.2', section: 'I', type: 'text', label: '②法令上の根拠', group: G4, subLabel: '②法令上の根拠' },
  { id: 'I.5.1', section: 'I', type: 'text', label: `${G5} ①部署`, group: G5, subLabel: '①部署' },
  // Before the 平成30年5月 revision the form asked for the head's name: `②所属長`.
  {
    id: 'I.5.2',
    section: 'I',
    type: 'text',
    label: '②所属長の役職名',
    group: G5,
    subLabel: '②所属長の役職名',
    altLabels: ['②所属長'],
  },
  { id: 'I.6', section: 'I', type: 'text', label: '６．他の評価実施機関', group: '６．他の評価実施機関' },
  { id: 'I.7', section: 'I', type: 'text', label: `${G7} 請求先`, group: G7, subLabel: '請求先' },
  { id: 'I.8', section: 'I', type: 'text', label: `${G8} 連絡先`, group: G8, subLabel: '連絡先' },
  { id: 'I.9', section: 'I', type: 'check', label: `${G9} ［ ］適用した`, group: G9, boxLabel: '適用した' },
  {
    id: 'I.9.reason',
    section: 'I',
    type: 'text',
    label: '適用した理由',
    group: G9,
    subLabel: '適用した理由',
  },
];

const GII1 = '１．対象人数';
const GII2 = '２．取扱者数';
const GII3 = '３．重大事故';

/** Ⅱ しきい値判断項目. */
export const KISO_SECTION_II_FIELDS: CatalogueField[] = [
  {
    id: 'II.1',
    section: 'II',
    type: 'choice',
    label: `${GII1} 評価対象の事務の対象人数は何人か`,
    group: GII1,
    subLabel: '評価対象の事務の対象人数は何人か',
    options: numberedOptions(
      '1,000人未満（任意実施）',
      '1,000人以上1万人未満',
      '1万人以上10万人未満',
      '10万人以上30万人未満',
      '30万人以上',
    ),
  },
  {
    id: 'II.1.asOf',
    section: 'II',
    type: 'date',
    label: 'いつ時点の計数か',
    group: GII1,
    subLabel: 'いつ時点の計数か',
  },
  {
    id: 'II.2',
    section: 'II',
    type: 'choice',
    label: `${GII2} 特定個人情報ファイル取扱者数は500人以上か`,
    group: GII2,
    subLabel: '特定個人情報ファイル取扱者数は500人以上か',
    options: numberedOptions('500人以上', '500人未満'),
  },
  {
    id: 'II.2.asOf',
    section: 'II',
    type: 'date',
    label: 'いつ時点の計数か',
    group: GII2,
    subLabel: 'いつ時点の計数か',
  },
  {
    id: 'II.3',
    section: 'II',
    type: 'choice',
    label: `${GII3} 過去１年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか`,
    group: GII3,
    subLabel: '過去１年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか',
    options: numberedOptions('発生あり', '発生なし'),
  },
];

/** Ⅲ しきい値判断結果: one free-text cell. */
export const KISO_SECTION_III_FIELDS: CatalogueField[] = [
  { id: 'III', section: 'III', type: 'text', label: 'しきい値判断結果', subLabel: 'しきい値判断結果' },
];

/** 基礎項目評価書 様式2, 令和6年10月. */
export const KISO_R6: FormCatalogue = {
  id: 'kiso-r6',
  kind: 'kiso',
  edition: '令和6年10月 様式2',
  description: '基礎項目評価書 様式2 (令和6年10月); also used for unrecognised 基礎項目評価書 editions',
  sections: KISO_SECTIONS,
  fields: [
    ...KISO_COVER_FIELDS,
    ...KISO_SECTION_I_FIELDS,
    ...KISO_SECTION_II_FIELDS,
    ...KISO_SECTION_III_FIELDS,
    ...KISO_SECTION_IV_FIELDS,
  ],
};
