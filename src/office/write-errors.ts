import type { Localized } from "../core/types";

/** Stable codes for a failed insertion; each message says what to do next. */
export const HOST_WRITE_ERROR_CODES = [
  "read_only", // the document, message or sheet cannot be changed (read-only, protected)
  "selection_lost", // the cursor or selection went away (another window, the item closed)
  "cell_editing", // Excel: a cell is being edited
  "not_supported", // this Office version lacks the API
  "host_write_failed", // any other failure of Office
] as const;
export type HostWriteErrorCode = (typeof HOST_WRITE_ERROR_CODES)[number];

export const HOST_WRITE_ERROR_MESSAGES: Record<HostWriteErrorCode, Localized> = {
  read_only: {
    fr: "Le document est en lecture seule ou protégé : activez la modification, puis réessayez. Vous pouvez aussi copier la réponse.",
    en: "The document is read-only or protected: enable editing, then try again. You can also copy the answer.",
  },
  selection_lost: {
    fr: "La sélection ou le curseur n’est plus disponible : cliquez dans le document à l’endroit voulu, puis réessayez.",
    en: "The selection or cursor is no longer available: click in the document where you want it, then try again.",
  },
  cell_editing: {
    fr: "Une cellule est en cours de modification : appuyez sur Entrée ou Échap dans Excel, puis réessayez.",
    en: "A cell is being edited: press Enter or Esc in Excel, then try again.",
  },
  not_supported: {
    fr: "Cette version d’Office ne permet pas l’insertion depuis le volet : copiez la réponse et collez-la.",
    en: "This version of Office cannot insert from the pane: copy the answer and paste it.",
  },
  host_write_failed: {
    fr: "L’insertion a échoué. Réessayez ; si le problème persiste, copiez la réponse et collez-la.",
    en: "The insertion failed. Try again; if it keeps failing, copy the answer and paste it.",
  },
};

export class HostWriteError extends Error {
  override name = "HostWriteError";
  readonly localized: Localized;
  constructor(
    readonly code: HostWriteErrorCode,
    options: { detail?: string; cause?: unknown } = {},
  ) {
    super(options.detail ? `${code}: ${options.detail}` : code, { cause: options.cause });
    this.localized = HOST_WRITE_ERROR_MESSAGES[code];
  }
}

export function isHostWriteError(error: unknown): error is HostWriteError {
  return error instanceof HostWriteError;
}

/**
 * Office's own error codes (rich API: "AccessDenied", "InvalidOperationInCellEditMode"…; common API: 9016
 * permission denied, 9041/9043 no focus or selection) → ours.
 */
export function writeErrorFrom(error: unknown): HostWriteError {
  if (error instanceof HostWriteError) return error;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = `${String(code ?? "")} ${String(message ?? "")}`;
  const detail = text.trim() || undefined;
  if (/AccessDenied|ReadOnly|read-only|lecture seule|protected|9016/i.test(text))
    return new HostWriteError("read_only", { detail, cause: error });
  if (/CellEditMode/i.test(text)) return new HostWriteError("cell_editing", { detail, cause: error });
  if (/ItemNotFound|InvalidSelection|selection|focus|9041|9043/i.test(text))
    return new HostWriteError("selection_lost", { detail, cause: error });
  if (/ApiNotFound|NotImplemented|not supported/i.test(text))
    return new HostWriteError("not_supported", { detail, cause: error });
  return new HostWriteError("host_write_failed", { detail, cause: error });
}

/** Runs an Office write; whatever it throws becomes a HostWriteError. */
export async function guardHostWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw writeErrorFrom(error);
  }
}
