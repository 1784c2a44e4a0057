import { z } from "zod";
import type { Lang } from "../types";
import { detectPersonalData } from "./detect";
import { IDENTIFIER_TYPES, type PersonalDataFinding, type PersonalDataType } from "./findings";
import { redact } from "./redact";

/** What to do with one type of personal data before text goes to a model. */
export const PRIVACY_ACTIONS = ["block", "redact", "warn", "allow"] as const;
export const PrivacyActionSchema = z.enum(PRIVACY_ACTIONS);
export type PrivacyAction = z.infer<typeof PrivacyActionSchema>;

/**
 * Default window, in characters, within which a health term and an identifier (NIR, IBAN, card,
 * e-mail, phone, date of birth) are taken to describe the same person: about one or two sentences.
 */
export const HEALTH_NEAR_IDENTIFIER_WINDOW = 100;

const PrivacyActionsSchema = z.object({
  NIR: PrivacyActionSchema.default("block"),
  POSSIBLE_NIR: PrivacyActionSchema.default("block"),
  IBAN: PrivacyActionSchema.default("block"),
  PAYMENT_CARD: PrivacyActionSchema.default("block"),
  TENANT_IDENTIFIER: PrivacyActionSchema.default("redact"),
  MEMBER_NUMBER: PrivacyActionSchema.default("redact"),
  CONTRACT_NUMBER: PrivacyActionSchema.default("redact"),
  EMAIL: PrivacyActionSchema.default("redact"),
  PHONE: PrivacyActionSchema.default("redact"),
  POSTAL_ADDRESS: PrivacyActionSchema.default("redact"),
  DATE_OF_BIRTH: PrivacyActionSchema.default("redact"),
  PERSON_NAME: PrivacyActionSchema.default("redact"),
  HEALTH_TERM: PrivacyActionSchema.default("warn"),
}) satisfies z.ZodType<Record<PersonalDataType, PrivacyAction>, unknown>;

/**
 * A tenant's privacy policy. Every field has a default, so a tenant setting only needs the changes:
 * `PrivacyPolicySchema.parse({ actions: { EMAIL: "allow" } })`.
 */
export const PrivacyPolicySchema = z.object({
  actions: PrivacyActionsSchema.default({
    NIR: "block",
    POSSIBLE_NIR: "block",
    IBAN: "block",
    PAYMENT_CARD: "block",
    TENANT_IDENTIFIER: "redact",
    MEMBER_NUMBER: "redact",
    CONTRACT_NUMBER: "redact",
    EMAIL: "redact",
    PHONE: "redact",
    POSTAL_ADDRESS: "redact",
    DATE_OF_BIRTH: "redact",
    PERSON_NAME: "redact",
    HEALTH_TERM: "warn",
  }),
  /**
   * A health term at most this many characters from an identifier is blocked together with it
   * (health data about an identifiable person, GDPR art. 9), whatever the two types' own actions.
   * 0 turns the rule off.
   */
  healthNearIdentifierWindow: z.number().int().min(0).max(10_000).default(HEALTH_NEAR_IDENTIFIER_WINDOW),
});
export type PrivacyPolicy = z.output<typeof PrivacyPolicySchema>;
export type PrivacyPolicyInput = z.input<typeof PrivacyPolicySchema>;

export const DEFAULT_PRIVACY_POLICY: PrivacyPolicy = PrivacyPolicySchema.parse({});

/** Why a finding is blocked: its type's action, or a health term next to an identifier. */
export type BlockRule = "type_policy" | "health_near_identifier";
export interface BlockedFinding extends PersonalDataFinding {
  rule: BlockRule;
}

export interface PrivacyDecision {
  /** `block`: send nothing; `redact`: send `redactedText`; `allow`: the text may go as it is. */
  action: "allow" | "redact" | "block";
  findings: PersonalDataFinding[];
  blocked: BlockedFinding[];
  /** Findings replaced by placeholders in `redactedText`. */
  redactions: PersonalDataFinding[];
  /** Findings the user should be told about; they do not stop the text. */
  warnings: PersonalDataFinding[];
  /** The text with redacted and blocked findings replaced by placeholders such as `[EMAIL]`. */
  redactedText: string;
}

export interface ApplyPolicyOptions {
  /** Placeholder language (default: the type code, `[EMAIL]`). */
  lang?: Lang;
  /** Findings already computed for `text`, to avoid detecting twice. */
  findings?: PersonalDataFinding[];
}

/** Indices of health terms and identifiers that lie within `window` characters of each other. */
function linkedHealthFindings(findings: readonly PersonalDataFinding[], window: number): Set<number> {
  const linked = new Set<number>();
  if (window <= 0) return linked;
  const identifiers: number[] = [];
  findings.forEach((f, i) => {
    if (IDENTIFIER_TYPES.has(f.type)) identifiers.push(i);
  });
  // Findings do not overlap, so identifiers sorted by start are sorted by end too: one sweep suffices.
  let next = 0;
  findings.forEach((health, h) => {
    if (health.type !== "HEALTH_TERM") return;
    while (
      next < identifiers.length &&
      (findings[identifiers[next] as number] as PersonalDataFinding).end <= health.start
    ) {
      next++;
    }
    const before = identifiers[next - 1];
    const after = identifiers[next];
    if (before !== undefined && health.start - (findings[before] as PersonalDataFinding).end <= window) {
      linked.add(h).add(before);
    }
    if (after !== undefined && (findings[after] as PersonalDataFinding).start - health.end <= window) {
      linked.add(h).add(after);
    }
  });
  return linked;
}

/** Decides what may be sent to a model: which findings block, which are redacted, which warn. */
export function applyPrivacyPolicy(
  text: string,
  policy: PrivacyPolicy = DEFAULT_PRIVACY_POLICY,
  options: ApplyPolicyOptions = {},
): PrivacyDecision {
  const findings = options.findings ?? detectPersonalData(text);
  const linked = linkedHealthFindings(findings, policy.healthNearIdentifierWindow);
  const blocked: BlockedFinding[] = [];
  const redactions: PersonalDataFinding[] = [];
  const warnings: PersonalDataFinding[] = [];
  findings.forEach((finding, i) => {
    const action = policy.actions[finding.type];
    if (action === "block") blocked.push({ ...finding, rule: "type_policy" });
    else if (linked.has(i)) blocked.push({ ...finding, rule: "health_near_identifier" });
    else if (action === "redact") redactions.push(finding);
    else if (action === "warn") warnings.push(finding);
  });
  const hidden = [...blocked, ...redactions];
  return {
    action: blocked.length > 0 ? "block" : redactions.length > 0 ? "redact" : "allow",
    findings,
    blocked,
    redactions,
    warnings,
    redactedText: hidden.length > 0 ? redact(text, hidden, { lang: options.lang }) : text,
  };
}
