import { sql, type RawBuilder, type Transaction } from "kysely";
import { CHAMPION_MIN_MASTERY } from "../../core/results/bands";
import { meanInterval } from "../../core/results/stats";
import type {
  CriterionResult,
  FeedbackResult,
  GroupDimension,
  GroupResult,
  ResultsFilter,
  Summary,
  UseCaseResult,
} from "../../core/results/schema";
import { parseRiskTags } from "../../core/api/use-cases";
import { CRITERIA, HOSTS, type Host } from "../../core/types";
import { PRIVACY_BLOCK_ACTION } from "../audit";
import type { Store } from "../store/db";
import type { Database } from "../store/schema";
import { dayNumber } from "./dialect";
import {
  FACTS_TABLE,
  WEEKLY_ROLLUPS,
  filteredAttempts,
  learnerConditions,
  reportedLearners,
  nextDay,
  type LearnerFactsRow,
  type Period,
} from "./facts";
import {
  hiddenGroup,
  num,
  ratio,
  weekRow,
  type GroupFigures,
  type WeekRow,
  type WeekSums,
} from "./presenters";

/*
 * The report's SQL aggregates: each sums one part of the report in the database, over the learner
 * facts table of the transaction (`createLearnerFacts`) or the tenant's tables, for reported learners
 * only. Node only divides sums.
 */

const facts = sql.raw(FACTS_TABLE);

export type Trx = Transaction<Database>;

export async function learnerPage(
  trx: Trx,
  after: { attempts: number; userId: string } | null,
  limit: number,
) {
  const where = after
    ? sql`where attempts < ${after.attempts} or (attempts = ${after.attempts} and user_id > ${after.userId})`
    : sql``;
  const { rows } = await sql<LearnerFactsRow>`
    select * from ${facts} ${where} order by attempts desc, user_id limit ${limit}`.execute(trx);
  return rows;
}

interface Totals {
  active: number;
  summary: Omit<Summary, "enrolled" | "medianAttemptsPerActive" | "privacyBlocks">;
}

export async function summaryTotals(trx: Trx, period: Period): Promise<Totals> {
  const cut7 = `${nextDay(period.asOf, -6)}T00:00:00.000Z`;
  const cut30 = `${nextDay(period.asOf, -29)}T00:00:00.000Z`;
  const change = sql`(latest_score - first_score)`;
  const { rows } = await sql<Record<string, number | null>>`
    select count(*) as active,
           sum(attempts) as attempts,
           sum(score_sum) as score_sum,
           sum(case when progress_n >= 2 then 1 else 0 end) as change_n,
           sum(case when progress_n >= 2 then ${change} else 0 end) as change_sum,
           sum(case when progress_n >= 2 then ${change} * ${change} else 0 end) as change_squares,
           sum(case when progress_n >= 2 and latest_score > first_score then 1 else 0 end) as improved,
           sum(minutes_saved) as minutes,
           sum(usefulness_sum) as usefulness_sum,
           sum(usefulness_n) as usefulness_n,
           sum(case when last_at >= ${cut7} then 1 else 0 end) as active7,
           sum(case when last_at >= ${cut30} then 1 else 0 end) as active30,
           sum(case when band = 'trying' then 1 else 0 end) as trying,
           sum(case when band = 'established' then 1 else 0 end) as established,
           sum(case when band = 'champion' then 1 else 0 end) as champion
    from ${facts}`.execute(trx);
  const r = rows[0] ?? {};
  const n = (key: string) => Number(r[key] ?? 0);
  const ci = meanInterval(n("change_n"), n("change_sum"), n("change_squares"));
  const active = n("active");
  return {
    active,
    summary: {
      activeLearners: active,
      active7: n("active7"),
      active30: n("active30"),
      attempts: n("attempts"),
      meanScore: ratio(n("score_sum"), n("attempts")),
      scoreChange: { learners: ci.n, mean: ci.mean, ciLow: ci.low, ciHigh: ci.high },
      shareImproved: ratio(n("improved"), n("change_n")),
      minutesSavedTotal: n("minutes"),
      minutesSavedPerActive: ratio(n("minutes"), active),
      meanUsefulness: ratio(n("usefulness_sum"), n("usefulness_n")),
      usefulnessResponses: n("usefulness_n"),
      bands: { trying: n("trying"), established: n("established"), champion: n("champion") },
    },
  };
}

/** Median attempts per active learner: the middle row(s) of the learners ordered by attempts. */
export async function medianAttempts(trx: Trx): Promise<number | null> {
  const { rows } = await sql<{ median: number | null }>`
    select avg(r.attempts * 1.0) as median
    from (select attempts,
                 row_number() over (order by attempts) as rn,
                 count(*) over () as n
          from ${facts}) r
    where r.rn in ((r.n + 1) / 2, (r.n + 2) / 2)`.execute(trx);
  const median = rows[0]?.median;
  return median == null ? null : Number(median);
}

export async function criteriaFigures(trx: Trx): Promise<CriterionResult[]> {
  const columns = CRITERIA.flatMap((c) => [
    sql`sum(${sql.ref(`s_${c}`)}) as ${sql.ref(`s_${c}`)}`,
    sql`avg(${sql.ref(`m_${c}`)}) as ${sql.ref(`m_${c}`)}`,
    sql`avg(case when ${sql.ref(`m_${c}`)} >= ${sql.lit(CHAMPION_MIN_MASTERY)} then 1.0 else 0.0 end) as ${sql.ref(`k_${c}`)}`,
  ]);
  const { rows } = await sql<Record<string, number | null>>`
    select sum(attempts) as attempts, ${sql.join(columns)} from ${facts}`.execute(trx);
  const r = rows[0] ?? {};
  const attempts = Number(r.attempts ?? 0);
  return CRITERIA.map((criterion) => ({
    criterion,
    meanScore: ratio(num(r[`s_${criterion}`]), attempts),
    meanMastery: num(r[`m_${criterion}`]),
    shareMastered: num(r[`k_${criterion}`]),
  }));
}

export async function weeklyFigures(
  trx: Trx,
  dialect: Store["dialect"],
  tenantId: string,
  filter: ResultsFilter,
  period: Period,
  k: number,
): Promise<WeekRow[]> {
  const day = dayNumber(dialect, sql`f.submitted_at`);
  // Day 4 (1970-01-05) is a Monday: a day's Monday is day − ((day + 3) mod 7).
  const { rows } = await sql<{
    monday: number;
    learners: number;
    attempts: number;
    score_sum: number;
    minutes: number;
  }>`
    select d.day - ((d.day + 3) % 7) as monday,
           count(distinct d.user_id) as learners,
           count(*) as attempts,
           sum(d.score) as score_sum,
           sum(coalesce(d.minutes_saved, 0)) as minutes
    from (select f.user_id, f.score, f.minutes_saved, ${day} as day
          from (${filteredAttempts(tenantId, filter, period, k)}) f) d
    group by 1
    order by 1`.execute(trx);
  return rows.map(weekRow);
}

/** The same weeks from the stored learner-week rollups: each row is one learner's week. */
export async function weeklyFiguresFromRollups(
  trx: Trx,
  tenantId: string,
  filter: ResultsFilter,
  k: number,
): Promise<WeekRow[]> {
  const conditions = [
    sql`w.tenant_id = ${tenantId}`,
    sql`w.scope = ${filter.host ?? "all"}`,
    sql`w.user_id in (${reportedLearners(tenantId, filter, k)})`,
  ];
  const { rows } = await sql<WeekSums>`
    select w.week as monday,
           count(*) as learners,
           sum(w.attempts) as attempts,
           sum(w.score_sum) as score_sum,
           sum(w.minutes_saved) as minutes
    from ${sql.raw(WEEKLY_ROLLUPS)} w
    where ${sql.join(conditions, sql` and `)}
    group by w.week
    order by w.week`.execute(trx);
  return rows.map(weekRow);
}

interface HostRow {
  host: Host;
  learners: number;
  attempts: number;
  meanScore: number | null;
  minutesSaved: number;
  meanUsefulness: number | null;
}

/** Per host, from the learners' per-host columns: a learner counts for a host they used. */
export async function hostFigures(trx: Trx): Promise<HostRow[]> {
  const columns = HOSTS.flatMap((h) => {
    const ref = (suffix: string) => sql.ref(`h_${h}_${suffix}`);
    return [
      sql`sum(case when ${ref("n")} > 0 then 1 else 0 end) as ${sql.ref(`${h}_learners`)}`,
      ...["n", "score", "minutes", "use", "use_n"].map(
        (suffix) => sql`sum(${ref(suffix)}) as ${sql.ref(`${h}_${suffix}`)}`,
      ),
    ];
  });
  const { rows } = await sql<
    Record<string, number | null>
  >`select ${sql.join(columns)} from ${facts}`.execute(trx);
  const r = rows[0] ?? {};
  const n = (key: string) => Number(r[key] ?? 0);
  return HOSTS.filter((h) => n(`${h}_n`) > 0).map((host) => ({
    host,
    learners: n(`${host}_learners`),
    attempts: n(`${host}_n`),
    meanScore: ratio(n(`${host}_score`), n(`${host}_n`)),
    minutesSaved: n(`${host}_minutes`),
    meanUsefulness: ratio(n(`${host}_use`), n(`${host}_use_n`)),
  }));
}

/**
 * Cohorts or departments of the selection none of whose learners is reported (their
 * cohort–department pairs are all under k): named, with no figure at all.
 */
export async function unreportedGroups(
  trx: Trx,
  tenantId: string,
  filter: ResultsFilter,
  k: number,
  dimension: GroupDimension,
): Promise<GroupResult[]> {
  const column = sql.ref(`u.${dimension}`);
  const conditions = [sql`u.tenant_id = ${tenantId}`, ...learnerConditions(filter)];
  const { rows } = await sql<{ grp: string | null }>`
    select ${column} as grp
    from users u
    where ${sql.join(conditions, sql` and `)}
    group by ${column}
    having max(case when u.user_id in (${reportedLearners(tenantId, filter, k)}) then 1 else 0 end) = 0`.execute(
    trx,
  );
  return rows.map((r) => hiddenGroup(dimension, r.grp));
}

export async function groupFigures(trx: Trx, dimension: GroupDimension): Promise<GroupFigures[]> {
  const column = sql.ref(dimension);
  const change = sql`(latest_score - first_score)`;
  const { rows } = await sql<Record<string, number | string | null>>`
    select ${column} as grp,
           count(*) as learners,
           sum(attempts) as attempts,
           sum(score_sum) as score_sum,
           sum(case when progress_n >= 2 then 1 else 0 end) as change_n,
           sum(case when progress_n >= 2 then ${change} else 0 end) as change_sum,
           sum(case when progress_n >= 2 and latest_score > first_score then 1 else 0 end) as improved,
           sum(minutes_saved) as minutes,
           sum(case when band = 'champion' then 1 else 0 end) as champions
    from ${facts}
    group by ${column}`.execute(trx);
  const collator = new Intl.Collator("fr");
  return rows
    .map((r) => {
      const attempts = Number(r.attempts);
      return {
        dimension,
        group: r.grp == null ? null : String(r.grp),
        learners: Number(r.learners),
        attempts,
        meanScore: ratio(Number(r.score_sum), attempts),
        meanChange: ratio(Number(r.change_sum), Number(r.change_n)),
        shareImproved: ratio(Number(r.improved), Number(r.change_n)),
        minutesSaved: Number(r.minutes),
        champions: Number(r.champions),
      };
    })
    .sort((a, b) => (a.group === null ? 1 : b.group === null ? -1 : collator.compare(a.group, b.group)));
}

/**
 * The selection's learners (cohort, department): how many are reported (`reportedLearners`, whatever
 * their sign-up date), and how many were known by the period's end, active or not (`enrolled`: a
 * head count, reported or not, that carries no figure of anyone).
 */
export async function selectionSize(
  trx: Trx,
  tenantId: string,
  filter: ResultsFilter,
  period: Period,
  k: number,
): Promise<{ reported: number; enrolled: number }> {
  const conditions = [sql`u.tenant_id = ${tenantId}`, ...learnerConditions(filter)];
  const { rows } = await sql<{ reported: number | null; enrolled: number | null }>`
    select sum(case when u.user_id in (${reportedLearners(tenantId, filter, k)}) then 1 else 0 end) as reported,
           sum(case when u.created_at < ${period.end} then 1 else 0 end) as enrolled
    from users u
    where ${sql.join(conditions, sql` and `)}`.execute(trx);
  return { reported: Number(rows[0]?.reported ?? 0), enrolled: Number(rows[0]?.enrolled ?? 0) };
}

/**
 * Privacy blocks in the period, by reported learners of the selection. The audit log records no
 * host, so the host filter does not apply to this count.
 */
export async function privacyBlocks(
  trx: Trx,
  tenantId: string,
  filter: ResultsFilter,
  period: Period,
  k: number,
): Promise<number> {
  const conditions = [
    sql`l.tenant_id = ${tenantId}`,
    sql`l.action = ${PRIVACY_BLOCK_ACTION}`,
    sql`l.at < ${period.end}`,
    sql`l.actor_id in (${reportedLearners(tenantId, filter, k)})`,
  ];
  if (period.start) conditions.push(sql`l.at >= ${period.start}`);
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from audit_log l where ${sql.join(conditions, sql` and `)}`.execute(trx);
  return Number(rows[0]?.n ?? 0);
}

/** Use cases and feedback of learners in the selection (cohort, department), recorded in the period. */
function inSelection(
  column: RawBuilder<unknown>,
  at: RawBuilder<unknown>,
  tenantId: string,
  filter: ResultsFilter,
  period: Period,
): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [sql`${at} < ${period.end}`];
  if (period.start) conditions.push(sql`${at} >= ${period.start}`);
  if (filter.cohort || filter.department) {
    const learners = [sql`u.tenant_id = ${tenantId}`];
    if (filter.cohort) learners.push(sql`u.cohort = ${filter.cohort}`);
    if (filter.department) learners.push(sql`u.department = ${filter.department}`);
    conditions.push(
      sql`${column} in (select u.user_id from users u where ${sql.join(learners, sql` and `)})`,
    );
  }
  return sql.join(conditions, sql` and `);
}

/** Every use case of the selection, ranked by the database: reach × times a month × minutes. */
export async function useCaseResults(
  trx: Trx,
  tenantId: string,
  filter: ResultsFilter,
  period: Period,
): Promise<UseCaseResult[]> {
  const where = inSelection(sql`uc.author_id`, sql`uc.created_at`, tenantId, filter, period);
  const host = filter.host ? sql` and uc.host = ${filter.host}` : sql``;
  const { rows } = await sql<Record<string, string | number | null>>`
    select uc.id, uc.title, uc.job, uc.host, uc.frequency, uc.minutes_saved, uc.data_involved,
           uc.risk_tags, uc.status, uc.created_at,
           coalesce(v.votes, 0) as votes, coalesce(v.yes, 0) as yes, coalesce(v.no, 0) as no,
           (1 + coalesce(v.votes, 0))
             * (case uc.frequency when 'daily' then 20 when 'weekly' then 4 else 1 end)
             * uc.minutes_saved as rank
    from use_cases uc
    left join (
      select use_case_id, count(*) as votes,
             sum(case when worked = 1 then 1 else 0 end) as yes,
             sum(case when worked = 0 then 1 else 0 end) as no
      from use_case_votes where tenant_id = ${tenantId} group by use_case_id
    ) v on v.use_case_id = uc.id
    where uc.tenant_id = ${tenantId} and ${where}${host}
    order by rank desc, uc.created_at desc, uc.id`.execute(trx);
  return rows.map((r) => ({
    id: String(r.id),
    title: String(r.title),
    job: String(r.job),
    host: String(r.host),
    frequency: String(r.frequency),
    minutesSaved: Number(r.minutes_saved),
    dataInvolved: String(r.data_involved),
    riskTags: parseRiskTags(String(r.risk_tags)),
    status: String(r.status),
    reach: 1 + Number(r.votes),
    workedForThem: Number(r.yes),
    didNotWork: Number(r.no),
    rank: Number(r.rank),
    createdAt: String(r.created_at),
  }));
}

/**
 * Thumbs per exercise, job and target, counted by the database. A row given by fewer than k people
 * is hidden (counts and comments), like any small group of the report.
 */
export async function feedbackResults(
  trx: Trx,
  tenantId: string,
  filter: ResultsFilter,
  period: Period,
  k: number,
): Promise<FeedbackResult[]> {
  const where = inSelection(sql`f.user_id`, sql`f.created_at`, tenantId, filter, period);
  const { rows } = await sql<Record<string, string | number | null>>`
    select f.exercise_id, f.job, f.target,
           count(distinct f.user_id) as people,
           sum(case when f.thumb > 0 then 1 else 0 end) as up,
           sum(case when f.thumb < 0 then 1 else 0 end) as down,
           sum(case when f.reason = 'not_my_job' then 1 else 0 end) as not_my_job,
           sum(case when f.reason = 'wrong_answer' then 1 else 0 end) as wrong_answer
    from feedback f
    where f.tenant_id = ${tenantId} and ${where}
    group by f.exercise_id, f.job, f.target
    order by f.exercise_id, f.job, f.target`.execute(trx);
  const results: FeedbackResult[] = [];
  for (const r of rows) {
    const people = Number(r.people);
    const hidden = people < k;
    const job = r.job === null ? null : String(r.job);
    let comments: string[] = [];
    if (!hidden) {
      let query = trx
        .selectFrom("feedback")
        .select("comment")
        .where("tenant_id", "=", tenantId)
        .where("exercise_id", "=", String(r.exercise_id))
        .where("target", "=", String(r.target))
        .where("comment", "is not", null)
        .where("created_at", "<", period.end);
      if (period.start) query = query.where("created_at", ">=", period.start);
      query = job === null ? query.where("job", "is", null) : query.where("job", "=", job);
      comments = (await query.orderBy("created_at", "desc").limit(5).execute()).map((c) => c.comment ?? "");
    }
    results.push({
      exerciseId: String(r.exercise_id),
      job,
      target: String(r.target),
      people,
      hidden,
      up: hidden ? null : Number(r.up),
      down: hidden ? null : Number(r.down),
      notMyJob: hidden ? null : Number(r.not_my_job),
      wrongAnswer: hidden ? null : Number(r.wrong_answer),
      comments,
    });
  }
  return results;
}
