import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  ResultsQuerySchema,
  ResultsReportSchema,
  type ResultsFilter,
  type ResultsQuery,
} from "../../../core/results/schema";
import { BilanQuerySchema, BilanSchema } from "../../../core/results/bilan";
import { benchmarkExerciseIds, computeBilan, workbookBilan } from "../../results/bilan";
import { renderBilanHtml } from "../../results/bilan-html";
import { requireStage, stageFilter } from "../../stages/stages";
import { baseCatalog } from "../../tenants/exercises";
import type { Lang } from "../../../core/types";
import type { Principal } from "../../auth/roles";
import { principalOf, requirePermission } from "../../plugins/auth";
import { computeResults, withResults } from "../../results/report";
import { XLSX_TYPE, writeResultsWorkbook } from "../../results/workbook";

/**
 * The pilot lead's results for the caller's tenant, as JSON or as a streamed .xlsx workbook.
 * PilotLead or Admin only; groups under the tenant's k are hidden in both.
 */
export const resultsRoutes: FastifyPluginAsyncZod = async (app) => {
  const onlyLeads = requirePermission("results.read");

  app.get(
    "/results",
    {
      preParsing: onlyLeads,
      schema: {
        tags: ["results"],
        summary: "Pilot results: adoption, score progress, criteria, weeks, hosts and groups",
        querystring: ResultsQuerySchema,
        response: { 200: ResultsReportSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { filter } = await resolveQuery(app, request.query, principal);
      return computeResults(app.store, principal.tenantId, filter);
    },
  );

  app.get(
    "/results/bilan",
    {
      preParsing: onlyLeads,
      schema: {
        tags: ["results"],
        summary:
          "The bilan of a stage (the current one by default): targets, verdicts, funnel, paired changes",
        querystring: BilanQuerySchema,
        response: { 200: BilanSchema },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      return computeBilan(app.store, tenantId, request.query.stage, {
        benchmarkIds: await benchmarkIds(app, tenantId),
      });
    },
  );

  app.get(
    "/results/bilan.html",
    {
      preParsing: onlyLeads,
      schema: {
        tags: ["results"],
        summary: "The bilan as a one-page printable HTML report",
        querystring: BilanQuerySchema,
        produces: ["text/html"],
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const bilan = await computeBilan(app.store, principal.tenantId, request.query.stage, {
        benchmarkIds: await benchmarkIds(app, principal.tenantId),
      });
      return reply
        .type("text/html; charset=utf-8")
        .header("cache-control", "no-store")
        .send(renderBilanHtml(bilan, request.query.lang ?? langOf(principal)));
    },
  );

  app.get(
    "/results.xlsx",
    {
      preParsing: onlyLeads,
      schema: {
        tags: ["results"],
        summary: "Pilot results as an Excel workbook (streamed)",
        querystring: ResultsQuerySchema,
        produces: [XLSX_TYPE],
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { filter, lang } = await resolveQuery(app, request.query, principal);
      const bilan = await workbookBilan(app.store, principal.tenantId, request.query.stage, {
        benchmarkIds: await benchmarkIds(app, principal.tenantId),
      });
      await withResults(app.store, principal.tenantId, filter, async (session) => {
        const body = new PassThrough();
        reply
          .type(XLSX_TYPE)
          .header(
            "content-disposition",
            `attachment; filename="parcours-results-${session.report.asOf}.xlsx"`,
          )
          .header("cache-control", "no-store")
          .send(body);
        try {
          await writeResultsWorkbook(session, body, lang, bilan);
        } catch (err) {
          // Headers are gone: cut the download short rather than send a truncated file as complete.
          request.log.error({ err }, "results workbook failed");
          body.destroy(err as Error);
        }
      });
      return reply;
    },
  );
};

/** The benchmark exercises of the tenant's catalog. */
async function benchmarkIds(app: FastifyInstance, tenantId: string): Promise<string[]> {
  return benchmarkExerciseIds(app.store.db, tenantId, await baseCatalog(app));
}

/** The report's filter — a named stage brings its dates and cohorts — and the workbook language. */
export async function resolveQuery(
  app: FastifyInstance,
  query: ResultsQuery,
  principal: Principal,
): Promise<{ filter: ResultsFilter; lang: Lang }> {
  const { lang, stage: stageId, ...rest } = query;
  let filter: ResultsFilter = rest;
  if (stageId) {
    const stage = await requireStage(app.store.db, principal.tenantId, stageId);
    filter = stageFilter(stage, rest, new Date().toISOString().slice(0, 10));
  }
  return { filter, lang: lang ?? langOf(principal) };
}

export function langOf(principal: Principal): Lang {
  return principal.locale?.toLowerCase().startsWith("en") ? "en" : "fr";
}
