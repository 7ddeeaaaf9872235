import { parseCommandArgs, parsePositiveInt } from '../args.js';
import { EXIT, exitCodesHelp, type CliIo, type Command } from '../io.js';
import { withStore } from '../with-store.js';
import type { DocumentSummary, VersionSummary } from '../../store/index.js';
import { UsageError } from '../../errors.js';
import type { FieldValueData, Snapshot } from '../../types.js';

const USAGE = `Usage: pia show DOC [--version N] [--db PATH] [--json]

Show one stored version of a document: its fields (項目), version information and sources.
DOC is a document id or organization/number (e.g. 熊谷市長/8; a unique part of the
organisation's name is enough). Without --version the latest version is shown.

Options:
  --version N  the N-th version in 公表日 order (1 = oldest)
  --db PATH    database file (default: $PIA_DB, else ./pia.db)
  --json       print the snapshot (pia-snapshot/1) exactly as stored (docs/snapshot.md)

Examples:
  pia show 熊谷市長/8
  pia show 3 --version 1 --json > v1.json

${exitCodesHelp(['0   shown', '4   no such document or version, or DOC names several (NOT_FOUND, AMBIGUOUS)'])}`;

/** A value for the field list; continuation lines indented by `pad` (the field's depth + 4). */
function formatValue(value: FieldValueData, pad = '      '): string {
  if (value === null) return '(empty)';
  if (typeof value === 'boolean') return value ? '[x]' : '[ ]';
  if (Array.isArray(value))
    return value.length === 0
      ? '(none)'
      : value.map((v) => `\n${pad}- ${v.replace(/\n/g, `\n${pad}  `)}`).join('');
  return value === '' ? '(empty)' : value.replace(/\n/g, `\n${pad}`);
}

/**
 * The fields as the tree of their printed paths (docs/forms.md): each heading once, at its depth,
 * each field under it as `label: value  (id)`. A field without a path is one `id label: value`
 * line at the top level, as before paths existed.
 */
export function renderFieldTree(fields: Snapshot['fields']): string[] {
  const lines: string[] = [];
  let open: string[] = [];
  for (const [id, f] of Object.entries(fields)) {
    const path = f.path ?? [];
    if (path.length === 0) {
      lines.push(`  ${id}  ${f.label}: ${formatValue(f.value)}`);
      open = [];
      continue;
    }
    let same = 0;
    while (same < path.length - 1 && open[same] === path[same]) same++;
    for (let depth = same; depth < path.length - 1; depth++)
      lines.push(`${'  '.repeat(depth + 1)}${path[depth]}`);
    const pad = '  '.repeat(path.length);
    lines.push(`${pad}${path.at(-1)}: ${formatValue(f.value, `${pad}    `)}  (${id})`);
    open = path;
  }
  return lines;
}

/** The header: document identity, version position and provenance. */
export function renderVersionHeader(doc: DocumentSummary, v: VersionSummary, snapshot: Snapshot): string[] {
  return [
    `${doc.organization || '(unknown organisation)'} / ${doc.number}  ${doc.title}`,
    `form: ${snapshot.form.label || snapshot.form.kind} (${snapshot.form.kind}${snapshot.form.edition ? `, ${snapshot.form.edition}` : ''})`,
    `version ${v.number} of ${doc.versions}  公表日 ${v.publishedOn ?? '-'}  pages ${v.pages ?? '-'}  parser ${v.parserVersion}`,
    `sha256 ${v.sha256}`,
    ...v.sources.map((s) => `source ${s.kind} ${s.location} (seen ${s.seenAt})`),
  ];
}

/** A readable field list (the tree of paths, see {@link renderFieldTree}), then counts of 変更箇所 rows and warnings. */
export function renderSnapshotText(doc: DocumentSummary, v: VersionSummary, snapshot: Snapshot): string {
  const count = Object.keys(snapshot.fields).length;
  const warnings = snapshot.warnings.map((w) => `  ${w.code}${w.field ? ` ${w.field}` : ''}: ${w.message}`);
  return [
    ...renderVersionHeader(doc, v, snapshot),
    '',
    `fields (${count}):`,
    ...renderFieldTree(snapshot.fields),
    '',
    `変更箇所: ${snapshot.changeHistory.length} rows`,
    ...(warnings.length > 0 ? ['', `warnings (${warnings.length}):`, ...warnings] : []),
    '',
  ].join('\n');
}

/** `pia show`: one version of one document. */
export const showCommand: Command = {
  name: 'show',
  summary: 'show one stored version of a document (fields, sources), or its snapshot JSON',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      db: { type: 'string' },
      version: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    const [ref, extra] = positionals;
    if (ref === undefined) throw new UsageError('expected a document: an id or organization/number');
    if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
    const versionNumber = parsePositiveInt(values.version, 'version');
    return withStore(io, values.db, 'read', (store) => {
      const doc = store.resolveDocument(ref);
      const { snapshot, version } = store.getSnapshot(doc.id, versionNumber);
      io.stdout(
        values.json ? `${JSON.stringify(snapshot, null, 2)}\n` : renderSnapshotText(doc, version, snapshot),
      );
      return EXIT.OK;
    });
  },
};
