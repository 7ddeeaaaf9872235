/**
 * JSON Schema (draft 2020-12) of the diff contract `pia-diff/1` (docs/diff-contract.md). Open
 * objects, as for the snapshot: additive keys (path, bboxes) must not break readers.
 */
import { SNAPSHOT_JSON_SCHEMA } from './snapshot-schema.js';
import type { JsonSchema } from './validate.js';

const snapshotDefs = SNAPSHOT_JSON_SCHEMA.$defs as Record<string, JsonSchema>;
const NULLABLE_STRING: JsonSchema = { type: ['string', 'null'] };
const COUNT: JsonSchema = { type: 'integer', minimum: 0 };

/** `pia-diff/1`, printed by `pia schema diff` and committed as docs/schema/pia-diff-1.json. */
export const DIFF_JSON_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/pia/pia/docs/schema/pia-diff-1.json',
  title: 'pia-diff/1: what changed between two versions of a 評価書, reconciled with 変更箇所',
  type: 'object',
  required: [
    'schema',
    'document',
    'from',
    'to',
    'changes',
    'changeHistory',
    'undeclared',
    'unobserved',
    'notes',
    'summary',
  ],
  properties: {
    schema: { const: 'pia-diff/1' },
    document: {
      type: 'object',
      required: ['organization', 'number', 'kind', 'title'],
      properties: {
        organization: NULLABLE_STRING,
        number: NULLABLE_STRING,
        kind: { enum: ['kiso', 'juten', 'zenkomoku', 'unknown'] },
        title: NULLABLE_STRING,
      },
    },
    from: { $ref: '#/$defs/side' },
    to: { $ref: '#/$defs/side' },
    changes: { type: 'array', items: { $ref: '#/$defs/change' } },
    changeHistory: {
      type: 'object',
      required: ['added'],
      properties: { added: { type: 'array', items: { $ref: '#/$defs/addedRow' } } },
    },
    undeclared: { type: 'array', items: { type: 'string' } },
    unobserved: { type: 'array', items: COUNT },
    notes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'string' }, field: { type: 'string' }, message: { type: 'string' } },
      },
    },
    summary: {
      type: 'object',
      required: ['changed', 'added', 'removed', 'declared', 'undeclared', 'historyRowsAdded', 'unobserved'],
      properties: {
        changed: COUNT,
        added: COUNT,
        removed: COUNT,
        declared: COUNT,
        undeclared: COUNT,
        historyRowsAdded: COUNT,
        unobserved: COUNT,
      },
    },
  },
  $defs: {
    bbox: snapshotDefs.bbox!,
    value: snapshotDefs.value!,
    historyRow: snapshotDefs.historyRow!,
    side: {
      type: 'object',
      required: ['sha256', 'publishedOn', 'version', 'edition'],
      properties: {
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        publishedOn: NULLABLE_STRING,
        version: { type: ['integer', 'null'], minimum: 1 },
        edition: NULLABLE_STRING,
        fileName: { type: 'string' },
      },
    },
    change: {
      type: 'object',
      required: ['field', 'label', 'context', 'kind', 'type', 'before', 'after', 'declaredBy'],
      properties: {
        field: { type: 'string' },
        label: { type: 'string' },
        context: { type: 'string' },
        kind: { enum: ['changed', 'added', 'removed'] },
        type: { enum: ['text', 'list', 'choice', 'check', 'checks', 'date'] },
        before: { $ref: '#/$defs/value' },
        after: { $ref: '#/$defs/value' },
        beforeOption: { type: ['integer', 'null'] },
        afterOption: { type: ['integer', 'null'] },
        beforeCount: { type: ['integer', 'null'] },
        afterCount: { type: ['integer', 'null'] },
        detail: {
          type: 'array',
          items: {
            type: 'object',
            required: ['op', 'text'],
            properties: { op: { enum: ['equal', 'insert', 'delete'] }, text: { type: 'string' } },
          },
        },
        items: {
          type: 'object',
          required: ['added', 'removed', 'renamed'],
          properties: {
            added: { type: 'array', items: { type: 'string' } },
            removed: { type: 'array', items: { type: 'string' } },
            renamed: {
              type: 'array',
              items: {
                type: 'object',
                required: ['from', 'to'],
                properties: { from: { type: 'string' }, to: { type: 'string' } },
              },
            },
          },
        },
        pages: {
          type: 'object',
          required: ['before', 'after'],
          properties: { before: { type: ['integer', 'null'] }, after: { type: ['integer', 'null'] } },
        },
        bboxes: {
          type: 'object',
          required: ['before', 'after'],
          properties: {
            before: { oneOf: [{ $ref: '#/$defs/bbox' }, { type: 'null' }] },
            after: { oneOf: [{ $ref: '#/$defs/bbox' }, { type: 'null' }] },
          },
        },
        path: { type: 'array', items: { type: 'string' } },
        declaredBy: { type: 'array', items: COUNT },
        exempt: { type: 'boolean' },
      },
    },
    addedRow: {
      type: 'object',
      required: ['index', 'row', 'targets', 'matchedBy', 'score', 'fields'],
      properties: {
        index: COUNT,
        row: { $ref: '#/$defs/historyRow' },
        targets: { type: 'array', items: { type: 'string' } },
        matchedBy: { enum: ['item', 'text', 'none'] },
        score: { type: 'number' },
        fields: { type: 'array', items: { type: 'string' } },
      },
    },
  },
};
