/**
 * The prompt being written, kept on this device per exercise, so closing or reloading the pane (or a
 * crash) never loses it. Storage may be blocked in some Office web frames: then drafts simply are not kept.
 */
const PREFIX = "parcours.draft.";

export function loadDraft(
  exerciseId: string,
  storage: Pick<Storage, "getItem"> | undefined = safeStorage(),
): string {
  return storage?.getItem(PREFIX + exerciseId) ?? "";
}

export function saveDraft(
  exerciseId: string,
  prompt: string,
  storage: Pick<Storage, "setItem" | "removeItem"> | undefined = safeStorage(),
): void {
  try {
    if (prompt.trim()) storage?.setItem(PREFIX + exerciseId, prompt);
    else storage?.removeItem(PREFIX + exerciseId);
  } catch {
    // Quota exceeded or storage blocked: the draft stays in memory only.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
