import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml } from '../../src/report/index.js';
import { auditorDiff, HOSTILE, hostileDiff } from './fixtures.js';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_PATH, unless } from '../helpers/requires.js';

describe('escapeHtml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('renderHtml', () => {
  it('escapes every piece of document text', async () => {
    const html = renderHtml(await hostileDiff());
    expect(html).not.toContain('<script');
    expect(html).not.toContain(HOSTILE);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39;');
  });

  it('is self-contained: no external resource, no script, only in-page links', async () => {
    const html = renderHtml(await auditorDiff());
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/iu);
    expect(html).not.toMatch(/src=|href="(?!#)|url\(|@import/iu);
    expect(html).toMatch(/href="#change-IV\.1"/u);
    expect(html).toContain('<style>');
  });

  it('has what an auditor needs on paper: contents, legend, sign-off, pages, provenance', async () => {
    const diff = await auditorDiff();
    const basis = diff.changes.find((c) => c.field === 'IV.11.basis')!;
    basis.pages = { before: 7, after: 8 };
    basis.path = ['Ⅳ リスク対策', '11．最も優先度が高いと考えられる対策', '判断の根拠'];
    const html = renderHtml(diff, {
      generatedAt: '2026-12-06T10:00:00Z',
      toolVersion: '0.1.0',
      sources: { before: 'https://example.jp/a.pdf', after: 'https://example.jp/b.pdf' },
    });
    expect(html).toContain('変更 8 件（変更 8・追加 0・削除 0）: 申告あり 2 件、未申告 5 件');
    expect(html).toContain('<nav class="contents"');
    expect(html).toContain('<a href="#section-IV">Ⅳ リスク対策</a>（5件）');
    expect(html.match(/<ul class="undeclared-list">(.*?)<\/ul>/su)?.[1]?.match(/<li>/gu)).toHaveLength(5);
    expect(html).toContain('<dl class="legend">');
    expect(html).toContain('<th class="signoff">確認欄</th>');
    expect(html.match(/<td class="signoff"><\/td>/gu)).toHaveLength(8);
    expect(html).toContain('<tr class="group" id="section-IV">');
    expect(html).toContain('<span class="page">p.7</span>');
    expect(html).toContain('<span class="page">p.8</span>');
    expect(html).toContain('Ⅳ リスク対策 › 11．最も優先度が高いと考えられる対策 › 判断の根拠');
    expect(html).toContain('作成日時 2026-12-06T10:00:00Z · 作成 pia 0.1.0');
    expect(html).toContain('https://example.jp/b.pdf');
    expect(html).toContain('@page { size: A4 landscape');
    // Declared rows name the fields by label, not by id.
    expect(html).toContain('<td>事後</td><td>Ⅲ しきい値判断結果</td>');
  });

  it('folds a long value open instead of cutting it', async () => {
    const diff = await auditorDiff();
    const iii = diff.changes.find((c) => c.field === 'III')!;
    const long = 'あ'.repeat(500);
    iii.detail = [
      { op: 'equal', text: long },
      { op: 'insert', text: '追記' },
      { op: 'equal', text: long },
    ];
    const html = renderHtml(diff);
    const row = html.match(/<tr[^>]*data-field="III">.*?<\/tr>/su)![0];
    expect(row).toContain('<details class="fold">');
    expect(row).toContain(`<div class="full">${long}<ins>追記</ins>${long}</div>`);
    expect(row).toContain('全文を表示（1002字）');
  });

  it(
    'renders in headless Chromium with changes, highlights and undeclared flags',
    unless(CHROMIUM),
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pia-report-'));
      const file = join(dir, 'report.html');
      writeFileSync(file, renderHtml(await hostileDiff()));
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        let dialogs = 0;
        page.on('dialog', (d) => {
          dialogs++;
          void d.dismiss();
        });
        await page.goto(pathToFileURL(file).href);
        const ii3 = page.locator('tr[data-field="II.3"]');
        await expect(ii3.isVisible()).resolves.toBe(true);
        expect(await ii3.locator('td.before').innerText()).toContain('発生なし');
        expect(await ii3.locator('td.after').innerText()).toContain('発生あり');
        expect(await ii3.locator('td.declared').innerText()).toContain('Ⅱ しきい値判断項目 ３．重大事故');
        const iii = page.locator('tr[data-field="III"]');
        expect(await iii.locator('td.after ins').innerText()).toBe('及び重点項目評価');
        const iv1 = page.locator('tr[data-field="IV.1"]');
        expect(await iv1.getAttribute('class')).toContain('undeclared');
        expect(await iv1.locator('.undeclared-flag').isVisible()).toBe(true);
        expect(await page.locator('tr.undeclared').count()).toBe(7);
        expect(await page.locator('tr[data-field="cover.specialNotes"] td.after').innerText()).toContain(
          HOSTILE,
        );
        expect(await page.locator('.unobserved-flag').count()).toBe(1);
        expect(dialogs).toBe(0);
        expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
        await page.screenshot({ path: '/tmp/pia-report.png', fullPage: true });
      } finally {
        await browser.close();
      }
    },
  );
});
