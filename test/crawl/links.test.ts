import { describe, expect, it } from 'vitest';
import { extractLinks, resolveLink } from '../../src/crawl/links.js';

const page = 'https://www.city.example.lg.jp/kokuho/index.html';

describe('extractLinks', () => {
  it('finds a, area, iframe, frame and meta refresh targets, resolved against the page', () => {
    const html = `<html><head><meta http-equiv="refresh" content="5; URL=next.html"></head><body>
      <a href="./資料/評価書.pdf">特定個人情報保護評価書（基礎項目評価書）</a>
      <map><area href="/map.html" alt="地図"></map>
      <iframe src="frame/inner.html"></iframe><frameset><frame src="../top.html"></frameset>
      <link rel="alternate" href="/feed.rss"></body></html>`;
    expect(extractLinks(html, page)).toEqual([
      { url: 'https://www.city.example.lg.jp/kokuho/next.html', text: '' },
      {
        url: 'https://www.city.example.lg.jp/kokuho/%E8%B3%87%E6%96%99/%E8%A9%95%E4%BE%A1%E6%9B%B8.pdf',
        text: '特定個人情報保護評価書（基礎項目評価書）',
      },
      { url: 'https://www.city.example.lg.jp/map.html', text: '地図' },
      { url: 'https://www.city.example.lg.jp/kokuho/frame/inner.html', text: '' },
      { url: 'https://www.city.example.lg.jp/top.html', text: '' },
    ]);
  });

  it('honours <base href> even after the links, drops fragments and duplicates', () => {
    const html =
      '<a href="a.pdf#page=2">A <b>版</b></a><a href="a.pdf">again</a><base href="https://cdn.example.jp/docs/">';
    expect(extractLinks(html, page)).toEqual([{ url: 'https://cdn.example.jp/docs/a.pdf', text: 'A 版' }]);
  });

  it('treats percent-encoded and raw Japanese paths as the same URL, and decodes entities', () => {
    const html =
      '<a href="%E8%A9%95%E4%BE%A1%E6%9B%B8.pdf">1</a><a href="評価書.pdf">2</a><a href="x.pdf?a=1&amp;b=2">3</a>';
    expect(extractLinks(html, page).map((l) => l.url)).toEqual([
      'https://www.city.example.lg.jp/kokuho/%E8%A9%95%E4%BE%A1%E6%9B%B8.pdf',
      'https://www.city.example.lg.jp/kokuho/x.pdf?a=1&b=2',
    ]);
  });

  it.each([
    'mailto:kokuho@city.example.lg.jp',
    'javascript:void(0)',
    'tel:048-524-1111',
    'data:text/html,hi',
    '#top',
    '',
    'http://[bad',
  ])('ignores %s', (href) => {
    expect(resolveLink(href, page)).toBeNull();
  });
});
