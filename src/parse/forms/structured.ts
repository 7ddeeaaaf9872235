/**
 * Reading a form by its structure (様式3/4 and uncatalogued editions): the cover with the shared
 * cover catalogue, the body with the structure reader. Shared by the juten and zenkomoku modules.
 */
import type { CatalogueField } from '../catalogue/types.js';
import type { FormIndex } from '../fields/form-index.js';
import { coverCatalogue, readCover } from './cover.js';
import { readStructure } from './structure/reader.js';
import type { FormDetection, FormFieldsRead } from './types.js';

/** A reader for a form whose body is read by structure, with `coverExtra` on its cover. */
export function structuredReader(
  id: string,
  coverExtra: readonly CatalogueField[] = [],
): (index: FormIndex, form: FormDetection) => FormFieldsRead {
  const cover = coverCatalogue(id, coverExtra);
  return (index) => {
    const head = readCover(index, cover);
    const body = readStructure(index);
    return { fields: { ...head.fields, ...body.fields }, warnings: [...head.warnings, ...body.warnings] };
  };
}
