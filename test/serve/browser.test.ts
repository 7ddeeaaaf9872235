/**
 * `pia serve` in a real browser (Debian's Chromium driven by playwright-core, started here): the
 * pages, a click on a change rendering both PDF pages with pdf.js with the bbox drawn where the
 * snapshot says, and a search. Everything must come from the server itself.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goldenSnapshot } from '../helpers/pdf-store.js';
import { serveFixture, type Served } from './serve-fixture.js';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_PATH, unless } from '../helpers/requires.js';

let served: Served;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  if (!CHROMIUM.met) return;
  served = await serveFixture('pia-serve-browser-');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** The part of a browser canvas the sampling uses (the test's tsconfig has no DOM types). */
interface CanvasLike {
  width: number;
  height: number;
  getBoundingClientRect(): { width: number };
  getContext(
    kind: '2d',
  ): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}

/** Pixels of a canvas region (CSS px) that are not near-white, and the total sampled. */
async function inkIn(
  selector: string,
  box?: [number, number, number, number],
): Promise<{ ink: number; total: number }> {
  return page.locator(selector).evaluate((el, region) => {
    const canvas = el as unknown as CanvasLike;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const [x0, y0, x1, y1] = region ?? [0, 0, canvas.width / ratio, canvas.height / ratio];
    const data = canvas
      .getContext('2d')!
      .getImageData(
        Math.floor(x0 * ratio),
        Math.floor(y0 * ratio),
        Math.ceil((x1 - x0) * ratio),
        Math.ceil((y1 - y0) * ratio),
      ).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 600) ink++;
    return { ink, total: data.length / 4 };
  }, box);
}

describe('pia serve in Chromium', unless(CHROMIUM), () => {
  it('walks from the list to a timeline to the 新旧対照表', async () => {
    await page.goto(`${served.server.url}/`);
    await expect(page.locator('tr[data-document="1"] .badge').innerText()).resolves.toBe('5');
    await page.locator('tr[data-document="1"] a').first().click();
    await page.waitForURL(/\/documents\/1$/u);
    expect(await page.locator('tr[data-version]').count()).toBe(3);
    await page.locator('tr[data-version="3"] a.diff-link').click();
    await page.waitForURL(/\/documents\/1\/diff\?from=2&to=3$/u);
    expect(await page.locator('tr.change.undeclared').count()).toBe(5);
    expect(await page.locator('tr[data-field="III"] td.after ins').innerText()).toBe('及び重点項目評価');
  });

  it('renders both PDF pages of a change with the bbox highlighted where the snapshot says', async () => {
    await page.locator('tr[data-field="IV.1"] a.pdf-link').click();
    const after = '#pdf-panel figure.after';
    const before = '#pdf-panel figure.before';
    await page.locator(`${after} canvas[data-rendered="1"]`).waitFor({ timeout: 60_000 });
    await page.locator(`${before} canvas[data-rendered="1"]`).waitFor({ timeout: 60_000 });
    expect(await page.locator(`${after} figcaption`).innerText()).toBe('変更後: p.6');

    const whole = await inkIn(`${after} canvas`);
    expect(whole.ink / whole.total).toBeGreaterThan(0.01);

    const [x0, y0, x1, y1] = goldenSnapshot('kumagaya-r7.direct').fields['IV.1']!.bbox!;
    const scale = Number(await page.locator(`${after} canvas`).getAttribute('data-scale'));
    const canvasBox = (await page.locator(`${after} canvas`).boundingBox())!;
    const markBox = (await page.locator(`${after} .bbox`).boundingBox())!;
    // The mark's inner edge (past its 3px border) sits on the bbox scaled to the canvas.
    expect(markBox.x + 3 - canvasBox.x).toBeCloseTo(x0 * scale, 0);
    expect(markBox.y + 3 - canvasBox.y).toBeCloseTo(y0 * scale, 0);
    expect(markBox.width - 6).toBeCloseTo((x1 - x0) * scale, 0);
    expect(markBox.height - 6).toBeCloseTo((y1 - y0) * scale, 0);
    // The value's words are printed inside the highlighted box, and the page is not blank around it.
    const inside = await inkIn(`${after} canvas`, [x0 * scale, y0 * scale, x1 * scale, y1 * scale]);
    expect(inside.ink).toBeGreaterThan(50);
    await page.screenshot({ path: '/tmp/pia-serve-diff.png' });

    // At 200 % the page is drawn twice as large and the mark follows it.
    await page.locator('#pdf-panel select.zoom').selectOption('2');
    await expect
      .poll(async () => Number(await page.locator(`${after} canvas`).getAttribute('data-scale')), {
        timeout: 60_000,
      })
      .toBeCloseTo(scale * 2, 5);
    await page.locator(`${after} canvas[data-rendered="1"]`).waitFor({ timeout: 60_000 });
    const zoomed = (await page.locator(`${after} .bbox`).boundingBox())!;
    expect(zoomed.width - 6).toBeCloseTo((x1 - x0) * scale * 2, 0);
  });

  it('runs a search and lands on the field in its version', async () => {
    await page.locator('nav.site-header input[name="q"]').fill('重大事故');
    await page.locator('nav.site-header button[type="submit"]').click();
    await page.waitForURL(/\/search\?q=/u);
    const hit = page.locator('a.hit-link').first();
    const target = (await hit.getAttribute('href'))!;
    expect(target).toMatch(/^\/documents\/1\/versions\/\d+#field-/u);
    await hit.click();
    await page.waitForURL((u) => u.pathname.startsWith('/documents/1/versions/'));
    const id = decodeURIComponent(target.slice(target.indexOf('#') + 1));
    await expect(page.locator(`[id="${id}"]`).isVisible()).resolves.toBe(true);
  });

  it('loaded nothing from elsewhere and met no script error or CSP violation', () => {
    const origin = new URL(served.server.url).origin;
    expect(
      requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')),
    ).toEqual([]);
    expect(problems).toEqual([]);
  });
});
