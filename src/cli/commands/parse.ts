import { basename, resolve } from 'node:path';
import { readPdfFile } from '../read-pdf.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, exitCodesHelp, type CliIo, type Command } from '../io.js';
import { InputError, isPiaError, UsageError } from '../../errors.js';
import { displayColumns } from '../../normalize/index.js';
import { parsePdf } from '../../pipeline.js';
import type { FieldValueData, Snapshot } from '../../types.js';

const USAGE = `Usage: pia parse FILE.pdf [--json]

Parse one 特定個人情報保護評価書 PDF into its snapshot (pia-snapshot/1): the form and its
edition, every field (項目) of the form's catalogue, the 変更箇所 table and the warnings.

Options:
  --json   print the snapshot exactly as the contract defines it (keys in contract order,
           fields in catalogue order; docs/snapshot.md, \`pia schema snapshot\`)

Examples:
  pia parse 評価書.pdf
  pia parse 評価書.pdf --json > snapshot.json

${exitCodesHelp([
  '0   parsed (warnings included)',
  '3   unreadable file (CODE: message on stderr, e.g. PDF_NOT_PDF, PDF_ENCRYPTED, PDF_DAMAGED)',
])}`;

/** Terminal width assumed when COLUMNS is not set. */
const DEFAULT_COLUMNS = 100;

/**
 * Cut `text` to at most `columns` terminal columns, marking the cut with `…`. Characters count two
 * columns per em (normalize's char-width: ambiguous symbols wide, as in a Japanese terminal, so a
 * line never overflows); the `…` itself is given one column, as most terminals draw it.
 */
export function truncateToWidth(text: string, columns: number): string {
  const room = columns - 1;
  let width = 0;
  let out = '';
  for (const ch of text) {
    const w = displayColumns(ch);
    if (width + w > room) return `${out}…`;
    out += ch;
    width += w;
  }
  return out;
}

function formatValue(value: FieldValueData, option: number | null | undefined): string {
  if (value === null) return '(empty)';
  if (typeof value === 'boolean') return value ? '[x]' : '[ ]';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.join(' / ');
  const shown = value === '' ? '(empty)' : value.replace(/\n+/g, ' ⏎ ');
  return typeof option === 'number' ? `${option}) ${shown}` : shown;
}

/** The readable summary: form, organisation, dates, one line per field, history and warnings. */
export function renderParseSummary(snapshot: Snapshot, columns: number): string {
  const text = (id: string): string => {
    const v = snapshot.fields[id]?.value;
    return typeof v === 'string' && v !== '' ? v : '-';
  };
  const { form, source } = snapshot;
  const fields = Object.entries(snapshot.fields).map(([id, f]) =>
    truncateToWidth(`  ${id}  ${f.label}: ${formatValue(f.value, f.option)}`, columns),
  );
  const warnings = snapshot.warnings.map((w) =>
    truncateToWidth(`  ${w.code}${w.field ? ` ${w.field}` : ''}: ${w.message}`, columns),
  );
  return [
    `form: ${form.label || '(unrecognised)'} (${form.kind}${form.edition ? `, ${form.edition}` : ''})`,
    `organisation: ${text('cover.organization')}  number: ${text('cover.number')}  公表日: ${text('cover.publishedOn')}`,
    `${source.fileName ?? ''}  ${source.pages ?? '?'} pages  sha256 ${source.sha256}`.trim(),
    '',
    `fields (${fields.length}):`,
    ...fields,
    '',
    `変更箇所: ${snapshot.changeHistory.length} rows`,
    ...(warnings.length > 0 ? ['', `warnings (${warnings.length}):`, ...warnings] : ['warnings: none']),
    '',
  ].join('\n');
}

/** `pia parse`: one PDF → its snapshot, as JSON or a readable summary. */
export const parseCommand: Command = {
  name: 'parse',
  summary: 'parse one PDF into its snapshot (form, fields, 変更箇所, warnings), as text or JSON',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
    if (positionals.length !== 1)
      throw new UsageError(`expected one PDF file, got ${positionals.length} arguments`);
    const path = resolve(io.cwd, positionals[0] as string);
    let snapshot: Snapshot;
    try {
      const bytes = await readPdfFile(path);
      snapshot = await parsePdf(bytes, { fileName: basename(path), extract: { where: path } });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`${isPiaError(error) ? error.toLine() : String(error)}\n`);
      return EXIT.FAILED;
    }
    const columns = Number(io.env.COLUMNS) > 20 ? Number(io.env.COLUMNS) : DEFAULT_COLUMNS;
    io.stdout(values.json ? `${JSON.stringify(snapshot, null, 2)}\n` : renderParseSummary(snapshot, columns));
    return EXIT.OK;
  },
};
