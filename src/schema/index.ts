/**
 * The public contracts as JSON Schemas (draft 2020-12): `pia-snapshot/1` and `pia-diff/1`, the
 * validator for the subset they use, and the registry `pia schema NAME` prints from.
 */
import { DIFF_JSON_SCHEMA } from './diff-schema.js';
import { SNAPSHOT_JSON_SCHEMA } from './snapshot-schema.js';
import type { JsonSchema } from './validate.js';

export { DIFF_JSON_SCHEMA } from './diff-schema.js';
export { SNAPSHOT_JSON_SCHEMA } from './snapshot-schema.js';
export { validateJson, type JsonSchema, type JsonType, type SchemaError } from './validate.js';

/** Every contract schema by the name `pia schema NAME` takes; docs/schema/<file> holds a copy. */
export const CONTRACT_SCHEMAS: Readonly<Record<string, { schema: JsonSchema; file: string }>> = {
  snapshot: { schema: SNAPSHOT_JSON_SCHEMA, file: 'pia-snapshot-1.json' },
  diff: { schema: DIFF_JSON_SCHEMA, file: 'pia-diff-1.json' },
};
