import { z } from "zod";
import type { Lang } from "../types";
import { detectPersonalData, type DetectOptions } from "./detect";
import { PERSONAL_DATA_TYPES, type PersonalDataFinding, type PersonalDataType } from "./findings";
import { PseudonymTable } from "./pseudonymise";
import { TenantIdentifiersSchema } from "./tenantIdentifiers";

/**
 * What to do with one type of personal data before text goes to a model:
 * - `block`: send nothing, say what and where;
 * - `pseudonymise`: replace with a numbered placeholder (`[PERSONNE_1]`) whose real value only the
 *   task pane knows, and put the real value back into the answer there;
 * - `redact`: replace with a type placeholder (`[E-MAIL]`) for good;
 * - `warn`: send it, and tell the user;
 * - `allow`: send it.
 */
export const PRIVACY_ACTIONS = ["block", "pseudonymise", "redact", "warn", "allow"] as const;
export const PrivacyActionSchema = z.enum(PRIVACY_ACTIONS);
export type PrivacyAction = z.infer<typeof PrivacyActionSchema>;

/**
 * Where a text sits in a request. The learner's own `prompt` is what they write, and where
 * identifiers stay blocked (that is the lesson); the `document` is the e-mail, page or range they
 * work on, its title and its kind, where personal data is masked so the exercise can go ahead.
 */
export const PRIVACY_FIELDS = ["prompt", "document"] as const;
export type PrivacyField = (typeof PRIVACY_FIELDS)[number];

/**
 * Default window, in characters, within which a health term and something identifying a person
 * (a name, NIR, e-mail, phone, address…) are taken to describe the same person: one or two sentences.
 */
export const HEALTH_NEAR_IDENTIFIER_WINDOW = 100;

/** Types whose value identifies a person; everything but health information itself. */
export function identifiesPerson(type: PersonalDataType): boolean {
  return type !== "HEALTH_TERM";
}

/** Types a learner must never type into their own prompt, whatever the document policy says. */
const PROMPT_BLOCKED: ReadonlySet<string> = new Set(["NIR", "POSSIBLE_NIR", "IBAN", "PAYMENT_CARD"]);

/** Default action in the document: health information warns, anything identifying is pseudonymised. */
export function defaultDocumentAction(type: PersonalDataType): PrivacyAction {
  return type === "HEALTH_TERM" ? "warn" : "pseudonymise";
}

type ActionShape = Record<PersonalDataType, z.ZodDefault<typeof PrivacyActionSchema>>;
type PromptShape = Record<
  PersonalDataType,
  z.ZodDefault<typeof PrivacyActionSchema> | z.ZodOptional<typeof PrivacyActionSchema>
>;

// Built from the list of types, so a type the guard learns to detect gets a policy at once.
const documentShape = Object.fromEntries(
  PERSONAL_DATA_TYPES.map((type) => [type, PrivacyActionSchema.default(defaultDocumentAction(type))]),
) as ActionShape;
const promptShape = Object.fromEntries(
  PERSONAL_DATA_TYPES.map((type) => [
    type,
    PROMPT_BLOCKED.has(type) ? PrivacyActionSchema.default("block") : PrivacyActionSchema.optional(),
  ]),
) as PromptShape;

const DocumentActionsSchema = z
  .object(documentShape)
  .strict()
  .describe("Action per type in the document (e-mail, page, range, its title and kind)");
const PromptActionsSchema = z
  .object(promptShape)
  .strict()
  .describe(
    "Action per type in the learner's own prompt; a type left out follows the document's action. " +
      "NIR, possible NIR, IBAN and card numbers are blocked unless set otherwise.",
  );

/**
 * A tenant's privacy policy. Every field has a default, so a tenant setting only needs the changes:
 * `PrivacyPolicySchema.parse({ actions: { EMAIL: "allow" } })`.
 */
export const PrivacyPolicySchema = z.object({
  actions: DocumentActionsSchema.default(() => DocumentActionsSchema.parse({})),
  promptActions: PromptActionsSchema.default(() => PromptActionsSchema.parse({})),
  /**
   * A health term at most this many characters from something identifying a person that is sent
   * as it is (its action is `warn` or `allow`) is blocked together with it: health data about an
   * identifiable person (GDPR art. 9). Masked identifiers (pseudonymised, redacted) free the health
   * term to go. 0 turns the rule off.
   */
  healthNearIdentifierWindow: z.number().int().min(0).max(10_000).default(HEALTH_NEAR_IDENTIFIER_WINDOW),
  /**
   * The tenant's own identifiers (member, contract, claim file numbers): label, pattern on a
   * linear-time engine, example. Found as `TENANT_IDENTIFIER` wherever built-in identifiers are.
   */
  identifiers: TenantIdentifiersSchema.default([]),
});
export type PrivacyPolicy = z.output<typeof PrivacyPolicySchema>;
export type PrivacyPolicyInput = z.input<typeof PrivacyPolicySchema>;

export const DEFAULT_PRIVACY_POLICY: PrivacyPolicy = PrivacyPolicySchema.parse({});

/** What detection needs from a policy: the tenant's identifier patterns, and names the context gives. */
export function detectionOptions(policy: PrivacyPolicy, knownNames?: readonly string[]): DetectOptions {
  return {
    ...(policy.identifiers.length > 0 ? { tenantIdentifiers: policy.identifiers } : {}),
    ...(knownNames && knownNames.length > 0 ? { knownNames } : {}),
  };
}

/** The action a policy gives one type in one field. */
export function actionFor(policy: PrivacyPolicy, type: PersonalDataType, field: PrivacyField): PrivacyAction {
  const documentAction = policy.actions[type] ?? defaultDocumentAction(type);
  if (field === "document") return documentAction;
  return policy.promptActions[type] ?? documentAction;
}

/** Why a finding is blocked: its type's action, or a health term next to an unmasked identifier. */
export type BlockRule = "type_policy" | "health_near_identifier";
export interface BlockedFinding extends PersonalDataFinding {
  rule: BlockRule;
}

/** One finding with what the policy does to it. */
export interface FindingDecision {
  finding: PersonalDataFinding;
  action: PrivacyAction;
  rule?: BlockRule;
}

/** Pseudonymised, redacted: the value does not reach the model. */
function masks(action: PrivacyAction): boolean {
  return action === "pseudonymise" || action === "redact" || action === "block";
}

/**
 * What the policy does to each finding of one text. A health term within the window of an
 * identifier that goes as it is (warn, allow) is blocked together with it; a masked identifier lets
 * the health term go. Linear: findings are sorted and do not overlap, so one sweep suffices.
 */
export function decideFindings(
  findings: readonly PersonalDataFinding[],
  policy: PrivacyPolicy,
  field: PrivacyField,
): FindingDecision[] {
  const decisions: FindingDecision[] = findings.map((finding) => ({
    finding,
    action: actionFor(policy, finding.type, field),
  }));
  for (const d of decisions) if (d.action === "block") d.rule = "type_policy";
  const window = policy.healthNearIdentifierWindow;
  if (window <= 0) return decisions;

  const exposed = decisions.filter((d) => identifiesPerson(d.finding.type) && !masks(d.action));
  let next = 0;
  for (const health of decisions) {
    if (health.finding.type !== "HEALTH_TERM" || health.action === "block") continue;
    while (next < exposed.length && (exposed[next] as FindingDecision).finding.end <= health.finding.start)
      next++;
    for (const neighbour of [exposed[next - 1], exposed[next]]) {
      if (!neighbour) continue;
      const gap =
        neighbour.finding.end <= health.finding.start
          ? health.finding.start - neighbour.finding.end
          : neighbour.finding.start - health.finding.end;
      if (gap > window) continue;
      for (const d of [health, neighbour]) {
        d.action = "block";
        d.rule = "health_near_identifier";
      }
    }
  }
  return decisions;
}

export interface PrivacyDecision {
  /** `block`: send nothing; `pseudonymise`/`redact`: send `redactedText`; `allow`: the text may go as it is. */
  action: "allow" | "redact" | "pseudonymise" | "block";
  findings: PersonalDataFinding[];
  blocked: BlockedFinding[];
  /** Findings replaced by numbered placeholders (`[PERSONNE_1]`) recorded in the pseudonym table. */
  pseudonymised: PersonalDataFinding[];
  /** Findings replaced by type placeholders for good. */
  redactions: PersonalDataFinding[];
  /** Findings the user should be told about; they do not stop the text. */
  warnings: PersonalDataFinding[];
  /** The text with every masked or blocked finding replaced by its placeholder. */
  redactedText: string;
}

export interface ApplyPolicyOptions {
  /** Placeholder language (default: French labels for pseudonyms, type codes for redactions). */
  lang?: Lang;
  /** Which part of a request the text is (default: the learner's `prompt`). */
  field?: PrivacyField;
  /** Findings already computed for `text`, to avoid detecting twice. */
  findings?: PersonalDataFinding[];
  /** People the context names (Outlook sender and recipients). */
  knownNames?: readonly string[];
  /** Pseudonym table shared by the texts of one request, so one person keeps one placeholder. */
  pseudonyms?: PseudonymTable;
}

/** Decides what may be sent to a model from one text: what blocks, what is masked, what warns. */
export function applyPrivacyPolicy(
  text: string,
  policy: PrivacyPolicy = DEFAULT_PRIVACY_POLICY,
  options: ApplyPolicyOptions = {},
): PrivacyDecision {
  const findings = options.findings ?? detectPersonalData(text, detectionOptions(policy, options.knownNames));
  const decisions = decideFindings(findings, policy, options.field ?? "prompt");
  const decision: PrivacyDecision = {
    action: "allow",
    findings,
    blocked: [],
    pseudonymised: [],
    redactions: [],
    warnings: [],
    redactedText: text,
  };
  for (const d of decisions) {
    if (d.action === "block") decision.blocked.push({ ...d.finding, rule: d.rule ?? "type_policy" });
    else if (d.action === "pseudonymise") decision.pseudonymised.push(d.finding);
    else if (d.action === "redact") decision.redactions.push(d.finding);
    else if (d.action === "warn") decision.warnings.push(d.finding);
  }
  decision.action =
    decision.blocked.length > 0
      ? "block"
      : decision.pseudonymised.length > 0
        ? "pseudonymise"
        : decision.redactions.length > 0
          ? "redact"
          : "allow";
  if (decision.action !== "allow") {
    const table = options.pseudonyms ?? new PseudonymTable(options.lang ?? "fr");
    decision.redactedText = table.mask(text, [
      ...decision.pseudonymised.map((f) => ({ finding: f, pseudonymise: true })),
      ...[...decision.redactions, ...decision.blocked].map((f) => ({ finding: f, pseudonymise: false })),
    ]);
  }
  return decision;
}
