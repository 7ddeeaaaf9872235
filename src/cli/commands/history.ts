import { basename } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { EXIT, exitCodesHelp, type CliIo, type Command } from '../io.js';
import { withStore } from '../with-store.js';
import { diffSnapshots, type SnapshotDiff } from '../../diff/index.js';
import type { Store, VersionSummary } from '../../store/index.js';
import { describeError, UsageError } from '../../errors.js';

const USAGE = `Usage: pia history DOC [--db PATH] [--json]

The versions (版) of one document in 公表日 order, each with its hash prefix, sources and
what changed since the version before: changed fields and changes that no new 変更箇所
row declares (未申告). DOC is a document id or organization/number.

Options:
  --db PATH  database file (default: $PIA_DB, else ./pia.db)
  --json     print an array of versions with a "changes" summary each

Examples:
  pia history 熊谷市長/8
  pia history 3 --json

${exitCodesHelp(['0   listed', '4   no such document, or DOC names several (NOT_FOUND, AMBIGUOUS)'])}`;

/** What changed from the previous version, for one line. */
export interface VersionChanges {
  /** Changed field ids, in catalogue order (the 公表日 included). */
  fields: string[];
  /** Changed fields no new 変更箇所 row declares. */
  undeclared: string[];
  /** 変更箇所 rows the version adds. */
  historyRowsAdded: number;
  /** Set when the diff could not be made. */
  error?: string;
}

const SHOWN_FIELDS = 3;

/** `5 fields changed (II.3, III, IV.1 …), 2 undeclared, 3 変更箇所 rows added` */
export function describeChanges(c: VersionChanges | null): string {
  if (c === null) return 'first version';
  if (c.error) return `diff failed: ${c.error}`;
  const n = c.fields.length;
  if (n === 0)
    return `no field changed${c.historyRowsAdded ? `, ${c.historyRowsAdded} 変更箇所 rows added` : ''}`;
  const names = c.fields.slice(0, SHOWN_FIELDS).join(', ') + (n > SHOWN_FIELDS ? ' …' : '');
  const parts = [`${n} field${n === 1 ? '' : 's'} changed (${names})`];
  if (c.undeclared.length > 0) parts.push(`${c.undeclared.length} undeclared`);
  if (c.historyRowsAdded > 0) parts.push(`${c.historyRowsAdded} 変更箇所 rows added`);
  return parts.join(', ');
}

function changesOf(diff: SnapshotDiff): VersionChanges {
  return {
    fields: diff.changes.map((c) => c.field),
    undeclared: diff.undeclared,
    historyRowsAdded: diff.summary.historyRowsAdded,
  };
}

/** Diff each version with the one before it (null for the first). */
async function versionChanges(
  store: Store,
  documentId: number,
  versions: VersionSummary[],
): Promise<Array<VersionChanges | null>> {
  const snapshots = versions.map((v) => store.getSnapshot(documentId, v.number).snapshot);
  return Promise.all(
    snapshots.map(async (after, i) => {
      const before = snapshots[i - 1];
      if (!before) return null;
      try {
        return changesOf(
          await diffSnapshots(before, after, { fromVersion: i, toVersion: i + 1, wordDetail: false }),
        );
      } catch (error) {
        return { fields: [], undeclared: [], historyRowsAdded: 0, error: describeError(error).message };
      }
    }),
  );
}

function sourcesText(v: VersionSummary): string {
  const [first, ...rest] = v.sources;
  if (!first) return '';
  return `  [${basename(first.location)}${rest.length > 0 ? ` +${rest.length}` : ''}]`;
}

/** `pia history`: the versions of one document and what changed between them. */
export const historyCommand: Command = {
  name: 'history',
  summary: 'list the versions of a document and what changed in each',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    const [ref, extra] = positionals;
    if (ref === undefined) throw new UsageError('expected a document: an id or organization/number');
    if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
    return withStore(io, values.db, 'read', async (store) => {
      const doc = store.resolveDocument(ref);
      const versions = store.listVersions(doc.id);
      const changes = await versionChanges(store, doc.id, versions);
      if (values.json) {
        io.stdout(
          `${JSON.stringify(
            versions.map((v, i) => ({ ...v, changes: changes[i] ?? null })),
            null,
            2,
          )}\n`,
        );
        return EXIT.OK;
      }
      const lines = versions.map(
        (v, i) =>
          `v${v.number}  ${(v.publishedOn ?? '-').padEnd(10)}  ${v.sha256.slice(0, 12)}  ${describeChanges(changes[i] ?? null)}${sourcesText(v)}`,
      );
      io.stdout(
        `${doc.organization || '(unknown)'} / ${doc.number}  ${doc.title}  (${versions.length} versions)\n${lines.join('\n')}\n`,
      );
      return EXIT.OK;
    });
  },
};
