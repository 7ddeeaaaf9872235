/**
 * Progress of a batch (進捗表示) on stderr: a single redrawn bar on a terminal, one plain line per
 * file otherwise (logs, CI, pipes), and the summary grouped by outcome and failure code.
 */

/** What happened to one file of a batch. */
export interface FileOutcome {
  path: string;
  /** 'skipped-unknown': parsed, but no assessment form was recognised, so not stored (see --keep-unknown). */
  status: 'new-document' | 'new-version' | 'unchanged' | 'reparsed' | 'skipped-unknown' | 'failed';
  /** Failure code (failed only). */
  code?: string;
  message?: string;
  /** Non-fatal notes, e.g. the sha256 identity fallback. */
  warnings?: string[];
}

/** Receives progress events; the CLI passes one that draws, tests may pass their own. */
export interface ProgressListener {
  start(total: number): void;
  fileDone(outcome: FileOutcome): void;
  finish(): void;
}

/** Minimum time between two redraws of the bar: a redraw per file would flood slow terminals. */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

/** `1m30s`, `45s`, `2h05m`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** `[#########---------------] 120/400 files  3.2/s  eta 1m30s` */
export function renderBar(done: number, total: number, elapsedSeconds: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '?';
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} files  ${rate.toFixed(1)}/s  eta ${eta}`;
}

/** The plain line for one file: `ok  new-version  path` or `FAIL PDF_NOT_PDF path: message`. */
export function renderOutcomeLine(o: FileOutcome): string {
  if (o.status === 'failed') return `FAIL ${o.code ?? 'INTERNAL'} ${o.path}: ${o.message ?? ''}`;
  const notes = (o.warnings ?? []).map((w) => `\n     note: ${w}`).join('');
  return `ok  ${o.status}  ${o.path}${notes}`;
}

/**
 * A listener writing to stderr. On a TTY the bar is redrawn in place (`\r` + clear to end of line)
 * and failures are printed above it so they stay visible; elsewhere each file gets its line.
 */
export function createProgress(
  write: (text: string) => void,
  isTTY: boolean,
  now: () => number = Date.now,
): ProgressListener {
  let total = 0;
  let done = 0;
  let startedAt = 0;
  let lastDraw = 0;
  const draw = (force: boolean): void => {
    const t = now();
    if (!force && t - lastDraw < REDRAW_MS) return;
    lastDraw = t;
    write(`\r${renderBar(done, total, (t - startedAt) / 1000)}\x1b[K`);
  };
  return {
    start(n) {
      total = n;
      startedAt = now();
      if (isTTY) draw(true);
    },
    fileDone(outcome) {
      done++;
      if (!isTTY) return write(`${renderOutcomeLine(outcome)}\n`);
      if (outcome.status === 'failed' || outcome.warnings?.length)
        write(`\r\x1b[K${renderOutcomeLine(outcome)}\n`);
      draw(done === total);
    },
    finish() {
      if (isTTY) write('\n');
    },
  };
}
