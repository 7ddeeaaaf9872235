/**
 * The only JavaScript of `pia serve` (served as /assets/app.js, a module, same origin so the CSP
 * allows it): a click on a "PDF" link of a change renders the old and the new page side by side
 * with pdf.js from /pdf/:sha256 and draws the value's bbox over each. Without JavaScript the link
 * still opens the stored PDF at its page (`#page=N`). pdf.js is imported only when first needed.
 *
 * Coordinates: a bbox is `[x0, y0, x1, y1]` in PDF points from the top-left of the displayed page,
 * which is exactly pdf.js's viewport space at scale 1 with the page's own rotation; at scale s the
 * highlight box is the bbox times s.
 */
export const CLIENT_SCRIPT = `
let pdfjs = null;
let lastLink = null;
const documents = new Map();

async function loadPdfjs() {
  if (!pdfjs) {
    pdfjs = await import('/assets/pdf.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = '/assets/pdf.worker.mjs';
  }
  return pdfjs;
}

async function openPdf(sha) {
  if (!documents.has(sha)) {
    const lib = await loadPdfjs();
    documents.set(sha, lib.getDocument({
      url: '/pdf/' + sha,
      cMapUrl: '/assets/cmaps/',
      cMapPacked: true,
      standardFontDataUrl: '/assets/standard_fonts/',
      wasmUrl: '/assets/wasm/',
      isEvalSupported: false,
      enableXfa: false,
    }).promise);
  }
  return documents.get(sha);
}

function parseBox(text) {
  if (!text) return null;
  const box = text.split(',').map(Number);
  return box.length === 4 && box.every(Number.isFinite) ? box : null;
}

async function renderSide(figure, sha, pageNumber, box, label) {
  const caption = figure.querySelector('figcaption');
  const canvas = figure.querySelector('canvas');
  const mark = figure.querySelector('.bbox');
  const frame = figure.querySelector('.frame');
  canvas.removeAttribute('data-rendered');
  mark.hidden = true;
  if (!sha || !pageNumber) {
    caption.textContent = label + ': この版にはこの項目の位置がありません';
    canvas.width = 0;
    canvas.height = 0;
    return;
  }
  caption.textContent = label + ': p.' + pageNumber;
  const pdf = await openPdf(sha);
  const page = await pdf.getPage(pageNumber);
  const base = page.getViewport({ scale: 1 });
  const zoom = Number(document.querySelector('#pdf-panel select.zoom')?.value) || 1;
  const cssWidth = Math.max(200, frame.clientWidth - 2);
  const scale = (cssWidth / base.width) * zoom;
  const viewport = page.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = viewport.width + 'px';
  canvas.style.height = viewport.height + 'px';
  const transform = ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0];
  await page.render({ canvasContext: canvas.getContext('2d'), canvas, viewport, transform }).promise;
  canvas.dataset.rendered = '1';
  canvas.dataset.scale = String(scale);
  if (box) {
    mark.style.left = box[0] * scale + 'px';
    mark.style.top = box[1] * scale + 'px';
    mark.style.width = (box[2] - box[0]) * scale + 'px';
    mark.style.height = (box[3] - box[1]) * scale + 'px';
    mark.hidden = false;
    frame.scrollTop = Math.max(0, box[1] * scale - frame.clientHeight / 3);
    frame.scrollLeft = Math.max(0, box[0] * scale - frame.clientWidth / 4);
  }
}

async function showPages(link) {
  const panel = document.getElementById('pdf-panel');
  if (!panel) return;
  lastLink = link;
  panel.hidden = false;
  document.body.classList.add('panel-open');
  panel.querySelector('.panel-title').textContent = link.dataset.title || '';
  const d = link.dataset;
  const sides = [
    [panel.querySelector('figure.before'), d.beforeSha, Number(d.beforePage), parseBox(d.beforeBox), '変更前'],
    [panel.querySelector('figure.after'), d.afterSha, Number(d.afterPage), parseBox(d.afterBox), '変更後'],
  ];
  panel.classList.toggle('single', !d.beforeSha);
  panel.setAttribute('aria-busy', 'true');
  try {
    await Promise.all(sides.map(([figure, sha, page, box, label]) =>
      figure && !(label === '変更前' && !sha) ? renderSide(figure, sha, page, box, label) : null));
  } catch (error) {
    panel.querySelector('.panel-error').textContent = 'PDFを表示できません: ' + error;
  } finally {
    panel.setAttribute('aria-busy', 'false');
  }
}

// A new zoom re-renders the pages of the change last shown (the bbox scales with them).
document.addEventListener('change', (event) => {
  if (event.target instanceof Element && event.target.matches('#pdf-panel select.zoom') && lastLink) {
    void showPages(lastLink);
  }
});

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a.pdf-link') : null;
  if (link) {
    event.preventDefault();
    document.querySelectorAll('tr.selected').forEach((row) => row.classList.remove('selected'));
    link.closest('tr')?.classList.add('selected');
    void showPages(link);
    return;
  }
  const close = event.target instanceof Element ? event.target.closest('#pdf-panel .close') : null;
  if (close) {
    document.getElementById('pdf-panel').hidden = true;
    document.body.classList.remove('panel-open');
  }
});
`;
