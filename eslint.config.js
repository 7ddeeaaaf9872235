// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/** The stages: every folder under src/ (docs: src/README.md). */
const STAGES = readdirSync(new URL('./src/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Pure stages: no file system, database or PDF engine (src/README.md, "Rules"). */
const PURE_STAGES = ['normalize', 'parse', 'diff', 'report'];

/**
 * A stage's narrow entries besides index.ts, for a caller that must not load the whole stage:
 * normalize/geometry.ts, what the extraction worker (a thread started per file) needs.
 */
const NARROW_ENTRIES = { normalize: { entry: './geometry.ts', importers: ['extract'] } };

/**
 * Another folder (or a top-level module) imports a stage only through its index.ts: one zone per
 * (importer, stage) pair, with the stage's index.ts the only exception (and a narrow entry, for
 * the importers it is meant for).
 */
const stageZones = STAGES.flatMap((stage) =>
  [...STAGES.filter((s) => s !== stage), '*.ts'].map((importer) => {
    const narrow = NARROW_ENTRIES[/** @type {keyof typeof NARROW_ENTRIES} */ (stage)];
    return {
      target: importer === '*.ts' ? './src/*.ts' : `./src/${importer}`,
      from: `./src/${stage}`,
      except: narrow?.importers.includes(importer) ? ['./index.ts', narrow.entry] : ['./index.ts'],
      message: `import the ${stage} stage through src/${stage}/index.ts`,
    };
  }),
);

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'fixtures/**/*.pdf'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    // ESM TypeScript imports name the emitted `.js`: resolve them to the `.ts` source, so that
    // import-x sees the real graph (without this no-cycle and no-restricted-paths see nothing).
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: stageZones }] },
  },
  {
    // normalize/tokens.ts is the documented exception: the lazy kuromoji loader reads its dictionary.
    files: PURE_STAGES.map((stage) => `src/${stage}/**/*.ts`),
    ignores: ['src/normalize/tokens.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'better-sqlite3', 'pdfjs-dist'].map(
            (name) => ({
              name,
              message: 'a pure stage does no I/O: take data in, return data (src/README.md)',
            }),
          ),
          patterns: [{ group: ['pdfjs-dist/*'], message: 'only src/extract imports pdfjs-dist' }],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
