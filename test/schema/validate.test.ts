import { describe, expect, it } from 'vitest';
import { validateJson, type JsonSchema } from '../../src/schema/index.js';

const root: JsonSchema = {
  type: 'object',
  required: ['id', 'kind'],
  properties: {
    id: { type: 'integer', minimum: 1 },
    kind: { enum: ['a', 'b', null] },
    tag: { const: 'x' },
    code: { type: 'string', pattern: '^[A-Z]+$' },
    pair: { type: 'array', minItems: 2, maxItems: 2, items: { type: 'number' } },
    either: { oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'number' }] },
    any: { anyOf: [{ type: 'boolean' }, { $ref: '#/$defs/word' }] },
    closed: { type: 'object', additionalProperties: false, properties: { k: { type: 'string' } } },
    map: { type: 'object', additionalProperties: { $ref: '#/$defs/word' } },
    nullable: { type: ['string', 'null'] },
  },
  $defs: { word: { type: 'string', pattern: '^\\w+$' } },
};

describe('validateJson (draft 2020-12 subset)', () => {
  it('accepts a valid value, and unknown keys on open objects', () => {
    const value = {
      id: 3,
      kind: null,
      tag: 'x',
      code: 'ABC',
      pair: [1.5, 2],
      either: 'text',
      any: 'word',
      closed: { k: 'v' },
      map: { a: 'b' },
      nullable: null,
      extra: { anything: true },
    };
    expect(validateJson(root, value)).toEqual([]);
  });

  it.each([
    [{ kind: 'a' }, '/', "expected key 'id'"],
    [{ id: 1.5, kind: 'a' }, '/id', 'expected integer, found number'],
    [{ id: 0, kind: 'a' }, '/id', 'expected at least 1'],
    [{ id: 1, kind: 'c' }, '/kind', 'expected one of'],
    [{ id: 1, kind: 'a', tag: 'y' }, '/tag', 'expected "x"'],
    [{ id: 1, kind: 'a', code: 'abc' }, '/code', 'matching'],
    [{ id: 1, kind: 'a', pair: [1] }, '/pair', 'at least 2 items'],
    [{ id: 1, kind: 'a', pair: [1, 2, 3] }, '/pair', 'at most 2 items'],
    [{ id: 1, kind: 'a', pair: [1, 'two'] }, '/pair/1', 'expected number'],
    [{ id: 1, kind: 'a', either: 2 }, '/either', 'exactly one of 3 alternatives to match, 2 did'],
    [{ id: 1, kind: 'a', either: true }, '/either', '0 did'],
    [{ id: 1, kind: 'a', any: 'two words' }, '/any', 'one of 2 alternatives'],
    [{ id: 1, kind: 'a', closed: { k: 'v', z: 1 } }, '/closed/z', 'unexpected key'],
    [{ id: 1, kind: 'a', map: { 'a/b': 'x y' } }, '/map/a~1b', 'matching'],
    [{ id: 1, kind: 'a', nullable: 3 }, '/nullable', 'expected string or null'],
    [[], '/', 'expected object, found array'],
  ])('reports %j at %s', (value, path, message) => {
    const errors = validateJson(root, value);
    expect(errors).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it('refuses a schema keyword it does not implement instead of ignoring it', () => {
    expect(() => validateJson({ type: 'string', maxLength: 3 } as JsonSchema, 'abcd')).toThrow(
      "schema keyword 'maxLength' is not supported",
    );
    expect(() => validateJson({ $ref: '#/$defs/missing' }, 1)).toThrow('cannot resolve $ref');
  });
});
