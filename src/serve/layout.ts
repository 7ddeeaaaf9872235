/** The frame of every page of `pia serve`: head with the CSP-friendly stylesheet and script, the site bar, escaping helpers. */
import { escapeHtml } from '../report/index.js';

export { escapeHtml };

/** The form kinds as printed (評価書の種類); `FormKind` codes stay in URLs and the API. */
const KIND_NAMES: Record<string, string> = {
  kiso: '基礎項目評価書',
  juten: '重点項目評価書',
  zenkomoku: '全項目評価書',
  unknown: '不明',
};

/** The printed name of a form kind, else the code. */
export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}

/** A path with a query string; parameters with undefined values are left out. */
export function href(path: string, query: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** A link with escaped text and target. */
export function link(target: string, text: string, attrs = ''): string {
  return `<a href="${escapeHtml(target)}"${attrs ? ` ${attrs}` : ''}>${escapeHtml(text)}</a>`;
}

/** Options of {@link renderPage}. */
export interface PageOptions {
  title: string;
  /** The search box's current text. */
  query?: string;
  /** Adds the PDF side panel (diff and version pages). */
  pdfPanel?: boolean;
}

const PDF_PANEL = `<aside id="pdf-panel" hidden aria-label="PDF">
<div class="panel-head"><strong class="panel-title"></strong><span><label>倍率 <select class="zoom"><option value="1" selected>幅に合わせる</option><option value="1.5">150%</option><option value="2">200%</option><option value="3">300%</option></select></label> <button type="button" class="close">閉じる</button></span></div>
<p class="panel-error" role="alert"></p>
<div class="sides">
<figure class="before"><figcaption>変更前</figcaption><div class="frame"><canvas></canvas><div class="bbox" hidden></div></div></figure>
<figure class="after"><figcaption>変更後</figcaption><div class="frame"><canvas></canvas><div class="bbox" hidden></div></div></figure>
</div>
</aside>`;

/** A whole page: `body` is already-escaped HTML. */
export function renderPage(options: PageOptions, body: string): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} · pia</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/style.css">
<link rel="alternate" type="application/atom+xml" title="pia: 新しい版" href="/feed.atom">
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<nav class="site-header"><a href="/">pia 評価書一覧</a><a href="/feed.atom">Atom</a>
<form action="/search" method="get" role="search"><input type="search" name="q" value="${escapeHtml(options.query ?? '')}" placeholder="全文検索" aria-label="全文検索"> <button type="submit">検索</button></form></nav>
<main class="site-main">
${body}
</main>
${options.pdfPanel ? PDF_PANEL : ''}
</body>
</html>
`;
}
