/**
 * A small 全項目評価書 (様式4) snapshot built exactly per FORMS.md, for the downstream stages
 * (diff, reconciliation, report, export, search, show) while the parser's fixtures are elsewhere:
 * two files, three 委託事項 and two 提供先 in file (1), two 委託事項 in file (2), two システム,
 * リスク blocks with sub-labelled items in Ⅲ, and Ⅳ-1 with an item below a choice. Texts invented.
 * Ids are derived from the paths by FORMS.md's rules (`idOfPath`), as the parser derives them.
 */
import type {
  ChangeHistoryRow,
  FieldType,
  FieldValueData,
  Snapshot,
  SnapshotField,
} from '../../src/types.js';

const SECTION_IDS: Record<string, string> = { Ⅰ: 'I', Ⅱ: 'II', Ⅲ: 'III', Ⅳ: 'IV', Ⅴ: 'V', Ⅵ: 'VI' };
const BLOCKS: Record<string, string> = {
  システム: 's',
  委託事項: 'e',
  提供先: 'p',
  移転先: 't',
  リスク: 'r',
};
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** FORMS.md: section Ⅰ… → I…, file `(1) …` → f1, group `3.` → 3, blocks → sN/eN/pN/tN/rN, ① → 1, else the text without spaces. */
export function idOfPath(path: readonly string[]): string {
  return path
    .map((element, depth) => {
      if (depth === 0) return SECTION_IDS[element[0] ?? ''] ?? element;
      const file = /^\((\d+)\)/u.exec(element);
      if (file && depth === 1) return `f${file[1]}`;
      const group = /^(\d+)\./u.exec(element);
      if (group) return group[1];
      const block = /^(システム|委託事項|提供先|移転先|リスク)(\d+)/u.exec(element);
      if (block) return `${BLOCKS[block[1] ?? '']}${block[2]}`;
      const circled = CIRCLED.indexOf(element[0] ?? '');
      if (circled >= 0) return String(circled + 1);
      return element.replace(/\s+/gu, '');
    })
    .join('.');
}

/** One field spec: its path, type and value (choice: with options). */
export interface FieldSpec {
  path: string[];
  type?: FieldType;
  value: FieldValueData;
  options?: string[];
  count?: number;
}

function toField(spec: FieldSpec, page: number): SnapshotField {
  const type = spec.type ?? 'text';
  const field: SnapshotField = {
    label: spec.path[spec.path.length - 1] ?? '',
    type,
    raw: Array.isArray(spec.value) ? spec.value.join('\n') : String(spec.value ?? ''),
    value: spec.value,
    path: [...spec.path],
    page,
  };
  if (spec.options) {
    field.options = spec.options;
    field.option = typeof spec.value === 'string' ? spec.options.indexOf(spec.value) + 1 || null : null;
  }
  if (spec.count !== undefined) field.count = spec.count;
  return field;
}

/** Section Ⅱ's heading as printed: the first element of every Ⅱ path. */
export const II = 'Ⅱ 特定個人情報ファイルの概要';
const III = 'Ⅲ 特定個人情報ファイルの取扱いプロセスにおけるリスク対策';
export const FILE1 = '(1) 住民基本台帳ファイル';
export const FILE2 = '(2) 国民健康保険ファイル';
/** The 委託 group of Ⅱ, in every file. */
export const ITAKU = '4. 特定個人情報ファイルの取扱いの委託';
const SAI = ['再委託する', '再委託しない'];

/** The fields of one 委託事項 block of a file. */
export function itakuBlock(
  file: string,
  n: number,
  content: string,
  company: string,
  sai = '再委託しない',
): FieldSpec[] {
  const block = [II, file, ITAKU, `委託事項${n}`];
  return [
    { path: [...block], value: content },
    { path: [...block, '①委託内容'], value: `${content}に係る業務一式` },
    { path: [...block, '⑥委託先名'], value: company },
    { path: [...block, '⑦再委託の有無'], type: 'choice', value: sai, options: SAI },
  ];
}

function teikyoBlock(n: number, basis: string, use: string): FieldSpec[] {
  const block = [II, FILE1, '5. 特定個人情報の提供・移転(委託に伴うものを除く。)', `提供先${n}`];
  return [
    { path: [...block, '①法令上の根拠'], value: basis },
    { path: [...block, '②提供先における用途'], value: use },
  ];
}

const ENOUGH = ['特に力を入れている', '十分である', '課題が残されている'];

function riskBlocks(file: string): FieldSpec[] {
  const group = [III, file, '3. 特定個人情報の使用'];
  const r1 = [...group, 'リスク1: 目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク'];
  const r2 = [
    ...group,
    'リスク2: 権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスク',
  ];
  return [
    { path: [...r1, '宛名システム等における措置の内容'], value: '事務に必要な情報のみと紐付ける。' },
    { path: [...r1, 'リスクへの対策は十分か'], type: 'choice', value: '十分である', options: ENOUGH },
    {
      path: [...r2, 'ユーザ認証の管理'],
      type: 'choice',
      value: '行っている',
      options: ['行っている', '行っていない'],
    },
    { path: [...r2, 'ユーザ認証の管理', '具体的な管理方法'], value: 'ID とパスワードによる認証を行う。' },
    {
      path: [...r2, 'アクセス権限の発行・失効の管理'],
      type: 'choice',
      value: '行っている',
      options: ['行っている', '行っていない'],
    },
    {
      path: [...r2, 'アクセス権限の発行・失効の管理', '具体的な管理方法'],
      value: '人事異動の都度、権限を見直す。',
    },
    { path: [...r2, 'リスクへの対策は十分か'], type: 'choice', value: '十分である', options: ENOUGH },
  ];
}

/** Every field of version 1, in printed order. */
export function zenkomokuSpecs(): FieldSpec[] {
  const I = 'Ⅰ 基本情報';
  const systems = [I, '2. 特定個人情報ファイルを取り扱う事務において使用するシステム'];
  const users = ['10人未満', '10人以上50人未満', '50人以上100人未満', '100人以上500人未満'];
  return [
    { path: [I, '1. 特定個人情報ファイルを取り扱う事務', '①事務の名称'], value: '住民基本台帳に関する事務' },
    { path: [...systems, 'システム1', '①システムの名称'], value: '住民記録システム' },
    { path: [...systems, 'システム1', '②システムの機能'], value: '住民票の記載、消除及び証明書の交付' },
    { path: [...systems, 'システム2', '①システムの名称'], value: '宛名システム' },
    { path: [...systems, 'システム2', '②システムの機能'], value: '宛名番号の付番' },
    { path: [II, FILE1, '3. 特定個人情報の入手・使用', '⑦使用の主体', '使用部署'], value: '市民課' },
    {
      path: [II, FILE1, '3. 特定個人情報の入手・使用', '⑦使用の主体', '使用者数'],
      type: 'choice',
      value: '50人以上100人未満',
      options: users,
    },
    {
      path: [II, FILE1, ITAKU, '委託の有無'],
      type: 'choice',
      value: '委託する',
      options: ['委託する', '委託しない'],
      count: 3,
    },
    ...itakuBlock(FILE1, 1, '住民記録システムの運用保守', '株式会社あおば情報'),
    ...itakuBlock(FILE1, 2, '証明書コンビニ交付', '地方公共団体情報システム機構', '再委託する'),
    ...itakuBlock(FILE1, 3, '住民票の写し等の郵送請求受付', '株式会社みどり事務センター'),
    ...teikyoBlock(1, '番号法第19条第8号 別表第二の1の項', '健康保険法による保険給付の支給'),
    ...teikyoBlock(2, '番号法第19条第8号 別表第二の2の項', '船員保険法による保険給付の支給'),
    {
      path: [II, FILE2, ITAKU, '委託の有無'],
      type: 'choice',
      value: '委託する',
      options: ['委託する', '委託しない'],
      count: 2,
    },
    ...itakuBlock(FILE2, 1, '国保総合システムの運用保守', '株式会社しらかば'),
    ...itakuBlock(FILE2, 2, '保険証の印刷及び封入封緘', '株式会社やまぶき印刷'),
    ...riskBlocks(FILE1),
    ...riskBlocks(FILE2),
    {
      path: ['Ⅳ その他のリスク対策', '1. 監査', '②監査'],
      type: 'choice',
      value: '十分に行っている',
      options: ['特に力を入れて行っている', '十分に行っている', '十分に行っていない'],
    },
    { path: ['Ⅳ その他のリスク対策', '1. 監査', '②監査', '具体的な内容'], value: '年1回、内部監査を行う。' },
  ];
}

/** The snapshot of a version: cover fields (catalogue ids), the body by path, the 変更箇所 rows. */
export function zenkomokuSnapshot(
  specs: readonly FieldSpec[],
  options: { publishedOn: string; sha256: string; history?: ChangeHistoryRow[] },
): Snapshot {
  const fields: Record<string, SnapshotField> = {
    'cover.organization': toField({ path: ['表紙', '評価実施機関名'], value: '架空市長' }, 1),
    'cover.number': toField({ path: ['表紙', '評価書番号'], value: '1' }, 1),
    'cover.title': toField({ path: ['表紙', '評価書名'], value: '住民基本台帳に関する事務 全項目評価書' }, 1),
    'cover.publishedOn': toField({ path: ['表紙', '公表日'], type: 'date', value: options.publishedOn }, 1),
  };
  specs.forEach((spec, i) => {
    fields[idOfPath(spec.path)] = toField(spec, 2 + Math.floor(i / 10));
  });
  return {
    schema: 'pia-snapshot/1',
    source: { sha256: options.sha256, pages: 40 },
    form: { kind: 'zenkomoku', label: '全項目評価書', edition: '令和6年10月 様式4' },
    fields,
    changeHistory: options.history ?? [],
    warnings: [],
  };
}

/** A 変更箇所 row dated in 令和7年. */
export function historyRow(item: string, before: string, after: string): ChangeHistoryRow {
  return {
    page: 40,
    date: '2025-10-01',
    dateRaw: '令和7年10月1日',
    item,
    before,
    after,
    timing: '事後',
    explanation: '重要な変更に当たらない',
    sameAsAbove: [],
  };
}

/** Replace the value of the field at `path` in a copy of the specs. */
export function withValue(
  specs: readonly FieldSpec[],
  path: readonly string[],
  value: FieldValueData,
): FieldSpec[] {
  const key = path.join('\u0000');
  return specs.map((s) => (s.path.join('\u0000') === key ? { ...s, value } : s));
}

/**
 * The 委託事項 blocks of file (1) with one inserted at position `at` (1-based): every later block
 * renumbered, its content unchanged.
 */
export function withInsertedItaku(
  specs: readonly FieldSpec[],
  at: number,
  inserted: FieldSpec[],
): FieldSpec[] {
  const isItaku = (s: FieldSpec): number | undefined => {
    if (s.path[1] !== FILE1 || s.path[2] !== ITAKU) return undefined;
    const m = /^委託事項(\d+)$/u.exec(s.path[3] ?? '');
    return m ? Number(m[1]) : undefined;
  };
  const out: FieldSpec[] = [];
  let done = false;
  for (const s of specs) {
    const n = isItaku(s);
    if (n !== undefined && n >= at && !done) {
      out.push(...inserted);
      done = true;
    }
    if (n !== undefined && n >= at) {
      const path = [...s.path];
      path[3] = `委託事項${n + 1}`;
      out.push({ ...s, path });
    } else out.push(s);
  }
  return out;
}

/** The path of a file's 委託 group, of its `委託事項N` block, or of an item in that block. */
export function itakuPath(file: string, block?: number, ...below: string[]): string[] {
  return [II, file, ITAKU, ...(block === undefined ? [] : [`委託事項${block}`, ...below])];
}

/**
 * The shared setup of the diff and report tests of a 全項目評価書: version 1's specs (`base`)
 * and its snapshot (公表日 2025-04-01), and a maker of later versions (公表日 2025-10-01) whose
 * sha256 repeats `mark`, so each test's versions are told apart.
 */
export function zenkomokuFamily(): {
  base: FieldSpec[];
  v1: Snapshot;
  later: (specs: readonly FieldSpec[], mark: string, history?: ChangeHistoryRow[]) => Snapshot;
} {
  const base = zenkomokuSpecs();
  return {
    base,
    v1: zenkomokuSnapshot(base, { publishedOn: '2025-04-01', sha256: 'a'.repeat(64) }),
    later: (specs, mark, history) =>
      zenkomokuSnapshot(specs, {
        publishedOn: '2025-10-01',
        sha256: mark.repeat(64),
        ...(history === undefined ? {} : { history }),
      }),
  };
}
