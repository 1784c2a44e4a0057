import type { Exercise } from "../../core/catalog/schema";
import type { Host } from "../../core/types";
import type { Me } from "../api/types";

/**
 * What the pane remembers for the rest of this pane session (sessionStorage: a reload keeps it, closing
 * the pane forgets it): the learner's latest profile, so a recovered screen or an offline reload never
 * sends a learner who accepted the charter back to onboarding, and the open exercise, so a reload
 * mid-exercise comes back to it (the draft itself is kept by lib/drafts).
 */
const ME = "parcours.session.me";
const EXERCISE = "parcours.session.exercise";

interface OpenExercise {
  user: string;
  host: Host;
  exercise: Exercise;
}

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === "undefined" ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

function read<T>(key: string): T | null {
  try {
    const raw = storage()?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the pane works, it just forgets on reload.
  }
}

export function rememberMe(me: Me): void {
  write(ME, me);
}

/** The profile last seen for this user in this pane session, if any. */
export function rememberedMe(user?: string): Me | null {
  const me = read<Me>(ME);
  if (!me || typeof me !== "object" || typeof me.user !== "string") return null;
  return user === undefined || me.user === user ? me : null;
}

/**
 * The profile to start from: the server's, except that a charter this session already saw accepted
 * (same user, same version) stays accepted when the server's answer is older than the acceptance.
 */
export function freshestMe(fromServer: Me): Me {
  const remembered = rememberedMe(fromServer.user);
  if (
    remembered &&
    remembered.tenant === fromServer.tenant &&
    remembered.charterAccepted &&
    !fromServer.charterAccepted &&
    remembered.charterVersionAccepted === fromServer.charter.version
  )
    return {
      ...fromServer,
      charterAccepted: true,
      charterVersionAccepted: remembered.charterVersionAccepted,
    };
  return fromServer;
}

export function rememberOpenExercise(user: string, host: Host, exercise: Exercise | null): void {
  write(EXERCISE, exercise ? ({ user, host, exercise } satisfies OpenExercise) : null);
}

/** The exercise open before a reload, when it belongs to this user and host. */
export function openExerciseFor(user: string, host: Host): Exercise | null {
  const open = read<OpenExercise>(EXERCISE);
  if (!open || open.user !== user || open.host !== host || typeof open.exercise?.id !== "string") return null;
  return open.exercise;
}
