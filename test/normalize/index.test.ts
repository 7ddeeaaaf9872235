import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import * as normalize from '../../src/normalize/index.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../../src/normalize');

describe('normalize/index', () => {
  // The parser is written against these names in parallel: renaming one breaks it.
  const textRules = [
    'normalizeText',
    'foldWidth',
    'mapRadicals',
    'foldSpaces',
    'joinWrappedLines',
    'parseJapaneseDate',
    'formatJapaneseDate',
    'parseKanjiNumber',
    'formatKanjiNumber',
    'normalizeLegalReference',
    'parseCountRange',
    'stripListMarker',
    'splitListItems',
  ] as const;
  // Character classes serve the other stages; the package does not offer them to users.
  const stageOnly = ['classifyChar', 'isCjk', 'isSpace', 'isLatinAlnum'] as const;

  it.each(textRules)('exports %s from the stage and from the library', (name) => {
    expect(typeof normalize[name]).toBe('function');
    expect(library[name]).toBe(normalize[name]);
  });

  it.each(stageOnly)('exports %s from the stage only', (name) => {
    expect(typeof normalize[name]).toBe('function');
    expect(name in library).toBe(false);
  });

  it('keeps the text rules free of I/O (tokens.ts, the kuromoji loader, is the one exception)', () => {
    const modules = readdirSync(SRC).filter((file) => file.endsWith('.ts') && file !== 'tokens.ts');
    expect(modules.length).toBeGreaterThanOrEqual(10);
    for (const file of modules) {
      const source = readFileSync(join(SRC, file), 'utf8');
      expect(source, file).not.toMatch(/from '(node:|fs|path|pdfjs-dist|better-sqlite3)/);
    }
  });
});
