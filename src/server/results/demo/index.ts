import type { Kysely, Transaction } from "kysely";
import { initialLearnerState, recordAttempt, type LearnerState } from "../../../core/learner/state";
import { PASS_SCORE, PERSONAL_DATA_CAP } from "../../../core/rubric";
import { CRITERIA, type CriterionId, type Host } from "../../../core/types";
import type { Store } from "../../store/db";
import { generateDemoUseCases } from "./use-cases";
import type { Database, NewAttempt } from "../../store/schema";
import { PRIVACY_BLOCK_ACTION } from "../../audit";
import { rebuildTenantResults } from "../rollups";
import { DEMO_BENCHMARKS, generateDemoStages } from "./stages";
import { generateDemoRealUses } from "./real-use";
import { markTenantTransferAttempts } from "../transfer";
import { demoUuid, mulberry32, seedFrom } from "./random";

/**
 * A realistic demo pilot, so a newcomer sees a meaningful results sheet right after `npm start`:
 * two waves of volunteers across the insurer's departments, learning curves that rise and level
 * off, people who try once and drop out, regulars and enthusiasts, a host mix that follows each
 * department's work, self-reported time saved and usefulness, and a few privacy blocks.
 * Deterministic for a given seed and date.
 */
export interface DemoOptions {
  tenantId: string;
  learners: number;
  weeks: number;
  seed: number;
  /** The demo ends on this day; attempts are never in its future. */
  now: Date;
  /** Replace the tenant even when it holds users that the demo did not create. */
  replace?: boolean;
}

export interface DemoSummary {
  tenantId: string;
  learners: number;
  activeLearners: number;
  attempts: number;
  privacyBlocks: number;
  useCases: number;
  votes: number;
  /** Answers put into real work. */
  realUses: number;
  feedback: number;
  from: string;
  to: string;
}

/** Raised when seeding would erase a tenant's real users. */
export class DemoConflict extends Error {
  override name = "DemoConflict";
}

export const DEMO_USER_PREFIX = "demo-";

const DEPARTMENTS: Array<{ name: string; job: string; weight: number; hosts: Record<Host, number> }> = [
  { name: "Prestations santé", job: "claims", weight: 0.3, hosts: { word: 0.45, outlook: 0.35, excel: 0.2 } },
  {
    name: "Relation adhérents",
    job: "member-relations",
    weight: 0.28,
    hosts: { word: 0.2, outlook: 0.7, excel: 0.1 },
  },
  {
    name: "Gestion des contrats",
    job: "group-contracts",
    weight: 0.2,
    hosts: { word: 0.6, outlook: 0.25, excel: 0.15 },
  },
  {
    name: "Comptabilité",
    job: "actuarial-control",
    weight: 0.14,
    hosts: { word: 0.15, outlook: 0.2, excel: 0.65 },
  },
  { name: "Direction", job: "management", weight: 0.08, hosts: { word: 0.5, outlook: 0.35, excel: 0.15 } },
];

/** A few exercises of the built-in catalog per host. */
const EXERCISES: Record<Host, string[]> = {
  word: [
    "word-summarise-procedure-5-points",
    "word-draft-member-letter-reply",
    "word-analyse-member-questions",
    "word-transform-paragraph-to-bullets",
  ],
  outlook: [
    "outlook-summarise-email-3-points",
    "outlook-draft-reimbursement-reply",
    "outlook-draft-complaint-reply",
    "outlook-transform-adjust-tone",
  ],
  excel: [
    "excel-summarise-table-3-sentences",
    "excel-analyse-outliers",
    "excel-analyse-delay-trend",
    "excel-transform-write-formula",
  ],
};

/** How hard each criterion is relative to the learner's overall skill (audience and constraints come last). */
const DIFFICULTY: Record<Exclude<CriterionId, "safety">, number> = {
  goal: 0.12,
  context: -0.04,
  source: 0.02,
  expectations: 0,
  audience: -0.14,
  constraints: -0.2,
  clarity: -0.05,
};

/** Typical minutes a good prompt saves, per host. */
const MINUTES: Record<Host, number> = { word: 18, outlook: 9, excel: 14 };

const FIRST_NAMES = [
  "Camille",
  "Léa",
  "Hugo",
  "Chloé",
  "Louis",
  "Inès",
  "Nathalie",
  "Karim",
  "Sophie",
  "Thomas",
  "Amina",
  "Julien",
  "Claire",
  "Mathieu",
  "Élodie",
  "Yanis",
  "Isabelle",
  "Pierre",
  "Sarah",
  "Olivier",
];
const LAST_NAMES = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefebvre",
  "Michel",
  "Garcia",
  "David",
  "Bertrand",
  "Roux",
  "Vincent",
  "Fournier",
];

const DAY = 86_400_000;

export async function seedDemoPilot(store: Store, options: DemoOptions): Promise<DemoSummary> {
  const pilot = generateDemoPilot(options);
  const stageRandom = mulberry32(seedFrom(`${options.tenantId}:${options.seed}:stages`));
  const staged = generateDemoStages(
    options.tenantId,
    pilot.from,
    pilot.to,
    pilot.attempts,
    options.now,
    stageRandom,
    () => demoUuid(stageRandom),
  );
  pilot.attempts.push(...staged.attempts);
  const useRandom = mulberry32(seedFrom(`${options.tenantId}:${options.seed}:real-use`));
  const realUses = generateDemoRealUses(
    options.tenantId,
    pilot.attempts,
    new Set(Object.values(DEMO_BENCHMARKS)),
    pilot.from,
    pilot.to,
    useRandom,
    () => demoUuid(useRandom),
  );
  let summary = { useCases: 0, votes: 0, feedback: 0 };
  await store.db.transaction().execute(async (trx) => {
    await clearTenant(trx, options.tenantId, options.replace ?? false);
    const stamp = pilot.from + "T00:00:00.000Z";
    await trx
      .insertInto("tenants")
      .values({ tenant_id: options.tenantId, settings: "{}", created_at: stamp, updated_at: stamp })
      .execute();
    for (const chunk of chunks(pilot.users, 500)) await trx.insertInto("users").values(chunk).execute();
    for (const chunk of chunks(pilot.attempts, 400)) await trx.insertInto("attempts").values(chunk).execute();
    for (const chunk of chunks(pilot.states, 500)) await trx.insertInto("mastery").values(chunk).execute();
    for (const chunk of chunks(pilot.audits, 500)) await trx.insertInto("audit_log").values(chunk).execute();
    await trx.insertInto("stages").values(staged.stages).execute();
    for (const chunk of chunks(staged.pulses, 500)) await trx.insertInto("pulses").values(chunk).execute();
    for (const chunk of chunks(realUses, 500)) await trx.insertInto("real_work_uses").values(chunk).execute();
    await markTenantTransferAttempts(trx, options.tenantId);
    const shared = generateDemoUseCases(options.tenantId, options.seed, pilot.users, pilot.attempts);
    for (const chunk of chunks(shared.useCases, 200))
      await trx.insertInto("use_cases").values(chunk).execute();
    for (const chunk of chunks(shared.votes, 500))
      await trx.insertInto("use_case_votes").values(chunk).execute();
    for (const chunk of chunks(shared.feedback, 300))
      await trx.insertInto("feedback").values(chunk).execute();
    summary = {
      useCases: shared.useCases.length,
      votes: shared.votes.length,
      feedback: shared.feedback.length,
    };
    await rebuildTenantResults(trx, options.tenantId);
  });
  return {
    tenantId: options.tenantId,
    learners: pilot.users.length,
    activeLearners: pilot.states.length,
    attempts: pilot.attempts.length,
    privacyBlocks: pilot.audits.length,
    ...summary,
    realUses: realUses.length,
    from: pilot.from,
    to: pilot.to,
  };
}

/** Removes a demo tenant's rows; refuses a tenant with real users unless `replace`. */
async function clearTenant(trx: Transaction<Database>, tenantId: string, replace: boolean): Promise<void> {
  const real = await trx
    .selectFrom("users")
    .select("user_id")
    .where("tenant_id", "=", tenantId)
    .where("user_id", "not like", `${DEMO_USER_PREFIX}%`)
    .limit(1)
    .executeTakeFirst();
  if (real && !replace) {
    throw new DemoConflict(
      `Tenant "${tenantId}" has users the demo did not create; choose another --tenant, or pass --replace to erase it.`,
    );
  }
  for (const table of [
    "saved_prompts",
    "team_prompts",
    "use_case_votes",
    "use_cases",
    "exercise_drafts",
    "feedback",
    "xapi_outbox",
    "audit_log",
    "mastery",
    "pulses",
    "real_work_uses",
    "stages",
    "attempts",
    "users",
    "tenants",
  ] as const) {
    await (trx as Kysely<Database>).deleteFrom(table).where("tenant_id", "=", tenantId).execute();
  }
}

interface DemoPilot {
  from: string;
  to: string;
  users: Database["users"][];
  attempts: NewAttempt[];
  states: Database["mastery"][];
  audits: Database["audit_log"][];
}

type UserRow = DemoPilot["users"][number];

export function generateDemoPilot(options: DemoOptions): DemoPilot {
  const random = mulberry32(seedFrom(`${options.tenantId}:${options.seed}`));
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const pick = <T>(weights: Array<[T, number]>): T => {
    let r = random() * weights.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of weights) if ((r -= w) <= 0) return value;
    return weights[weights.length - 1]![0];
  };

  const nowMs = options.now.getTime();
  const today = Math.floor(nowMs / DAY);
  const monday = today - ((today + 3) % 7);
  const firstMonday = monday - (options.weeks - 1) * 7;
  const from = iso(firstMonday);
  const users: UserRow[] = [];
  const attempts: NewAttempt[] = [];
  const states: DemoPilot["states"] = [];
  const audits: DemoPilot["audits"] = [];
  const secondWave = Math.floor(options.weeks / 3);

  for (let i = 0; i < options.learners; i++) {
    const userId = `${DEMO_USER_PREFIX}${String(i + 1).padStart(5, "0")}`;
    const department = pick(DEPARTMENTS.map((d) => [d, d.weight] as [typeof d, number]));
    const wave = i < options.learners * 0.6 ? 1 : 2;
    const startWeek =
      wave === 1
        ? Math.floor(random() * 2)
        : Math.min(options.weeks - 1, secondWave + Math.floor(random() * 2));
    const enrolledAt = `${iso(firstMonday + startWeek * 7)}T07:00:00.000Z`;
    users.push({
      tenant_id: options.tenantId,
      user_id: userId,
      display_name: `${FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]} ${LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]}`,
      locale: "fr-FR",
      cohort: `Vague ${wave}`,
      department: department.name,
      job: department.job,
      charter_version_accepted: "1",
      charter_accepted_at: enrolledAt,
      created_at: enrolledAt,
      last_seen_at: enrolledAt,
    });

    // Engagement profile: never starts, drops out early, regular, enthusiast.
    const profile = pick<"never" | "dropout" | "regular" | "enthusiast">([
      ["never", 0.08],
      ["dropout", 0.25],
      ["regular", 0.52],
      ["enthusiast", 0.15],
    ]);
    if (profile === "never") continue;
    const cap = profile === "dropout" ? 1 + Math.floor(random() * 3) : Infinity;
    let perWeek = profile === "enthusiast" ? 4 + random() * 3 : 1 + random() * 2;
    const start = clamp(0.3 + 0.12 * normal(), 0.05, 0.6);
    const ceiling = clamp(0.86 + 0.06 * normal(), start + 0.1, 0.98);
    const pace = 5 + random() * 8;
    let state: LearnerState = initialLearnerState();
    let count = 0;
    let last = "";
    for (let week = startWeek; week < options.weeks && count < cap; week++) {
      const n = Math.floor(perWeek + random());
      const days: number[] = Array.from(
        { length: n },
        () => firstMonday + week * 7 + Math.floor(random() * 5),
      ).sort((a, b) => a - b);
      for (const day of days) {
        if (count >= cap) break;
        const at = day * DAY + (7.5 + random() * 10) * 3_600_000;
        if (at > nowMs) continue;
        const skill = ceiling - (ceiling - start) * Math.exp(-count / pace);
        const criteria = {} as Record<CriterionId, number>;
        for (const c of CRITERIA) {
          criteria[c] =
            c === "safety"
              ? random() < 0.94
                ? 3
                : random() < 0.5
                  ? 1
                  : 0
              : Math.round(clamp(3 * (skill + DIFFICULTY[c] + 0.12 * normal()), 0, 3));
        }
        const skillSum = CRITERIA.filter((c) => c !== "safety").reduce((s, c) => s + criteria[c], 0);
        let score = Math.round((100 * skillSum) / 21);
        if (criteria.safety === 0) score = Math.min(score, PERSONAL_DATA_CAP);
        const host = pick(Object.entries(department.hosts) as Array<[Host, number]>);
        const exercise = EXERCISES[host][Math.floor(random() * EXERCISES[host].length)]!;
        const reports = random() < 0.55;
        const submitted = new Date(at).toISOString();
        const duration = Math.round((2 + random() * 4) * 60_000);
        state = recordAttempt(state, criteria);
        attempts.push({
          tenant_id: options.tenantId,
          id: demoUuid(random),
          user_id: userId,
          exercise_id: exercise,
          exercise_version: 1,
          host,
          lang: "fr",
          score,
          level: state.level,
          ...(Object.fromEntries(CRITERIA.map((c) => [`c_${c}`, criteria[c]])) as Record<
            `c_${CriterionId}`,
            number
          >),
          passed: score >= PASS_SCORE ? 1 : 0,
          features: "{}",
          prompt: null,
          prompt_retention: "none",
          output: null,
          started_at: new Date(at - duration).toISOString(),
          submitted_at: submitted,
          duration_ms: duration,
          minutes_saved: reports
            ? Math.round(clamp(MINUTES[host] * (0.4 + skill) + 4 * normal(), 0, 240))
            : null,
          usefulness: reports ? Math.round(clamp(1.8 + 3 * skill + 0.7 * normal(), 1, 5)) : null,
          request_hash: "0".repeat(64),
          result: "{}",
          created_at: submitted,
        });
        // A prompt that still carried an identifier was first blocked by the guard, sometimes.
        if (criteria.safety <= 1 && random() < 0.5) {
          audits.push({
            id: demoUuid(random),
            tenant_id: options.tenantId,
            actor_id: userId,
            action: PRIVACY_BLOCK_ACTION,
            target: null,
            details: JSON.stringify({ types: [random() < 0.6 ? "nir" : "phone"], host }),
            at: new Date(at - duration / 2).toISOString(),
          });
        }
        count++;
        last = submitted;
      }
      // Interest fades for some: regulars may stop; everyone slows a little.
      if (profile === "regular" && random() < 0.08) break;
      perWeek *= 0.95;
    }
    if (count > 0) {
      states.push({
        tenant_id: options.tenantId,
        user_id: userId,
        state: JSON.stringify(state),
        updated_at: last,
      });
      users[users.length - 1]!.last_seen_at = last;
    }
  }
  return { from, to: iso(today), users, attempts, states, audits };
}

function iso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
