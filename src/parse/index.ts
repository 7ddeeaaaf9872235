/**
 * parse: DocumentLayout → Snapshot (pure: no node:fs, no pdfjs-dist). Cells from ruling lines,
 * the form and its edition, catalogue fields located by their printed labels, the 変更箇所 table.
 * Other stages import the parse stage only from here.
 */
export {
  parseSnapshot,
  PARSER_VERSION,
  type ParseOptions,
  type SnapshotParse,
  startSnapshotParse,
} from './snapshot.js';
export {
  DEFAULT_PARSE_SETTINGS,
  resolveParseSettings,
  type CellSettings,
  type FieldSettings,
  type FreeTextSettings,
  type FurnitureSettings,
  type HistorySettings,
  type ParagraphSettings,
  type ParseSettings,
  type ParseSettingsInput,
  type RuleSettings,
  type StructureSettings,
  type TextSettings,
} from './settings.js';
export {
  CATALOGUES,
  listCatalogueFields,
  selectCatalogue,
  type CatalogueChoice,
} from './catalogue/select.js';
export { catalogueFieldPaths } from './forms/kiso/paths.js';
export { KISO_R6 } from './catalogue/kiso-r6.js';
export { KISO_PRE_H31 } from './catalogue/kiso-pre-h31.js';
export type {
  CatalogueField,
  CatalogueOption,
  CatalogueSection,
  CatalogueSectionId,
  FormCatalogue,
  ValuePlacement,
} from './catalogue/types.js';
export { checkThresholds, requiredAssessment, type RequiredAssessment } from './fields/thresholds.js';
export type { Cell, CellLine, PageCells } from './cells/cell.js';
export { buildDocumentCells, buildPageCells } from './cells/grid-cells.js';
export { parseHistoryTable, type HistoryTable } from './history/history-table.js';
export { detectForm, type FormDetection } from './form-kind.js';
export {
  FORM_MODULES,
  formModule,
  readStructure,
  type FormFieldsRead,
  type FormModule,
  type FormSection,
  type RuleCheck,
  type StructureRead,
} from './forms/index.js';
