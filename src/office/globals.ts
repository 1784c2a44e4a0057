import type { ExcelApiLike, OfficeApiLike, WordApiLike } from "./seam";

/** The Office.js namespaces as office.js installs them on `window`; each is absent outside its host. */
export interface OfficeNamespaces {
  Office?: OfficeApiLike;
  Word?: WordApiLike;
  Excel?: ExcelApiLike;
}

/**
 * Reads the globals office.js defines. Assigning them to the seam types is the compile-time proof that
 * real Office.js objects fit what the adapters expect.
 */
export function officeGlobals(): OfficeNamespaces {
  const g = globalThis as { Office?: typeof Office; Word?: typeof Word; Excel?: typeof Excel };
  const office: OfficeApiLike | undefined = g.Office;
  const word: WordApiLike | undefined = g.Word;
  const excel: ExcelApiLike | undefined = g.Excel;
  return { Office: office, Word: word, Excel: excel };
}
