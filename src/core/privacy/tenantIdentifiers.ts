import type { RE2JS } from "re2js";
import { z } from "zod";
import type { PersonalDataFinding } from "./findings";
import { guardRegexEngine } from "./guardEngines";

/**
 * Identifiers a tenant declares for itself (member number, contract number, claim file), each with
 * a label, a pattern and an example. Patterns run on RE2JS, a linear-time regular expression engine
 * (a port of Google's RE2, pure JavaScript): matching never backtracks, so no pattern an admin types
 * can make the guard slow, whatever the text — safety by construction rather than by a heuristic
 * checker. Syntax RE2 does not have (back-references, look-arounds) is refused with a clear reason.
 */

export const TENANT_IDENTIFIER_PROBLEMS = [
  "tenant_identifier_pattern_invalid",
  "tenant_identifier_pattern_matches_empty",
  "tenant_identifier_example_mismatch",
] as const;
export type TenantIdentifierProblem = (typeof TENANT_IDENTIFIER_PROBLEMS)[number];

export const MAX_TENANT_IDENTIFIERS = 20;

function compile(pattern: string, caseInsensitive: boolean): RE2JS {
  const { RE2JS } = guardRegexEngine();
  return RE2JS.compile(pattern, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
}

/** Why a pattern cannot be used, or null; `detail` is the engine's message for invalid syntax. */
export function tenantIdentifierProblem(declaration: {
  pattern: string;
  example: string;
  caseInsensitive?: boolean;
}): { problem: TenantIdentifierProblem; detail?: string } | null {
  let regex: RE2JS;
  try {
    regex = compile(declaration.pattern, declaration.caseInsensitive ?? false);
  } catch (error) {
    if (error instanceof guardRegexEngine().RE2JSException) {
      return { problem: "tenant_identifier_pattern_invalid", detail: error.message };
    }
    throw error;
  }
  if (regex.matches("")) return { problem: "tenant_identifier_pattern_matches_empty" };
  if (!regex.matches(declaration.example)) return { problem: "tenant_identifier_example_mismatch" };
  return null;
}

const MESSAGES: Record<TenantIdentifierProblem, string> = {
  tenant_identifier_pattern_invalid:
    "Motif refusé : syntaxe invalide ou non linéaire (pas de références arrière ni d’assertions) / Pattern refused: invalid or non-linear syntax (no back-references or look-arounds)",
  tenant_identifier_pattern_matches_empty:
    "Motif refusé : il reconnaît le texte vide / Pattern refused: it matches empty text",
  tenant_identifier_example_mismatch:
    "L’exemple ne correspond pas au motif / The example does not match the pattern",
};

/**
 * A tenant identifier as an Admin declares it. Refused (with `params.problem` set to a stable code)
 * unless the pattern compiles on the linear-time engine, does not match empty text, and matches the
 * whole example.
 */
export const TenantIdentifierDeclarationSchema = z
  .object({
    /** What staff call it: « N° adhérent », "Claim file". */
    label: z.string().trim().min(1).max(60),
    /** RE2 syntax, e.g. `ADH-\d{8}`. */
    pattern: z.string().min(1).max(200),
    /** A made-up value the pattern must match as a whole. */
    example: z.string().min(1).max(100),
    caseInsensitive: z.boolean().default(false),
  })
  .strict()
  .superRefine((declaration, ctx) => {
    const found = tenantIdentifierProblem(declaration);
    if (found) {
      ctx.addIssue({
        code: "custom",
        path: [found.problem === "tenant_identifier_example_mismatch" ? "example" : "pattern"],
        message: found.detail ? `${MESSAGES[found.problem]} — ${found.detail}` : MESSAGES[found.problem],
        params: { problem: found.problem },
      });
    }
  });
export type TenantIdentifierDeclaration = z.output<typeof TenantIdentifierDeclarationSchema>;
export type TenantIdentifierDeclarationInput = z.input<typeof TenantIdentifierDeclarationSchema>;

/** A tenant's list of identifiers; labels are unique so a finding's label says which one matched. */
export const TenantIdentifiersSchema = z
  .array(TenantIdentifierDeclarationSchema)
  .max(MAX_TENANT_IDENTIFIERS)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((declaration, index) => {
      const key = declaration.label.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "label"],
          message: "Libellé déjà utilisé / Label already used",
          params: { problem: "tenant_identifier_label_duplicate" },
        });
      }
      seen.add(key);
    });
  });

type Declared = Pick<TenantIdentifierDeclaration, "label" | "pattern" | "caseInsensitive">;

/** All of a tenant's patterns as one alternation, so the text is read once however many there are. */
interface CompiledSet {
  regex: RE2JS;
  /** Capture group that wraps each declaration's pattern, and its label. */
  groups: Array<{ group: number; label: string }>;
}

// Compiled sets, reused across calls: the pane screens on every keystroke.
const compiledSets = new Map<string, CompiledSet | null>();
const MAX_CACHED = 50;

/** A pattern that compiles and does not match empty text, or null (declarations are validated when stored). */
function usable(declaration: Declared): RE2JS | null {
  try {
    const regex = compile(declaration.pattern, declaration.caseInsensitive);
    return regex.matches("") ? null : regex;
  } catch {
    return null;
  }
}

function compiledSetFor(declarations: readonly Declared[]): CompiledSet | null {
  const key = JSON.stringify(declarations.map((d) => [d.label, d.pattern, d.caseInsensitive]));
  let set = compiledSets.get(key);
  if (set === undefined) {
    const parts: string[] = [];
    const groups: CompiledSet["groups"] = [];
    let group = 1;
    for (const declaration of declarations) {
      const regex = usable(declaration);
      if (!regex) continue;
      parts.push(declaration.caseInsensitive ? `((?i:${declaration.pattern}))` : `(${declaration.pattern})`);
      groups.push({ group, label: declaration.label });
      group += 1 + regex.groupCount();
    }
    set = parts.length > 0 ? { regex: guardRegexEngine().RE2JS.compile(parts.join("|")), groups } : null;
    if (compiledSets.size >= MAX_CACHED) compiledSets.clear();
    compiledSets.set(key, set);
  }
  return set;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x1fff)
  );
}

/**
 * Appends TENANT_IDENTIFIER findings (with their label) for whole-word matches. The patterns are read
 * together in one linear pass; where two could match at one place, the one declared first wins.
 */
export function detectTenantIdentifiers(
  text: string,
  declarations: readonly Declared[],
  out: PersonalDataFinding[],
): void {
  const set = compiledSetFor(declarations);
  if (!set) return;
  const matcher = set.regex.matcher(text);
  while (matcher.find()) {
    const start = matcher.start();
    const end = matcher.end();
    if (end === start) continue;
    // A pattern for "8 digits" must not fire inside a 12-digit number or a word.
    if (start > 0 && isWordCode(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start))) continue;
    if (end < text.length && isWordCode(text.charCodeAt(end)) && isWordCode(text.charCodeAt(end - 1)))
      continue;
    const which = set.groups.find(({ group }) => matcher.start(group) >= 0);
    out.push({ type: "TENANT_IDENTIFIER", start, end, label: (which ?? set.groups[0]!).label });
  }
}
