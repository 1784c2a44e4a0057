import type { LearnerResult, ResultsFilter, ResultsReport } from "../../core/results/schema";
import { SummarySchema, type GroupResult } from "../../core/results/schema";
import type { Store } from "../store/db";
import {
  criteriaFigures,
  feedbackResults,
  groupFigures,
  hostFigures,
  learnerPage,
  medianAttempts,
  privacyBlocks,
  selectionSize,
  summaryTotals,
  unreportedGroups,
  useCaseResults,
  weeklyFigures,
  weeklyFiguresFromRollups,
} from "./aggregates";
import { tuneReportSession } from "./dialect";
import {
  createLearnerFacts,
  createLearnerFactsFromRollups,
  dropLearnerFacts,
  periodOf,
  type LearnerFactsRow,
} from "./facts";
import { hiddenSummary, learnerResult, shown, suppressSmallJobs } from "./presenters";
import { pseudonymizer } from "./pseudonyms";
import { rollupsCoverReport } from "./rollups";
import { reportSettings } from "./settings";

/** A computed report whose learner rows are read page by page (the .xlsx streams them). */
export interface ResultsSession {
  /** Everything but the learners (`learners` is empty). */
  report: ResultsReport;
  /** Learner rows, most active first, read from the database `pageSize` at a time. */
  learners(pageSize?: number): AsyncGenerator<LearnerResult>;
}

export interface ResultsOptions {
  /** "Today" for the default period end and active-7/30 counts. */
  now?: Date;
  /**
   * Read the stored rollups when they cover the report (the default), or always pass over the
   * attempts (`false`: the reference computation, for checks).
   */
  useRollups?: boolean;
}

/**
 * Computes a tenant's results for a filter inside one transaction (a consistent snapshot), calls
 * `use` with them, and cleans up. All aggregation happens in SQL; Node only divides sums and picks
 * the t quantile. k-anonymity is decided once, on who the learners are (`reportedLearners`): every
 * figure is computed over the same reported learners, so nothing hidden can be found by subtraction.
 */
export async function withResults<T>(
  store: Store,
  tenantId: string,
  filter: ResultsFilter,
  use: (session: ResultsSession) => Promise<T>,
  options: ResultsOptions = {},
): Promise<T> {
  const now = options.now ?? new Date();
  const settings = await reportSettings(store.db, tenantId);
  const pseudonym = await pseudonymizer(store.db, tenantId);
  const period = periodOf(filter, now);
  const k = settings.k;

  return store.db.transaction().execute(async (trx) => {
    await tuneReportSession(trx, store.dialect);
    // Without a start date the report covers each learner's whole history, which the rollups
    // hold; a start date cuts histories (mastery and first score restart), so the attempts are read.
    const fromRollups = options.useRollups !== false && (await rollupsCoverReport(trx, tenantId, period));
    if (fromRollups) await createLearnerFactsFromRollups(trx, store.dialect, tenantId, filter, k);
    else await createLearnerFacts(trx, store.dialect, tenantId, filter, period, k);
    try {
      const [totals, median, criteria, weekly, hosts, cohorts, departments, jobs, selection, blocks] = [
        await summaryTotals(trx, period),
        await medianAttempts(trx),
        await criteriaFigures(trx),
        fromRollups
          ? await weeklyFiguresFromRollups(trx, tenantId, filter, k)
          : await weeklyFigures(trx, store.dialect, tenantId, filter, period, k),
        await hostFigures(trx),
        await groupFigures(trx, "cohort"),
        await groupFigures(trx, "department"),
        await groupFigures(trx, "job"),
        await selectionSize(trx, tenantId, filter, period, k),
        await privacyBlocks(trx, tenantId, filter, period, k),
      ];
      // Under k reported learners the selection is a small group itself (or none): only its size.
      const hidden = selection.reported < k;
      const enrolled = selection.enrolled;
      const groups: GroupResult[] = [
        ...cohorts.map(shown),
        ...(await unreportedGroups(trx, tenantId, filter, k, "cohort")),
        ...departments.map(shown),
        ...(await unreportedGroups(trx, tenantId, filter, k, "department")),
        ...suppressSmallJobs(jobs, k),
        ...(await unreportedGroups(trx, tenantId, filter, k, "job")),
      ];
      const [useCases, feedback] = hidden
        ? [[], []]
        : [
            await useCaseResults(trx, tenantId, filter, period),
            await feedbackResults(trx, tenantId, filter, period, k),
          ];

      const report: ResultsReport = {
        tenant: tenantId,
        generatedAt: now.toISOString(),
        filter,
        asOf: period.asOf,
        k,
        showNames: settings.showNames,
        hidden,
        summary: hidden
          ? hiddenSummary(enrolled)
          : SummarySchema.parse({
              enrolled,
              medianAttemptsPerActive: median,
              privacyBlocks: blocks,
              ...totals.summary,
            }),
        learners: [],
        criteria: hidden ? [] : criteria,
        weekly: hidden ? [] : weekly.map(shown),
        hosts: hidden ? [] : hosts.map(shown),
        groups: hidden ? [] : groups,
        jobs: settings.jobs,
        useCases,
        feedback,
      };

      const toLearner = (row: LearnerFactsRow) => learnerResult(row, pseudonym, settings.showNames);

      async function* learners(pageSize = 1000): AsyncGenerator<LearnerResult> {
        if (hidden) return;
        // Keyset pagination (attempts desc, user id): each page is one indexed-free read of the small table.
        let after: { attempts: number; userId: string } | null = null;
        for (;;) {
          const page: LearnerFactsRow[] = await learnerPage(trx, after, pageSize);
          for (const row of page) yield toLearner(row);
          const last = page[page.length - 1];
          if (!last || page.length < pageSize) return;
          after = { attempts: last.attempts, userId: last.user_id };
        }
      }

      return await use({ report, learners });
    } finally {
      await dropLearnerFacts(trx, store.dialect);
    }
  });
}

/** The whole report in memory (the JSON endpoint): `withResults` collecting every learner. */
export async function computeResults(
  store: Store,
  tenantId: string,
  filter: ResultsFilter,
  options: ResultsOptions = {},
): Promise<ResultsReport> {
  return withResults(
    store,
    tenantId,
    filter,
    async ({ report, learners }) => {
      const rows: LearnerResult[] = [];
      for await (const learner of learners(5000)) rows.push(learner);
      return { ...report, learners: rows };
    },
    options,
  );
}
