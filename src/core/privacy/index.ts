/** Privacy guard: finds personal data and decides what may be sent to a model. Same code in pane and API. */
// The name dataset and the regex engine, for everything that detects through this entry point.
import "./guardData";
export { detectPersonalData, type DetectOptions } from "./detect";
export { normalizeForDetection, toOriginalSpan, type NormalizedText } from "./normalize";
export {
  MAX_TENANT_IDENTIFIERS,
  TENANT_IDENTIFIER_PROBLEMS,
  TenantIdentifierDeclarationSchema,
  TenantIdentifiersSchema,
  tenantIdentifierProblem,
  type TenantIdentifierDeclaration,
  type TenantIdentifierDeclarationInput,
  type TenantIdentifierProblem,
} from "./tenantIdentifiers";
export {
  IDENTIFIER_TYPES,
  PERSONAL_DATA_LABELS,
  PERSONAL_DATA_TYPES,
  type PersonalDataFinding,
  type PersonalDataType,
} from "./findings";
export {
  examplePlaceholder,
  numberedPlaceholder,
  PLACEHOLDER_WORDS,
  PLACEHOLDERS,
  pseudonymWords,
  redactedPlaceholder,
} from "./placeholders";
export { isValidIban, isValidLuhn, isValidNir, nirKey } from "./checksums";
export { HEALTH_ACRONYMS, HEALTH_TERMS } from "./healthTerms";
export {
  placeholderFor,
  redact,
  redactWithMap,
  type RedactOptions,
  type RedactionResult,
  type Replacement,
} from "./redact";
export {
  actionFor,
  applyPrivacyPolicy,
  decideFindings,
  defaultDocumentAction,
  detectionOptions,
  DEFAULT_PRIVACY_POLICY,
  HEALTH_NEAR_IDENTIFIER_WINDOW,
  identifiesPerson,
  PRIVACY_ACTIONS,
  PRIVACY_FIELDS,
  PrivacyActionSchema,
  PrivacyPolicySchema,
  type ApplyPolicyOptions,
  type BlockedFinding,
  type BlockRule,
  type FindingDecision,
  type PrivacyAction,
  type PrivacyDecision,
  type PrivacyField,
  type PrivacyPolicy,
  type PrivacyPolicyInput,
} from "./policy";
export {
  createAnswerRestorer,
  placeholderWord,
  PseudonymTable,
  restoreWith,
  type MaskedSpan,
  type PseudonymEntry,
} from "./pseudonymise";
export {
  peopleAmong,
  REQUEST_FIELDS,
  SCREENED_FIELDS,
  screenRequestTexts,
  type BlockedFieldFinding,
  type FieldFinding,
  type PseudonymisedFieldFinding,
  type RequestBlockRule,
  type RequestField,
  type ScreenedField,
  type ConversationTurn,
  type RequestScreening,
  type RequestTexts,
  type ScreenRequestOptions,
} from "./request";
export { personalDataInSharedText, type SharedTextFinding } from "./shared-text";
