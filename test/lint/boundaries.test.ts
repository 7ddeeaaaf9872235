/**
 * The boundary rules of eslint.config.js bite: a probe file placed (virtually) in a stage that
 * imports another stage's internals, or I/O from a pure stage, is reported. Type-aware rules are
 * switched off for the probe (it is not on disk, so the TypeScript project does not know it).
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-unused-vars': 'off' },
  },
});

/** Rule ids reported for `code` as if it were the file at `path` (relative to the root). */
async function rulesHit(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('stage boundaries (eslint.config.js)', () => {
  it('reports a stage imported other than through its index.ts', async () => {
    expect(
      await rulesHit('src/report/probe.ts', "export { normalizeText } from '../normalize/text.js';\n"),
    ).toEqual(['import-x/no-restricted-paths']);
    expect(
      await rulesHit('src/pipeline-probe.ts', "export { parseSnapshot } from './parse/snapshot.js';\n"),
    ).toEqual(['import-x/no-restricted-paths']);
  });

  it('accepts the same import through the index, and a stage importing its own files', async () => {
    expect(
      await rulesHit('src/report/probe.ts', "export { normalizeText } from '../normalize/index.js';\n"),
    ).toEqual([]);
    expect(await rulesHit('src/normalize/probe.ts', "export { normalizeText } from './text.js';\n")).toEqual(
      [],
    );
  });

  it.each(['node:fs', 'better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/legacy/build/pdf.mjs'])(
    'reports %s imported by a pure stage, not by an I/O edge or tokens.ts',
    async (module) => {
      const code = `import * as m from '${module}';\nexport { m };\n`;
      for (const stage of ['normalize', 'parse', 'diff', 'report'])
        expect(await rulesHit(`src/${stage}/probe.ts`, code), stage).toContain('no-restricted-imports');
      expect(await rulesHit('src/store/probe.ts', code)).not.toContain('no-restricted-imports');
      expect(await rulesHit('src/normalize/tokens.ts', code)).not.toContain('no-restricted-imports');
    },
  );
});
