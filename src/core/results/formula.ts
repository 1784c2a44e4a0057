/**
 * Text that Excel would take for a formula (or a DDE call) if it were typed into a cell: starting
 * with `=`, `+`, `-` or `@` (or their full-width forms), or with a tab or line break before one.
 * Names that come from the tenant — cohorts, departments, jobs, people, use cases — can start that
 * way; both writers put such text in as text, never as a formula.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/.test(text);
}
