/**
 * JSON Schema (draft 2020-12) of the snapshot contract `pia-snapshot/1` (docs/snapshot.md).
 * Objects stay open (no `additionalProperties: false`): the contract lets later parsers add
 * optional keys (path, options, count came that way) and readers ignore keys they do not know.
 */
import type { JsonSchema } from './validate.js';

const NULLABLE_STRING: JsonSchema = { type: ['string', 'null'] };
const PAGE: JsonSchema = { type: 'integer', minimum: 1 };

/** `pia-snapshot/1`, printed by `pia schema snapshot` and committed as docs/schema/pia-snapshot-1.json. */
export const SNAPSHOT_JSON_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/pia/pia/docs/schema/pia-snapshot-1.json',
  title: 'pia-snapshot/1: one parsed 特定個人情報保護評価書 PDF',
  type: 'object',
  required: ['schema', 'source', 'form', 'fields', 'changeHistory', 'warnings'],
  properties: {
    schema: { const: 'pia-snapshot/1' },
    source: {
      type: 'object',
      required: ['sha256', 'pages'],
      properties: {
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        pages: { oneOf: [PAGE, { type: 'null' }] },
        fileName: { type: 'string' },
      },
    },
    form: {
      type: 'object',
      required: ['kind', 'label', 'edition'],
      properties: {
        kind: { enum: ['kiso', 'juten', 'zenkomoku', 'unknown'] },
        label: { type: 'string' },
        edition: NULLABLE_STRING,
      },
    },
    fields: { type: 'object', additionalProperties: { $ref: '#/$defs/field' } },
    changeHistory: { type: 'array', items: { $ref: '#/$defs/historyRow' } },
    warnings: { type: 'array', items: { $ref: '#/$defs/warning' } },
  },
  $defs: {
    bbox: { type: 'array', minItems: 4, maxItems: 4, items: { type: 'number' } },
    value: {
      anyOf: [
        { type: 'string' },
        { type: 'array', items: { type: 'string' } },
        { type: 'boolean' },
        { type: 'null' },
      ],
    },
    field: {
      type: 'object',
      required: ['label', 'type', 'raw', 'value'],
      properties: {
        label: { type: 'string' },
        type: { enum: ['text', 'list', 'choice', 'check', 'checks', 'date'] },
        raw: { type: 'string' },
        value: { $ref: '#/$defs/value' },
        option: { type: ['integer', 'null'], minimum: 1 },
        path: { type: 'array', items: { type: 'string' } },
        options: { type: 'array', items: { type: 'string' } },
        count: { type: 'integer', minimum: 0 },
        page: PAGE,
        bbox: { $ref: '#/$defs/bbox' },
      },
    },
    historyRow: {
      type: 'object',
      required: [
        'page',
        'date',
        'dateRaw',
        'item',
        'before',
        'after',
        'timing',
        'explanation',
        'sameAsAbove',
      ],
      properties: {
        page: { oneOf: [PAGE, { type: 'null' }] },
        date: { oneOf: [{ type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' }, { type: 'null' }] },
        dateRaw: { type: 'string' },
        item: { type: 'string' },
        before: { type: 'string' },
        after: { type: 'string' },
        timing: { enum: ['事前', '事後', null] },
        explanation: { type: 'string' },
        sameAsAbove: {
          type: 'array',
          items: { enum: ['date', 'item', 'before', 'after', 'timing', 'explanation'] },
        },
      },
    },
    warning: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' },
        field: { type: 'string' },
        page: PAGE,
        message: { type: 'string' },
      },
    },
  },
};
