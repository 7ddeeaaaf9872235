import { parseCommandArgs } from '../args.js';
import { EXIT, exitCodesHelp, type CliIo, type Command } from '../io.js';
import { withStore } from '../with-store.js';
import type { DocumentSummary } from '../../store/index.js';
import { UsageError } from '../../errors.js';
import { displayColumns } from '../../normalize/index.js';

const USAGE = `Usage: pia list [--db PATH] [--json]

List the stored documents (評価書): id, organisation (評価実施機関名), number (評価書番号),
form kind, title, number of versions and the latest 公表日.

Options:
  --db PATH  database file (default: $PIA_DB, else ./pia.db)
  --json     print an array of {"id","organization","number","title","kind","versions","latestPublishedOn",…}

Examples:
  pia list
  pia list --db /srv/pia/pia.db --json

The database is opened read-only: a shared or published copy (mode 444, read-only folder) works.

${exitCodesHelp(['0   listed (also when the store is empty)'])}`;

/** Columns a string takes in a terminal: two per em (normalize's char-width table). */
export function displayWidth(text: string): number {
  return displayColumns(text);
}

/** Cut to at most `max` columns, marking the cut with an ellipsis. */
export function truncateDisplay(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    // The `…` takes one column in most terminals.
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Rows as aligned columns (CJK-aware), header first, two spaces between columns. */
export function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - displayWidth(c))))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

function renderDocuments(docs: DocumentSummary[]): string {
  if (docs.length === 0) return 'No documents stored yet (run `pia ingest PATH...`).\n';
  const rows = docs.map((d) => [
    String(d.id),
    d.organization || '(unknown)',
    d.number.startsWith('sha256:') ? d.number.slice(0, 19) : d.number,
    d.kind,
    truncateDisplay(d.title, 40),
    String(d.versions),
    d.latestPublishedOn ?? '-',
  ]);
  return renderTable(['id', 'organisation', 'number', 'kind', 'title', 'versions', '公表日'], rows);
}

/** `pia list`: the documents in the store. */
export const listCommand: Command = {
  name: 'list',
  summary: 'list stored documents with their number of versions and latest 公表日',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    return withStore(io, values.db, 'read', (store) => {
      const docs = store.listDocuments();
      io.stdout(values.json ? `${JSON.stringify(docs, null, 2)}\n` : renderDocuments(docs));
      return EXIT.OK;
    });
  },
};
