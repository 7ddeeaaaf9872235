import { parseCommandArgs, parsePositiveInt } from '../args.js';
import { EXIT, exitCodesHelp, type CliIo, type Command } from '../io.js';
import {
  searchIndexStatus,
  searchStore,
  type SearchHit,
  type SearchIndexStatus,
} from '../../search/index.js';
import { syncSearchWithProgress } from '../search-sync.js';
import { withStore } from '../with-store.js';
import { UsageError } from '../../errors.js';

const USAGE = `Usage: pia search QUERY [--limit N] [--all-versions] [--update-index] [--db PATH] [--json]

Full-text search (全文検索) over field values, field labels and 変更箇所 rows, ranked by
relevance (bm25; a word in a field's label counts more than one in a value or a history row).
Japanese is cut into words with kuromoji, so 委託 finds 再委託 and 委託先 but 京都 does not
find 東京都. Words separated by spaces must all occur; each word is searched as a phrase.
Full-width and half-width letters and digits are the same (ＣＳＶ = CSV).

The database is opened read-only and the index used as it is (ingest, reparse and crawl keep it
current), so a shared or published store can be searched; when the index does not cover every
snapshot a note on stderr says how many, and --update-index brings it up to date first (this
writes to the database, and loading the dictionary takes a few seconds).

Options:
  --limit N       at most N hits (default 20)
  --all-versions  search every version, not only the latest version of each document
  --update-index  index new snapshots before searching (opens the database for writing)
  --db PATH       database file (default: $PIA_DB, else ./pia.db)
  --json          print [{"documentId","organization","number","version","field","label",
                  "path" (a field's printed path, where known),"snippet","score"}]

Examples:
  pia search 再委託
  pia search 'ＣＳＶ 提供' --all-versions --json

${exitCodesHelp(['0   searched (also when nothing matched)'])}`;

function renderHits(query: string, hits: SearchHit[]): string {
  if (hits.length === 0) return `No matches for '${query}'.\n`;
  return hits
    .map(
      (h, i) =>
        `${i + 1}. ${h.organization || '(unknown)'} ${h.number} v${h.version}  ${h.field} ${h.path.length > 0 ? h.path.join(' › ') : h.label}  (${h.score})\n` +
        `   ${h.snippet}\n`,
    )
    .join('');
}

/** The stderr note when the index lags behind the store, or undefined when it is current. */
export function staleNote(status: SearchIndexStatus): string | undefined {
  const fix = 'run `pia search --update-index QUERY` where the database is writable';
  if (!status.usable) {
    return status.missing === 0 ? undefined : `note: the search index is missing or out of date; ${fix}\n`;
  }
  if (status.missing === 0 && status.outdated === 0) return undefined;
  const parts = [
    ...(status.missing > 0 ? [`${status.missing} snapshot(s) not indexed yet`] : []),
    ...(status.outdated > 0 ? [`${status.outdated} replaced snapshot(s) still indexed`] : []),
  ];
  return `note: the search index is stale (${parts.join(', ')}); ${fix}\n`;
}

/** `pia search`: ranked full-text hits in field values and 変更箇所 rows. */
export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search in field values and 変更箇所 rows (Japanese word-aware, ranked)',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      limit: { type: 'string' },
      'all-versions': { type: 'boolean', default: false },
      'update-index': { type: 'boolean', default: false },
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    const query = positionals.join(' ').trim();
    if (query === '') throw new UsageError('expected a QUERY');
    const limit = parsePositiveInt(values.limit, 'limit') ?? 20;
    if (values['update-index']) {
      // A read-only open first: a missing file is an error here, not a new empty database.
      await withStore(io, values.db, 'read', () => undefined);
      await withStore(io, values.db, 'write', (store) => syncSearchWithProgress(store, io));
    }
    return withStore(io, values.db, 'read', async (store) => {
      const status = searchIndexStatus(store.db);
      const note = staleNote(status);
      if (note) io.stderr(note);
      const hits = status.usable
        ? await searchStore(store.db, query, { limit, allVersions: values['all-versions'] })
        : [];
      io.stdout(values.json ? `${JSON.stringify(hits, null, 2)}\n` : renderHits(query, hits));
      return EXIT.OK;
    });
  },
};
