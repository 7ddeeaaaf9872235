import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml } from '../../src/report/index.js';
import { auditorDiff, HOSTILE, hostileDiff } from './fixtures.js';
import { CHROMIUM, CHROMIUM_PATH, unless } from '../helpers/requires.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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

  it('is self-contained: no external resource, no script', async () => {
    const html = renderHtml(await auditorDiff());
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/iu);
    expect(html).not.toMatch(/(src|href)=|url\(|@import/iu);
    expect(html).toContain('<style>');
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
