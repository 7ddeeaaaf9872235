/**
 * The registry of form modules (様式の登録簿): 基礎項目 (様式2), 重点項目 (様式3), 全項目 (様式4).
 * A new form is one folder under forms/ and one line here; a new edition of a catalogued form
 * is one catalogue in its module. Nothing outside this folder knows a form's ids.
 */
import type { FormKind } from '../../types.js';
import { JUTEN_MODULE } from './juten/index.js';
import { KISO_MODULE } from './kiso/index.js';
import type { FormModule } from './types.js';
import { ZENKOMOKU_MODULE } from './zenkomoku/index.js';

/** Every form module, in the order their titles are tried. */
export const FORM_MODULES: readonly FormModule[] = [KISO_MODULE, JUTEN_MODULE, ZENKOMOKU_MODULE];

/** The module of a form kind; undefined for `unknown`. */
export function formModule(kind: FormKind): FormModule | undefined {
  return FORM_MODULES.find((m) => m.kind === kind);
}

export { inferKiso } from './kiso/index.js';
export { readStructure, type StructureRead } from './structure/reader.js';
export type { FormDetection, FormFieldsRead, FormModule, FormSection, RuleCheck } from './types.js';
