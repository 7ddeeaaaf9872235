/**
 * Word tokens (形態素) for Japanese text diffs: a kuromoji tokenizer, loaded once and lazily
 * because building it reads ~17 MB of dictionary and takes about two seconds.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';

/** Splits text into surface tokens whose concatenation is the input (分かち書き). */
export interface WordTokenizer {
  /** Surface forms in order; `tokens.join('') === text`. */
  tokenize(text: string): string[];
}

let loading: Promise<WordTokenizer> | undefined;

/**
 * The shared kuromoji tokenizer (形態素解析器), built on first call from the dictionary in
 * `node_modules/kuromoji/dict`. Later calls return the same promise. A failed build is not
 * cached, so a later call may try again.
 */
export function getTokenizer(): Promise<WordTokenizer> {
  loading ??= buildTokenizer().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function buildTokenizer(): Promise<WordTokenizer> {
  // kuromoji is CommonJS and finds its dictionary by path: resolve both from this module.
  const require = createRequire(import.meta.url);
  const kuromoji = require('kuromoji') as {
    builder(options: { dicPath: string }): {
      build(cb: (error: Error | null, tokenizer: Tokenizer<IpadicFeatures>) => void): void;
    };
  };
  const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
  const tokenizer = await new Promise<Tokenizer<IpadicFeatures>>((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built)));
  });
  return {
    tokenize(text: string): string[] {
      if (text === '') return [];
      return tokenizer.tokenize(text).map((token) => token.surface_form);
    },
  };
}
