/**
 * A hand-built 基礎項目評価書 (様式2, 令和6年10月) as PageCells, laid out like the 熊谷市 document:
 * header rows, group headings as full-width rows or as tall cells left of their questions,
 * answers beside ＜選択肢＞ lists, a bracket split into cells, boxes in the heading's cell or in a
 * cell of their own, and a 変更箇所 table quoting labels. Values are short forms of the seed's.
 */
import type { PageCells } from '../../src/parse/cells/cell.js';
import { layoutRows, pageCells, type CellSpec, type RowCell } from './cells.js';

const R3 = '＜選択肢＞\n1) 特に力を入れている\n2) 十分である\n3) 課題が残されている';
const L = 130; // label column width
const A = 150; // answer column width

function free(text: string, y: number): CellSpec {
  return { text, x0: 40, y0: y, x1: 40 + [...text].length * 10, y1: y + 14, ruled: false };
}

/** A tall group cell left of its question rows (`１．対象人数` spanning two rows). */
function groupBlock(group: string, rows: RowCell[][], y: number): CellSpec[] {
  const inner = layoutRows(rows, { x: 140, y, width: 415 });
  const bottom = Math.max(...inner.map((c) => c.y1));
  return [{ text: group, x0: 40, y0: y, x1: 140, y1: bottom }, ...inner];
}

function bottomOf(specs: readonly CellSpec[]): number {
  return Math.max(...specs.map((s) => s.y1));
}

/** Stack blocks of specs downwards from y. */
function stack(y: number, ...blocks: ((y: number) => CellSpec[])[]): CellSpec[] {
  const out: CellSpec[] = [];
  let at = y;
  for (const block of blocks) {
    const specs = block(at);
    out.push(...specs);
    at = bottomOf(specs);
  }
  return out;
}

const rows = (r: RowCell[][]) => (y: number) => layoutRows(r, { y });
const group = (g: string, r: RowCell[][]) => (y: number) => groupBlock(g, r, y);

function coverPage(): PageCells {
  return pageCells(1, [
    free('特定個人情報保護評価書（基礎項目評価書）', 30),
    ...layoutRows(
      [
        [['評価書番号', 100], '評価書名'],
        [['8', 100], '国民健康保険に関する事務　基礎項目評価書'],
        ['個人のプライバシー等の権利利益の保護の宣言'],
        ['熊谷市は、国民健康保険に関する事務の特定個人情報ファイルの取扱い\nにあたり、宣言する。'],
        [['特記事項', 100], 'なし'],
        [['評価実施機関名', 100], '熊谷市長'],
        [['公表日', 100], '令和7年5月30日'],
      ],
      { y: 60 },
    ),
    free('[令和６年10月　様式２]', 400),
  ]);
}

function sectionIPages(): PageCells[] {
  const p2 = [
    free('Ⅰ　関連情報', 30),
    ...layoutRows(
      [
        ['１．特定個人情報ファイルを取り扱う事務'],
        [['①事務の名称', L], '国民健康保険に関する事務'],
        [
          ['②事務の概要', L],
          '熊谷市は、特定個人情報を以下の事務で取り扱う。\n\n・国民健康保険被保険者の資格に関すること。',
        ],
        [
          ['③システムの名称', L],
          '１．国民健康保険税システム\n２．国保資格管理システム\n１２．医療保険者等向け中間サーバー（※国保\n中央会）',
        ],
        ['２．特定個人情報ファイル名'],
        ['（１）国民健康保険税賦課情報ファイル\n（２）国民健康保険資格管理ファイル'],
        ['３．個人番号の利用'],
        [['法令上の根拠', L], '１　個人番号利用の根拠\n①番号利用法第9条第1項'],
        ['４．情報提供ネットワークシステムによる情報連携'],
        [['①実施の有無', L], ['[ 実施する ]', A], '＜選択肢＞\n1) 実施する\n2) 実施しない\n3) 未定'],
        [['②法令上の根拠', L], '１　情報提供ネットワークシステムを使用した情報連携の根拠'],
      ],
      { y: 50 },
    ),
  ];
  const p3 = layoutRows([
    ['５．評価実施機関における担当部署'],
    [['①部署', L], '市民部　保険年金課、総務部　納税課'],
    [['②所属長の役職名', L], '課長'],
    ['６．他の評価実施機関'],
    ['－'],
    ['７．特定個人情報の開示・訂正・利用停止請求'],
    [['請求先', L], '郵便番号360-8601\n熊谷市総務部庶務課行政係'],
    ['８．特定個人情報ファイルの取扱いに関する問合せ'],
    [['連絡先', L], '郵便番号360-8601\n熊谷市総務部納税課'],
    ['９．規則第９条第２項の適用 ［ ］適用した'],
    [['適用した理由', L], ''],
  ]);
  return [pageCells(2, p2), pageCells(3, p3)];
}

function sectionsIIandIIIPage(): PageCells {
  const opts =
    '＜選択肢＞\n1) 1,000人未満（任意実施）\n2) 1,000人以上1万人未満\n3) 1万人以上10万人未満\n4) 10万人以上30万人未満\n5) 30万人以上';
  const specs = stack(
    50,
    group('１．対象人数', [
      [['評価対象の事務の対象人数は何人か', L], ['[ 1万人以上10万人未満 ]', A], opts],
      [['いつ時点の計数か', L], '令和7年4月1日 時点'],
    ]),
    // The answer's brackets drawn as cells of their own.
    group('２．取扱者数', [
      [
        ['特定個人情報ファイル取扱者数は500人以上か', L],
        ['[', 15],
        ['500人未満', A - 30],
        [']', 15],
        '＜選択肢＞\n1) 500人以上 2) 500人未満',
      ],
      [['いつ時点の計数か', L], '令和7年4月1日 時点'],
    ]),
    group('３．重大事故', [
      [
        ['過去１年以内に、評価実施機関において特定個人\n情報に関する重大事故が発生したか', L],
        ['[ 発生あり ]', A],
        '＜選択肢＞\n1) 発生あり 2) 発生なし',
      ],
    ]),
    (y) => [free('Ⅲ　しきい値判断結果', y + 20)],
    (y) =>
      layoutRows([[['しきい値判断結果', L], '基礎項目評価及び重点項目評価の実施が義務付けられる']], {
        y: y + 10,
      }),
  );
  return pageCells(4, [free('Ⅱ　しきい値判断項目', 30), ...specs]);
}

function sectionIVPages(): PageCells[] {
  const q = (label: string, answer: string): RowCell[] => [[label, L], [answer, A], R3];
  const p5 = stack(
    50,
    rows([
      [
        ['１．提出する特定個人情報保護評価書の種類', L],
        ['[ 基礎項目評価書及び重点項目評価書 ]', A],
        '＜選択肢＞\n1) 基礎項目評価書\n2) 基礎項目評価書及び重点項目評価書\n3) 基礎項目評価書及び全項目評価書',
      ],
    ]),
    group('２．特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）', [
      q('目的外の入手が行われるリ\nスクへの対策は十分か', '[ 十分である ]'),
    ]),
    group('３．特定個人情報の使用', [
      q(
        '目的を超えた紐付け、事務に\n必要のない情報との紐付けが\n行われるリスクへの対策は十\n分か',
        '[ 十分である ]',
      ),
      q(
        '権限のない者（元職員、アク\nセス権限のない職員等）によっ\nて不正に使用されるリスクへ\nの対策は十分か',
        '[ 課題が残されている ]',
      ),
    ]),
    rows([
      [['４．特定個人情報ファイルの取扱いの委託', 300], '［ ］委託しない'],
      q('委託先における不正な使用\n等のリスクへの対策は十分か', '[ 十分である ]'),
    ]),
    rows([
      [
        '５．特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。） ［ ○ ］提供・移転しない',
      ],
      q('不正な提供・移転が行われる\nリスクへの対策は十分か', '[ ]'),
    ]),
    rows([
      [
        ['６．情報提供ネットワークシステムとの接続', 235],
        '［ ］接続しない（入手）',
        '［ ○ ］接続しない（提供）',
      ],
      q('目的外の入手が行われるリ\nスクへの対策は十分か', '[ 特に力を入れている ]'),
      q('不正な提供が行われるリスク\nへの対策は十分か', '[ 十分である ]'),
    ]),
    group('７．特定個人情報の保管・消去', [
      q('特定個人情報の漏えい・滅\n失・毀損リスクへの対策は十\n分か', '[ 十分である ]'),
    ]),
  );
  const p6 = layoutRows([
    ['８．人手を介在させる作業 ［ ］人手を介在させる作業はない'],
    q('人為的ミスが発生するリスク\nへの対策は十分か', '[ 十分である ]'),
    [
      ['判断の根拠', L],
      '「マイナンバー利用事務におけるガイドライン（デジタル庁）」の留\n意事項等を遵守している。',
    ],
    [['９．監査', 100], ['実施の有無', 100], '[ ○ ］　自己点検　[ ］　内部監査　[ ］　外部監査'],
    [
      ['10．従業者に対する教育・啓発', L],
      ['[ 十分に行っている ]', A],
      '＜選択肢＞\n1) 特に力を入れて行っている\n2) 十分に行っている\n3) 十分に行っていない',
    ],
    ['11．最も優先度が高いと考えられる対策 ［ ○ ］全項目評価又は重点項目評価を実施する'],
    [
      ['最も優先度が高いと考えられ\nる対策', L],
      ['[ ]', A],
      '＜選択肢＞\n 1)　目的外の入手が行われるリスクへの対策\n 9)　従業者に対する教育・啓発',
    ],
    [['当該対策は十分か【再掲】', L], ['[  ]', A], R3],
    [['判断の根拠', L], ''],
  ]);
  return [pageCells(5, [free('Ⅳ　リスク対策', 30), ...p5]), pageCells(6, p6)];
}

function historyPage(): PageCells {
  return pageCells(7, [
    free('変更箇所', 30),
    ...layoutRows(
      [
        ['変更日', '項目', '変更前の記載', '変更後の記載', '提出時期', '提出時期に係る説明'],
        [
          '令和7年5月30日',
          'Ⅱしきい値判断項目　３．重大事故',
          '発生なし',
          '発生あり',
          '事後',
          'しきい値判断結果の変更のため',
        ],
        ['令和7年4月1日', '判断の根拠', '－', '（右記の内容を追記）', '事後', ''],
      ],
      { y: 50 },
    ),
  ]);
}

/** The whole hand-built document, page 1 (cover) to page 7 (変更箇所). */
export function buildKisoDocument(): PageCells[] {
  return [coverPage(), ...sectionIPages(), sectionsIIandIIIPage(), ...sectionIVPages(), historyPage()];
}

/** What the parser must read from {@link buildKisoDocument}: value and, for choices, option. */
export const KISO_DOCUMENT_VALUES: Record<string, { value: unknown; option?: number | null }> = {
  'cover.number': { value: '8' },
  'cover.title': { value: '国民健康保険に関する事務 基礎項目評価書' },
  'cover.declaration': {
    value: '熊谷市は、国民健康保険に関する事務の特定個人情報ファイルの取扱い\nにあたり、宣言する。',
  },
  'cover.specialNotes': { value: 'なし' },
  'cover.organization': { value: '熊谷市長' },
  'cover.publishedOn': { value: '2025-05-30' },
  'I.1.1': { value: '国民健康保険に関する事務' },
  'I.1.2': {
    value: '熊谷市は、特定個人情報を以下の事務で取り扱う。\n\n・国民健康保険被保険者の資格に関すること。',
  },
  'I.1.3': {
    value: ['国民健康保険税システム', '国保資格管理システム', '医療保険者等向け中間サーバー(※国保中央会)'],
  },
  'I.2': { value: ['国民健康保険税賦課情報ファイル', '国民健康保険資格管理ファイル'] },
  'I.3': { value: '1 個人番号利用の根拠\n①番号利用法第9条第1項' },
  'I.4.1': { value: '実施する', option: 1 },
  'I.4.2': { value: '1 情報提供ネットワークシステムを使用した情報連携の根拠' },
  'I.5.1': { value: '市民部 保険年金課、総務部 納税課' },
  'I.5.2': { value: '課長' },
  'I.6': { value: '-' },
  'I.7': { value: '郵便番号360-8601\n熊谷市総務部庶務課行政係' },
  'I.8': { value: '郵便番号360-8601\n熊谷市総務部納税課' },
  'I.9': { value: false },
  'I.9.reason': { value: '' },
  'II.1': { value: '1万人以上10万人未満', option: 3 },
  'II.1.asOf': { value: '2025-04-01' },
  'II.2': { value: '500人未満', option: 2 },
  'II.2.asOf': { value: '2025-04-01' },
  'II.3': { value: '発生あり', option: 1 },
  III: { value: '基礎項目評価及び重点項目評価の実施が義務付けられる' },
  'IV.1': { value: '基礎項目評価書及び重点項目評価書', option: 2 },
  'IV.2': { value: '十分である', option: 2 },
  'IV.3.1': { value: '十分である', option: 2 },
  'IV.3.2': { value: '課題が残されている', option: 3 },
  'IV.4': { value: false },
  'IV.4.1': { value: '十分である', option: 2 },
  'IV.5': { value: true },
  'IV.5.1': { value: null, option: null },
  'IV.6': { value: ['接続しない（提供）'] },
  'IV.6.1': { value: '特に力を入れている', option: 1 },
  'IV.6.2': { value: '十分である', option: 2 },
  'IV.7': { value: '十分である', option: 2 },
  'IV.8': { value: false },
  'IV.8.1': { value: '十分である', option: 2 },
  'IV.8.basis': {
    value: '「マイナンバー利用事務におけるガイドライン(デジタル庁)」の留\n意事項等を遵守している。',
  },
  'IV.9': { value: ['自己点検'] },
  'IV.10': { value: '十分に行っている', option: 2 },
  'IV.11': { value: true },
  'IV.11.measure': { value: null, option: null },
  'IV.11.adequacy': { value: null, option: null },
  'IV.11.basis': { value: '' },
};
