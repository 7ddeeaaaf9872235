import { parseCommandArgs, parsePositiveInt } from '../args.js';
import { EXIT, type CliIo, type Command } from '../io.js';
import { searchStore, type SearchHit } from '../../search/index.js';
import { syncSearchWithProgress } from '../search-sync.js';
import { openStore, resolveDbPath } from '../../store/index.js';
import { UsageError } from '../../errors.js';

const USAGE = `Usage: pia search QUERY [--limit N] [--all-versions] [--db PATH] [--json]

Full-text search (全文検索) over field values, field labels and 変更箇所 rows, ranked by
relevance (bm25; a word in a field's label counts more than one in a value or a history row).
Japanese is cut into words with kuromoji, so 委託 finds 再委託 and 委託先 but 京都 does not
find 東京都. Words separated by spaces must all occur; each word is searched as a phrase.
Full-width and half-width letters and digits are the same (ＣＳＶ = CSV).

The index is brought up to date before searching (the first search after an ingest or a
reparse indexes the new snapshots, which takes a few seconds for the dictionary to load).

Options:
  --limit N       at most N hits (default 20)
  --all-versions  search every version, not only the latest version of each document
  --db PATH       database file (default: $PIA_DB, else ./pia.db)
  --json          print [{"documentId","organization","number","version","field","label",
                  "path" (a field's printed path, where known),"snippet","score"}]`;

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

/** `pia search`: ranked full-text hits in field values and 変更箇所 rows. */
export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search in field values and 変更箇所 rows (Japanese word-aware, ranked)',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      limit: { type: 'string' },
      'all-versions': { type: 'boolean', default: false },
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    const query = positionals.join(' ').trim();
    if (query === '') throw new UsageError('expected a QUERY');
    const limit = parsePositiveInt(values.limit, 'limit') ?? 20;
    const path = resolveDbPath(io.env, values.db, io.cwd);
    // A read-only open first: a missing file is an error here, not a new empty database.
    openStore(path, { readonly: true }).close();
    const store = openStore(path);
    try {
      await syncSearchWithProgress(store, io);
      const hits = await searchStore(store.db, query, { limit, allVersions: values['all-versions'] });
      io.stdout(values.json ? `${JSON.stringify(hits, null, 2)}\n` : renderHits(query, hits));
      return EXIT.OK;
    } finally {
      store.close();
    }
  },
};
