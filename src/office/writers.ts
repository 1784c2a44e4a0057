/**
 * The writers (answer shaping, tables, Excel formulas) are needed on the first insertion, not to open the
 * pane: both sessions fetch them then, as their own chunk.
 */
export function hostWriters(): Promise<typeof import("./insert")> {
  return import(/* webpackChunkName: "host-write" */ "./insert");
}
