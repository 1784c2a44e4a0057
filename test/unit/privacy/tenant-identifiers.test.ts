import {
  detectPersonalData,
  TenantIdentifierDeclarationSchema,
  TenantIdentifiersSchema,
  tenantIdentifierProblem,
} from "../../../src/core/privacy";

const MEMBER = { label: "N° adhérent", pattern: "ADH-\\d{8}", example: "ADH-00451234" };
const CLAIM = { label: "Dossier sinistre", pattern: "SIN-\\d{4}-\\d{6}", example: "SIN-2024-000123" };

/** The stable problem code zod carries for a refused declaration. */
function problemOf(input: unknown): string | undefined {
  const result = TenantIdentifierDeclarationSchema.safeParse(input);
  if (result.success) return undefined;
  const issue = result.error.issues[0] as { params?: { problem?: string }; code: string };
  return issue.params?.problem ?? issue.code;
}

describe("tenant identifier declarations", () => {
  it("accepts a label, a pattern and an example the pattern matches as a whole", () => {
    expect(TenantIdentifierDeclarationSchema.parse(MEMBER)).toEqual({ ...MEMBER, caseInsensitive: false });
    expect(TenantIdentifiersSchema.parse([MEMBER, CLAIM])).toHaveLength(2);
  });

  it("refuses syntax a linear-time engine cannot run: back-references and look-arounds", () => {
    expect(problemOf({ ...MEMBER, pattern: "(ADH)-\\d+\\1", example: "ADH-1ADH" })).toBe(
      "tenant_identifier_pattern_invalid",
    );
    expect(problemOf({ ...MEMBER, pattern: "(?=ADH)ADH-\\d{8}" })).toBe("tenant_identifier_pattern_invalid");
    expect(problemOf({ ...MEMBER, pattern: "(?<!X)ADH-\\d{8}" })).toBe("tenant_identifier_pattern_invalid");
    expect(problemOf({ ...MEMBER, pattern: "ADH-(\\d{8}" })).toBe("tenant_identifier_pattern_invalid");
  });

  it("refuses a pattern that matches empty text, and an example the pattern does not match whole", () => {
    expect(problemOf({ ...MEMBER, pattern: "\\d*", example: "123" })).toBe(
      "tenant_identifier_pattern_matches_empty",
    );
    expect(problemOf({ ...MEMBER, example: "ADH-1234" })).toBe("tenant_identifier_example_mismatch");
    expect(problemOf({ ...MEMBER, example: "ADH-00451234 bis" })).toBe("tenant_identifier_example_mismatch");
    expect(tenantIdentifierProblem({ ...MEMBER, example: "adh-00451234" })?.problem).toBe(
      "tenant_identifier_example_mismatch",
    );
    expect(tenantIdentifierProblem({ ...MEMBER, example: "adh-00451234", caseInsensitive: true })).toBeNull();
  });

  it("refuses empty labels, unknown fields and duplicate labels", () => {
    expect(problemOf({ ...MEMBER, label: "  " })).toBe("too_small");
    expect(problemOf({ ...MEMBER, flags: "g" })).toBe("unrecognized_keys");
    expect(TenantIdentifiersSchema.safeParse([MEMBER, CLAIM]).success).toBe(true);
    const same = TenantIdentifiersSchema.safeParse([MEMBER, { ...CLAIM, label: MEMBER.label.toUpperCase() }]);
    expect(same.success).toBe(false);
    expect((same.error!.issues[0] as { params?: { problem?: string } }).params?.problem).toBe(
      "tenant_identifier_label_duplicate",
    );
  });

  it("accepts a pattern that backtracks catastrophically elsewhere, because matching never backtracks", () => {
    // "(a+)+b" takes exponential time on a backtracking engine; on RE2 it is linear.
    const declaration = { label: "Test", pattern: "(a+)+b", example: "aaab" };
    expect(tenantIdentifierProblem(declaration)).toBeNull();
    const text = `${"a".repeat(50_000)}c`;
    expect(
      detectPersonalData(text, { tenantIdentifiers: [{ ...declaration, caseInsensitive: false }] }),
    ).toEqual([]);
  });
});

describe("tenant identifiers in text", () => {
  const tenantIdentifiers = [MEMBER, CLAIM].map((d) => TenantIdentifierDeclarationSchema.parse(d));

  it("finds whole-word matches, labelled with the declaration's label", () => {
    const text =
      "Adhérent ADH-00451234, dossier SIN-2024-000123 ; voir aussi XADH-00451234 et ADH-004512345.";
    const findings = detectPersonalData(text, { tenantIdentifiers });
    expect(findings.map((f) => [f.type, text.slice(f.start, f.end), f.label])).toEqual([
      ["TENANT_IDENTIFIER", "ADH-00451234", "N° adhérent"],
      ["TENANT_IDENTIFIER", "SIN-2024-000123", "Dossier sinistre"],
    ]);
  });

  it("finds them through invisible characters and full-width digits, like built-in identifiers", () => {
    const text = "n° ADH-００４５\u200b1234";
    const findings = detectPersonalData(text, { tenantIdentifiers });
    expect(findings).toEqual([
      { type: "TENANT_IDENTIFIER", start: 3, end: text.length, label: "N° adhérent" },
    ]);
  });

  it("labels each match with its own declaration, whatever groups the patterns hold", () => {
    const declared = [
      { label: "Adhérent", pattern: "(ADH|MBR)-(\\d{4})(\\d{4})", caseInsensitive: false },
      { label: "Contrat", pattern: "ct-\\d{6}", caseInsensitive: true },
    ];
    const text = "MBR-12345678 et CT-778899";
    expect(detectPersonalData(text, { tenantIdentifiers: declared }).map((f) => f.label)).toEqual([
      "Adhérent",
      "Contrat",
    ]);
  });

  it("finds nothing without declarations", () => {
    expect(detectPersonalData("Adhérent ADH-00451234").filter((f) => f.type === "TENANT_IDENTIFIER")).toEqual(
      [],
    );
  });
});
