import type { Host } from "../../../core/types";
import type { NewAttempt, RealWorkUsesTable } from "../../store/schema";

/**
 * The demo pilot's real-work uses: after a practice attempt that went well, the learner sometimes
 * puts the model's answer into their own work a few minutes later — more often as the pilot goes
 * on (about one good attempt in five at the start, one in two at the end), and more for those who
 * practise often. The kind follows the host: a Word answer is inserted, replaces the selection or
 * is copied; an Outlook one opens a reply; an Excel one writes values, a formula or a table.
 * Deterministic for a given random source.
 */
const KINDS: Record<Host, Array<[RealWorkUsesTable["kind"], number]>> = {
  word: [
    ["insert", 0.5],
    ["replace", 0.3],
    ["copy", 0.2],
  ],
  outlook: [
    ["reply", 0.75],
    ["copy", 0.25],
  ],
  excel: [
    ["values", 0.45],
    ["formula", 0.35],
    ["table", 0.2],
  ],
};

export function generateDemoRealUses(
  tenantId: string,
  attempts: readonly NewAttempt[],
  /** Exercises whose attempts are never put into work (the benchmarks). */
  excluded: ReadonlySet<string>,
  from: string,
  to: string,
  random: () => number,
  uuid: () => string,
): Array<RealWorkUsesTable> {
  const start = Date.parse(`${from}T00:00:00.000Z`);
  const span = Math.max(1, Date.parse(`${to}T00:00:00.000Z`) - start);
  const perLearner = new Map<string, number>();
  for (const a of attempts) perLearner.set(a.user_id, (perLearner.get(a.user_id) ?? 0) + 1);
  const uses: RealWorkUsesTable[] = [];
  const ordered = [...attempts].sort((a, b) =>
    a.submitted_at < b.submitted_at ? -1 : a.submitted_at > b.submitted_at ? 1 : a.id < b.id ? -1 : 1,
  );
  for (const a of ordered) {
    if (excluded.has(a.exercise_id) || a.score < 60) continue;
    const at = Date.parse(a.submitted_at);
    const progress = Math.min(1, Math.max(0, (at - start) / span));
    const keen = Math.min(1, (perLearner.get(a.user_id) ?? 0) / 30);
    if (random() > 0.2 + 0.3 * progress + 0.15 * keen) continue;
    const kinds = KINDS[a.host as Host] ?? KINDS.word;
    let r = random();
    const kind = kinds.find(([, w]) => (r -= w) <= 0)?.[0] ?? kinds[0]![0];
    const id = uuid();
    uses.push({
      tenant_id: tenantId,
      id,
      user_id: a.user_id,
      client_id: id,
      kind,
      host: a.host as Host,
      exercise_id: a.exercise_id,
      occurred_at: new Date(at + (1 + Math.floor(random() * 12)) * 60_000).toISOString(),
    });
  }
  return uses;
}
