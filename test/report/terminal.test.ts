import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/report/index.js';
import { auditorDiff, hostileDiff } from './fixtures.js';

describe('renderTerminal', () => {
  it('shows each change with its label, id, declaring row or UNDECLARED, and a summary', async () => {
    const text = renderTerminal(await auditorDiff(), { color: false });
    expect(text).toContain('(II.3)');
    expect(text).toContain('変更前: 発生なし（選択肢2）');
    expect(text).toContain('変更後: 発生あり（選択肢1）');
    expect(text).toContain('変更箇所: 令和7年5月30日 Ⅱ しきい値判断項目 ３．重大事故');
    expect(text).toContain('基礎項目評価{+及び重点項目評価+}の実施が義務付けられる');
    const iv1 = text.slice(text.indexOf('(IV.1)'), text.indexOf('(IV.11)'));
    expect(iv1).toContain('UNDECLARED');
    expect(text).not.toContain('\u001b[');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '8 change(s) (8 changed, 0 added, 0 removed): 2 declared, 5 UNDECLARED, 1 exempt; 2 new 変更箇所 row(s), 0 unobserved.',
    );
  });

  it('uses ANSI colours only when asked', async () => {
    const text = renderTerminal(await auditorDiff(), { color: true });
    expect(text).toContain('\u001b[32m\u001b[4m及び重点項目評価\u001b[0m');
    expect(text).not.toContain('{+');
  });

  it('lists unobserved rows and list items, and neutralises control characters', async () => {
    const diff = await hostileDiff();
    diff.changes[0]!.label = 'x\u001b[2Jy';
    const text = renderTerminal(diff, { color: false });
    expect(text).toContain('UNOBSERVED 令和7年5月30日 別紙');
    expect(text).toMatch(/\{\+\+ 新システム/u);
    expect(text).not.toContain('\u001b[2J');
  });
});
