/**
 * The learner's attempt history as Progress last received it, kept on this device so that Progress
 * still shows it — "as of" when it was received — while the API cannot be reached. One entry only,
 * for the signed-in user of one tenant: another identity never reads it, and signing in as someone
 * else drops it. Bounded: the latest attempts and the titles of their exercises, nothing else (scores
 * and dates, never a prompt). Storage may be blocked in some Office web frames: then nothing is kept.
 */
import type { Localized } from "../../core/types";

const KEY = "parcours.progress";
const VERSION = 1;
/** Attempts kept at most (the API's history page). */
export const MAX_CACHED_ATTEMPTS = 100;
/** Longest id and title kept (longer ones are refused or cut). */
const MAX_ID = 128;
const MAX_TITLE = 200;

export interface CachedAttempt {
  id: string;
  exerciseId: string;
  /** ISO 8601. */
  submittedAt: string;
  score: number;
}

export interface CachedProgress {
  attempts: CachedAttempt[];
  titles: ReadonlyMap<string, Localized>;
  /** When the history was received from the API (ISO 8601). */
  savedAt: string;
}

/** Who the history belongs to. */
export interface ProgressOwner {
  tenant: string;
  user: string;
}

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

interface Stored {
  v: number;
  tenant: string;
  user: string;
  savedAt: string;
  attempts: CachedAttempt[];
  titles: Record<string, Localized>;
}

export function saveProgress(
  owner: ProgressOwner,
  attempts: readonly CachedAttempt[],
  titles: ReadonlyMap<string, Localized>,
  savedAt: Date,
  storage: Store | undefined = safeStorage(),
): void {
  if (!storage) return;
  // Nothing to show: an erased or new learner leaves nothing behind on the device.
  if (attempts.length === 0) {
    forgetProgress(storage);
    return;
  }
  const kept = attempts
    .slice(0, MAX_CACHED_ATTEMPTS)
    .filter(isAttempt)
    .map(({ id, exerciseId, submittedAt, score }) => ({ id, exerciseId, submittedAt, score }));
  const keptTitles: Record<string, Localized> = {};
  for (const { exerciseId } of kept) {
    const title = titles.get(exerciseId);
    if (title && isLocalized(title))
      keptTitles[exerciseId] = { fr: title.fr.slice(0, MAX_TITLE), en: title.en.slice(0, MAX_TITLE) };
  }
  const stored: Stored = {
    v: VERSION,
    tenant: owner.tenant,
    user: owner.user,
    savedAt: savedAt.toISOString(),
    attempts: kept,
    titles: keptTitles,
  };
  try {
    storage.setItem(KEY, JSON.stringify(stored));
  } catch {
    // Storage full or blocked: Progress just has nothing to show offline.
  }
}

/** The history kept for this user of this tenant, if any; anything unreadable counts as none. */
export function loadProgress(
  owner: ProgressOwner,
  storage: Store | undefined = safeStorage(),
): CachedProgress | null {
  const stored = readStored(storage);
  if (!stored || stored.tenant !== owner.tenant || stored.user !== owner.user) return null;
  const titles = new Map<string, Localized>();
  for (const [id, title] of Object.entries(stored.titles)) if (isLocalized(title)) titles.set(id, title);
  return { attempts: stored.attempts.filter(isAttempt), titles, savedAt: stored.savedAt };
}

/** Drops the history kept on this device (sign-out, erased data). */
export function forgetProgress(storage: Store | undefined = safeStorage()): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Storage blocked: there is nothing kept either.
  }
}

/** Keeps the history only if it belongs to this identity: signing in as someone else drops it. */
export function keepProgressOnlyFor(owner: ProgressOwner, storage: Store | undefined = safeStorage()): void {
  const stored = readStored(storage);
  if (stored && (stored.tenant !== owner.tenant || stored.user !== owner.user)) forgetProgress(storage);
}

function readStored(storage: Store | undefined): Stored | null {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    return isStored(value) ? value : null;
  } catch {
    return null;
  }
}

function isStored(value: unknown): value is Stored {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return (
    v.v === VERSION &&
    typeof v.tenant === "string" &&
    typeof v.user === "string" &&
    typeof v.savedAt === "string" &&
    !Number.isNaN(Date.parse(v.savedAt)) &&
    Array.isArray(v.attempts) &&
    v.attempts.length <= MAX_CACHED_ATTEMPTS &&
    !!v.titles &&
    typeof v.titles === "object" &&
    !Array.isArray(v.titles)
  );
}

function isAttempt(value: unknown): value is CachedAttempt {
  if (!value || typeof value !== "object") return false;
  const a = value as Record<string, unknown>;
  return (
    typeof a.id === "string" &&
    a.id.length <= MAX_ID &&
    typeof a.exerciseId === "string" &&
    a.exerciseId.length <= MAX_ID &&
    typeof a.submittedAt === "string" &&
    !Number.isNaN(Date.parse(a.submittedAt)) &&
    typeof a.score === "number" &&
    Number.isFinite(a.score) &&
    a.score >= 0 &&
    a.score <= 100
  );
}

function isLocalized(value: unknown): value is Localized {
  if (!value || typeof value !== "object") return false;
  const t = value as Record<string, unknown>;
  return typeof t.fr === "string" && typeof t.en === "string";
}

function safeStorage(): Store | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
