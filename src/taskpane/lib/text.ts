import type { Lang, Localized } from "../../core/types";

/** A text the API sends either in both languages or as a single string. */
export type LocalizedOrText = Localized | string;

export function pick(text: LocalizedOrText | null | undefined, lang: Lang): string {
  if (text == null) return "";
  return typeof text === "string" ? text : text[lang];
}

/** A narrowing helper for loosely typed API fields (`catchall` parts of the schemas). */
export function asLocalizedOrText(value: unknown): LocalizedOrText | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "fr" in value && "en" in value) {
    const v = value as Record<string, unknown>;
    if (typeof v.fr === "string" && typeof v.en === "string") return { fr: v.fr, en: v.en };
  }
  return null;
}

/** A UUID for a new attempt; crypto.randomUUID needs a secure context, which Office and localhost are. */
export function newAttemptId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // Fallback for non-secure preview origins: RFC 4122 v4 from getRandomValues.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
