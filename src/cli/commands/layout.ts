import { resolve } from 'node:path';
import { readPdfFile } from '../read-pdf.js';
import { parseCommandArgs, parsePositiveInt } from '../args.js';
import { EXIT, exitCodesHelp, type CliIo, type Command } from '../io.js';
import { checkOutputFile, writeFileAtomic } from '../output-guard.js';
import { ExtractError, extractLayout, renderLayoutSvg } from '../../extract/index.js';
import { UsageError } from '../../errors.js';
import type { DocumentLayout, PageLayout, RuleLine, TextRun } from '../../types.js';

const USAGE = `Usage: pia layout FILE.pdf [--json] [--page N] [--svg OUT.svg]

Show what the extractor reads from a PDF (レイアウト): per page its size, the text runs
(x,y = top-left corner in points from the page's top-left, w×h, text) and the ruling lines (罫線).

Options:
  --json       print {"info", "pages": [{number, width, height, rotation, runs, rules}]},
               coordinates rounded to 0.01 pt
  --page N     only page N (1-based)
  --svg OUT    also write an SVG picture of page N (default 1): runs as boxes with their
               text, rules coloured by how they were drawn (stroke red, rect blue, fill green);
               replaced atomically, never the input PDF

Examples:
  pia layout report.pdf --page 3
  pia layout report.pdf --page 3 --svg page3.svg
  pia layout report.pdf --json > layout.json

${exitCodesHelp(['0   ok', '3   unreadable file (CODE: message on stderr: PDF_NOT_PDF, PDF_DAMAGED, …)'])}`;

const r2 = (n: number): number => Math.round(n * 100) / 100 + 0;

function runJson(run: TextRun): Record<string, unknown> {
  return {
    text: run.text,
    x: r2(run.x),
    y: r2(run.y),
    width: r2(run.width),
    height: r2(run.height),
    baseline: r2(run.baseline),
    fontSize: r2(run.fontSize),
    fontName: run.fontName,
    direction: run.direction,
    ...(run.angle === undefined ? {} : { angle: run.angle }),
  };
}

function ruleJson(rule: RuleLine): Record<string, unknown> {
  const { orientation, source } = rule;
  return {
    x1: r2(rule.x1),
    y1: r2(rule.y1),
    x2: r2(rule.x2),
    y2: r2(rule.y2),
    orientation,
    thickness: r2(rule.thickness),
    source,
  };
}

/** The `--json` shape: every page with rounded coordinates. */
export function layoutToJson(layout: DocumentLayout): Record<string, unknown> {
  return {
    info: layout.info,
    pages: layout.pages.map((page) => ({
      number: page.number,
      width: r2(page.width),
      height: r2(page.height),
      rotation: page.rotation,
      runs: page.runs.map(runJson),
      rules: page.rules.map(ruleJson),
    })),
  };
}

const f2 = (n: number): string => n.toFixed(2);

function pageText(page: PageLayout): string[] {
  const horizontal = page.rules.filter((r) => r.orientation === 'horizontal').length;
  const runs = page.runs.map((run) => {
    const turn =
      run.angle === undefined
        ? run.direction === 'ltr'
          ? ''
          : ` [${run.direction}]`
        : ` [${run.direction} ${run.angle}°]`;
    return `  ${f2(run.x)},${f2(run.y)} ${f2(run.width)}×${f2(run.height)}  ${run.text}${turn}`;
  });
  return [
    `page ${page.number}  ${f2(page.width)}×${f2(page.height)} pt  rotation ${page.rotation}  ${page.runs.length} runs`,
    ...runs,
    `  rules: ${page.rules.length} (${horizontal} horizontal, ${page.rules.length - horizontal} vertical)`,
    '',
  ];
}

/** The readable output: document info, then every page. */
export function layoutToText(layout: DocumentLayout): string {
  const { info } = layout;
  const about = [
    info.title && `title ${info.title}`,
    info.producer && `producer ${info.producer}`,
    info.creator && `creator ${info.creator}`,
  ];
  return [
    `${info.pageCount} pages${about
      .filter(Boolean)
      .map((s) => `  ${s}`)
      .join('')}`,
    '',
    ...layout.pages.flatMap(pageText),
  ].join('\n');
}

/** `pia layout`: what the extractor sees in one PDF, as text, JSON or an SVG picture. */
export const layoutCommand: Command = {
  name: 'layout',
  summary: 'show the text runs and ruling lines the extractor reads from a PDF (text, JSON, SVG)',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      json: { type: 'boolean' },
      page: { type: 'string' },
      svg: { type: 'string' },
    });
    if (positionals.length !== 1)
      throw new UsageError(`expected one PDF file, got ${positionals.length} arguments`);
    const page = parsePositiveInt(values.page, 'page');
    if (values.svg === '') throw new UsageError('--svg expects an output file name');
    const path = resolve(io.cwd, positionals[0] as string);
    const svg = values.svg === undefined ? undefined : resolve(io.cwd, values.svg);
    if (svg !== undefined) checkOutputFile('--svg', svg, [path]);
    const bytes = await readPdfFile(path);
    // The bytes are ours alone, so the worker may take them instead of a copy.
    const layout = await extractLayout(bytes, {
      where: path,
      transfer: true,
      ...(page ? { pages: [page] } : {}),
    });
    io.stdout(values.json ? `${JSON.stringify(layoutToJson(layout), null, 2)}\n` : layoutToText(layout));
    if (svg !== undefined) {
      const shown = layout.pages[0];
      if (!shown)
        throw new ExtractError('PDF_DAMAGED', 'expected at least one page, found none', { where: path });
      await writeFileAtomic(svg, renderLayoutSvg(shown));
      io.stderr(
        `wrote ${svg} (page ${shown.number}: ${shown.runs.length} runs, ${shown.rules.length} rules)\n`,
      );
    }
    return EXIT.OK;
  },
};
