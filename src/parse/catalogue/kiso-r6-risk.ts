/**
 * Ⅳ リスク対策 of 基礎項目評価書 様式2 (令和6年10月): the section added on 平成31年4月1日. Every
 * question is graded with R3 unless its options say otherwise.
 */
import { numberedOptions, R3 } from './options.js';
import type { CatalogueField } from './types.js';

const GIV2 = '２．特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）';
const GIV3 = '３．特定個人情報の使用';
const GIV4 = '４．特定個人情報ファイルの取扱いの委託';
const GIV5 = '５．特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）';
const GIV6 = '６．情報提供ネットワークシステムとの接続';
const GIV7 = '７．特定個人情報の保管・消去';
const GIV8 = '８．人手を介在させる作業';
const GIV9 = '９．監査';
const GIV10 = '10．従業者に対する教育・啓発';
const GIV11 = '11．最も優先度が高いと考えられる対策';

/** A R3-graded question under a group heading. */
function riskQuestion(id: string, group: string, subLabel: string, withGroup: boolean): CatalogueField {
  const label = withGroup ? `${group} ${subLabel}` : subLabel;
  return { id, section: 'IV', type: 'choice', label, group, subLabel, options: R3 };
}

/** Ⅳ リスク対策 (added to 様式2 from 平成31年4月1日). */
export const KISO_SECTION_IV_FIELDS: CatalogueField[] = [
  {
    id: 'IV.1',
    section: 'IV',
    type: 'choice',
    label: '１．提出する特定個人情報保護評価書の種類',
    group: '１．提出する特定個人情報保護評価書の種類',
    options: numberedOptions(
      '基礎項目評価書',
      '基礎項目評価書及び重点項目評価書',
      '基礎項目評価書及び全項目評価書',
    ),
  },
  riskQuestion('IV.2', GIV2, '目的外の入手が行われるリスクへの対策は十分か', true),
  riskQuestion(
    'IV.3.1',
    GIV3,
    '目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスクへの対策は十分か',
    true,
  ),
  riskQuestion(
    'IV.3.2',
    GIV3,
    '権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスクへの対策は十分か',
    false,
  ),
  {
    id: 'IV.4',
    section: 'IV',
    type: 'check',
    label: `${GIV4} ［ ］委託しない`,
    group: GIV4,
    boxLabel: '委託しない',
  },
  riskQuestion('IV.4.1', GIV4, '委託先における不正な使用等のリスクへの対策は十分か', false),
  {
    id: 'IV.5',
    section: 'IV',
    type: 'check',
    label: `${GIV5} ［ ］提供・移転しない`,
    group: GIV5,
    boxLabel: '提供・移転しない',
  },
  riskQuestion('IV.5.1', GIV5, '不正な提供・移転が行われるリスクへの対策は十分か', false),
  {
    id: 'IV.6',
    section: 'IV',
    type: 'checks',
    label: `${GIV6} ［ ］接続しない（入手） ［ ］接続しない（提供）`,
    group: GIV6,
    options: numberedOptions('接続しない（入手）', '接続しない（提供）'),
  },
  riskQuestion('IV.6.1', GIV6, '目的外の入手が行われるリスクへの対策は十分か', false),
  riskQuestion('IV.6.2', GIV6, '不正な提供が行われるリスクへの対策は十分か', false),
  riskQuestion('IV.7', GIV7, '特定個人情報の漏えい・滅失・毀損リスクへの対策は十分か', true),
  {
    id: 'IV.8',
    section: 'IV',
    type: 'check',
    label: `${GIV8} ［ ］人手を介在させる作業はない`,
    group: GIV8,
    boxLabel: '人手を介在させる作業はない',
  },
  riskQuestion('IV.8.1', GIV8, '人為的ミスが発生するリスクへの対策は十分か', false),
  { id: 'IV.8.basis', section: 'IV', type: 'text', label: '判断の根拠', group: GIV8, subLabel: '判断の根拠' },
  {
    id: 'IV.9',
    section: 'IV',
    type: 'checks',
    label: `${GIV9} 実施の有無 ［ ］自己点検 ［ ］内部監査 ［ ］外部監査`,
    group: GIV9,
    subLabel: '実施の有無',
    options: numberedOptions('自己点検', '内部監査', '外部監査'),
  },
  {
    id: 'IV.10',
    section: 'IV',
    type: 'choice',
    label: GIV10,
    group: GIV10,
    options: numberedOptions('特に力を入れて行っている', '十分に行っている', '十分に行っていない'),
  },
  {
    id: 'IV.11',
    section: 'IV',
    type: 'check',
    label: `${GIV11} ［ ］全項目評価又は重点項目評価を実施する`,
    group: GIV11,
    boxLabel: '全項目評価又は重点項目評価を実施する',
  },
  {
    id: 'IV.11.measure',
    section: 'IV',
    type: 'choice',
    label: '最も優先度が高いと考えられる対策',
    group: GIV11,
    subLabel: '最も優先度が高いと考えられる対策',
    options: numberedOptions(
      '目的外の入手が行われるリスクへの対策',
      '目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスクへの対策',
      '権限のない者によって不正に使用されるリスクへの対策',
      '委託先における不正な使用等のリスクへの対策',
      '不正な提供・移転が行われるリスクへの対策(委託や情報提供ネットワークシステムを通じた提供を除く。)',
      '情報提供ネットワークシステムを通じて目的外の入手が行われるリスクへの対策',
      '情報提供ネットワークシステムを通じて不正な提供が行われるリスクへの対策',
      '特定個人情報の漏えい・滅失・毀損リスクへの対策',
      '従業者に対する教育・啓発',
    ),
  },
  riskQuestion('IV.11.adequacy', GIV11, '当該対策は十分か【再掲】', false),
  {
    id: 'IV.11.basis',
    section: 'IV',
    type: 'text',
    label: '判断の根拠',
    group: GIV11,
    subLabel: '判断の根拠',
  },
];
