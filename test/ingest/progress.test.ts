import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, renderBar, renderOutcomeLine } from '../../src/ingest/progress.js';

describe('renderBar', () => {
  it('shows done/total, rate and eta', () => {
    expect(renderBar(120, 400, 37.5)).toBe('[#######-----------------] 120/400 files  3.2/s  eta 1m28s');
    expect(renderBar(0, 10, 0)).toContain('eta ?');
  });

  it('formats durations', () => {
    expect([formatDuration(45), formatDuration(90), formatDuration(7500)]).toEqual(['45s', '1m30s', '2h05m']);
  });
});

describe('createProgress', () => {
  it('writes one plain line per file when stderr is not a terminal', () => {
    const out: string[] = [];
    const p = createProgress((t) => out.push(t), false);
    p.start(2);
    p.fileDone({ path: '/x/a.pdf', status: 'new-version' });
    p.fileDone({ path: '/x/b.pdf', status: 'failed', code: 'PDF_NOT_PDF', message: 'no %PDF- header' });
    p.finish();
    expect(out).toEqual(['ok  new-version  /x/a.pdf\n', 'FAIL PDF_NOT_PDF /x/b.pdf: no %PDF- header\n']);
  });

  it('redraws one bar in place on a terminal, throttled, with failures above it', () => {
    const out: string[] = [];
    let clock = 0;
    const p = createProgress(
      (t) => out.push(t),
      true,
      () => clock,
    );
    p.start(3);
    clock = 10;
    p.fileDone({ path: 'a.pdf', status: 'unchanged' }); // within 100 ms of the first draw: skipped
    clock = 500;
    p.fileDone({ path: 'b.pdf', status: 'failed', code: 'PDF_TIMEOUT', message: 'slow' });
    clock = 510;
    p.fileDone({ path: 'c.pdf', status: 'unchanged' }); // the last file is always drawn
    p.finish();
    const bars = out.filter((t) => t.startsWith('\r['));
    expect(bars).toHaveLength(3);
    expect(bars.at(-1)).toContain('3/3 files');
    expect(
      out.some((t) =>
        t.includes(
          renderOutcomeLine({ path: 'b.pdf', status: 'failed', code: 'PDF_TIMEOUT', message: 'slow' }),
        ),
      ),
    ).toBe(true);
    expect(out.at(-1)).toBe('\n');
  });
});
