import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/diff/index.js';
import {
  cutByLengths,
  getTokenizer,
  snapshotWordTokens,
  storedTokenLookup,
} from '../../src/normalize/index.js';
import { loadTruth, TRUTH_VERSIONS } from '../diff/truth.js';

const refuse = (): never => {
  throw new Error('the diff loaded kuromoji although every cut was known');
};

describe('cutByLengths', () => {
  it.each([
    ['中間サーバー', [2, 4], ['中間', 'サーバー']],
    ['委託', [2], ['委託']],
    ['委託', [1], undefined],
    ['委託', [3], undefined],
    ['委託', [0, 2], undefined],
    ['', [], []],
  ])('cuts %s at %j', (text, lengths, expected) => {
    expect(cutByLengths(text, lengths)).toEqual(expected);
  });
});

describe('snapshotWordTokens', () => {
  it('cuts every non-empty text field exactly as kuromoji does', async () => {
    const tokenizer = await getTokenizer();
    const snapshot = loadTruth('kumagaya-r7');
    const tokens = snapshotWordTokens(snapshot, tokenizer);
    expect(Object.keys(tokens).length).toBeGreaterThan(10);
    for (const [id, lengths] of Object.entries(tokens)) {
      const value = snapshot.fields[id]!.value as string;
      expect(cutByLengths(value, lengths)).toEqual(tokenizer.tokenize(value));
    }
  });
});

describe('diffSnapshots with stored cuts', () => {
  it.each([
    [TRUTH_VERSIONS[0]!, TRUTH_VERSIONS[1]!],
    [TRUTH_VERSIONS[1]!, TRUTH_VERSIONS[2]!],
    [TRUTH_VERSIONS[0]!, TRUTH_VERSIONS[2]!],
  ])('%s → %s: same diff as kuromoji, without loading it', async (from, to) => {
    const tokenizer = await getTokenizer();
    const before = loadTruth(from);
    const after = loadTruth(to);
    const expected = await diffSnapshots(before, after, { loadTokenizer: async () => tokenizer });
    const knownTokens = storedTokenLookup([
      { snapshot: before, tokens: snapshotWordTokens(before, tokenizer) },
      { snapshot: after, tokens: snapshotWordTokens(after, tokenizer) },
    ]);
    expect(await diffSnapshots(before, after, { knownTokens, loadTokenizer: refuse })).toEqual(expected);
  });

  it('falls back to the tokenizer for a value without a stored cut', async () => {
    const tokenizer = await getTokenizer();
    const before = loadTruth(TRUTH_VERSIONS[0]!);
    const after = loadTruth(TRUTH_VERSIONS[1]!);
    let loads = 0;
    const knownTokens = storedTokenLookup([{ snapshot: before, tokens: {} }]);
    const diff = await diffSnapshots(before, after, {
      knownTokens,
      loadTokenizer: async () => {
        loads += 1;
        return tokenizer;
      },
    });
    expect(loads).toBe(1);
    expect(diff.changes.some((c) => c.detail !== undefined)).toBe(true);
  });
});
