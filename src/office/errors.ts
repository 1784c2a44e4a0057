import type { Lang, Localized } from "../core/types";

/** Stable codes for failures of the host layer; the UI chooses what to show from the code. */
export const HOST_ERROR_CODES = [
  "host_read_failed", // an Office call failed (sync rejected, getAsync returned Failed…)
  "multi_area_selection", // Excel: several areas selected (reported as a notice by readContext)
  "no_item", // Outlook: no mail item is open
  "office_unavailable", // office.js could not be loaded or did not become ready in time
  "unsupported_host", // an Office host Parcours does not support (PowerPoint, OneNote…)
  "unknown_preview_sample", // the preview switcher asked for a sample that does not exist
] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

export const HOST_ERROR_MESSAGES: Record<HostErrorCode, Localized> = {
  host_read_failed: {
    fr: "Impossible de lire le contenu ouvert dans Office. Réessayez ; si le problème persiste, rouvrez le volet.",
    en: "Could not read the content open in Office. Try again; if it keeps failing, reopen the pane.",
  },
  multi_area_selection: {
    fr: "Plusieurs zones sont sélectionnées : seule la première est lue. Sélectionnez une seule plage pour l’exercice.",
    en: "Several areas are selected: only the first one is read. Select a single range for the exercise.",
  },
  no_item: {
    fr: "Aucun message n’est ouvert. Ouvrez ou sélectionnez un courriel.",
    en: "No message is open. Open or select an email.",
  },
  office_unavailable: {
    fr: "Office n’a pas pu être chargé : le volet fonctionne en mode aperçu avec un exemple.",
    en: "Office could not be loaded: the pane runs in preview mode with a sample.",
  },
  unsupported_host: {
    fr: "Cette application Office n’est pas prise en charge : le volet fonctionne en mode aperçu.",
    en: "This Office application is not supported: the pane runs in preview mode.",
  },
  unknown_preview_sample: {
    fr: "Cet exemple d’aperçu n’existe pas.",
    en: "This preview sample does not exist.",
  },
};

/** A failure to read the host, with a stable `code` and a message in both product languages. */
export class HostReadError extends Error {
  readonly code: HostErrorCode;
  readonly localized: Localized;

  constructor(code: HostErrorCode, options: { cause?: unknown; detail?: string } = {}) {
    const localized = HOST_ERROR_MESSAGES[code];
    super(options.detail ? `${localized.en} (${options.detail})` : localized.en, { cause: options.cause });
    this.name = "HostReadError";
    this.code = code;
    this.localized = localized;
  }

  messageIn(lang: Lang): string {
    return this.localized[lang];
  }
}

export function isHostReadError(error: unknown): error is HostReadError {
  return error instanceof HostReadError;
}

/** Runs an Office read and turns any failure into a `HostReadError` (keeping the cause for logs). */
export async function guardHostRead<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof HostReadError) throw error;
    throw new HostReadError("host_read_failed", { cause: error, detail: describeOfficeError(error) });
  }
}

/** Office errors carry `code` ("GeneralException", "ItemNotFound"…) and a message; keep both, never data. */
function describeOfficeError(error: unknown): string | undefined {
  if (error && typeof error === "object") {
    const code = "code" in error ? String((error as { code: unknown }).code) : undefined;
    const message = "message" in error ? String((error as { message: unknown }).message) : undefined;
    return [code, message].filter(Boolean).join(": ") || undefined;
  }
  return typeof error === "string" ? error : undefined;
}
