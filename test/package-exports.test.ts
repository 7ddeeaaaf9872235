/**
 * The package as a user's code sees it: `import … from 'pia'` resolves through package.json
 * `exports` to the built library (dist/, made by `prepare` on `npm ci`), not to src/.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requirement, unless } from './helpers/requires.js';

const built = existsSync(new URL('../dist/index.js', import.meta.url));

describe('the pia package main export', unless(requirement(built, 'dist/ not built (npm run build)')), () => {
  it('offers the library API from the built files', async () => {
    const pia = await import('pia');
    expect(pia.parseJapaneseDate('令和７年５月３０日 時点')).toEqual({
      ok: true,
      iso: '2025-05-30',
      precision: 'day',
    });
    expect(pia.parseJapaneseDate('平成32年1月1日').ok).toBe(false);
    expect(pia.normalizeText('ＡＢＣ　１２３（①）')).toBe('ABC 123(①)');
    for (const name of [
      'extractLayout',
      'parsePdf',
      'parseSnapshot',
      'diffSnapshots',
      'openStore',
      'exportTable',
    ]) {
      expect(typeof (pia as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
