import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AttemptListQuerySchema, AttemptListSchema } from "../../../core/api/attempts";
import { MeUpdateSchema } from "../../../core/api/jobs";
import { ErasureResultSchema } from "../../../core/api/admin";
import { CharterAcceptanceSchema, MeSchema } from "../../../core/api/me";
import { streak } from "../../../core/learner/streak";
import { ApiProblem } from "../../errors";
import { decodeCursor, encodeCursor } from "../../cursor";
import { principalOf, requireUser } from "../../plugins/auth";
import { getLearnerState, recentAttemptTimes } from "../../tenants/learners";
import { getTenantSettings } from "../../tenants/settings";
import { eraseUser } from "../../tenants/user-admin";
import { ensureUser, findUser } from "../../tenants/users";
import type { Principal } from "../../auth/roles";
import type { FastifyInstance } from "fastify";
import { exportUserData } from "./export";
import { presentAttemptSummary, presentMe } from "./presenters";

const tags = ["me"];

/** The signed-in learner: profile, charter, history and their own data (GDPR). */
export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("preParsing", requireUser);

  app.get(
    "/me",
    {
      schema: {
        tags,
        summary: "Who I am, my charter status, level, streak and mastery",
        response: { 200: MeSchema },
      },
    },
    async (request) => {
      const me = principalOf(request);
      await ensureUser(app.store.db, me);
      return loadMe(app, me);
    },
  );

  app.put(
    "/me",
    {
      schema: {
        tags,
        summary: "Choose or change my job",
        body: MeUpdateSchema,
        response: { 200: MeSchema },
      },
    },
    async (request) => {
      const me = principalOf(request);
      await ensureUser(app.store.db, me);
      const { job } = request.body;
      if (me.job !== undefined && job !== me.job) {
        throw new ApiProblem(
          409,
          "job_from_directory",
          "Your job comes from the directory and cannot be changed here",
          {
            job: me.job,
          },
        );
      }
      if (job !== null) {
        const settings = await getTenantSettings(app.store.db, me.tenantId);
        if (!settings.jobs.some((j) => j.id === job)) {
          throw new ApiProblem(422, "unknown_job", `The tenant has no job "${job}"`, {
            jobs: settings.jobs.map((j) => j.id),
          });
        }
      }
      await app.store.db
        .updateTable("users")
        .set({ job })
        .where("tenant_id", "=", me.tenantId)
        .where("user_id", "=", me.userId)
        .execute();
      return loadMe(app, me);
    },
  );

  app.post(
    "/me/charter",
    {
      schema: {
        tags,
        summary: "Accept the tenant's current charter version",
        body: CharterAcceptanceSchema,
        response: { 200: MeSchema },
      },
    },
    async (request) => {
      const me = principalOf(request);
      await ensureUser(app.store.db, me);
      const settings = await getTenantSettings(app.store.db, me.tenantId);
      if (request.body.version !== settings.charter.version) {
        throw new ApiProblem(
          409,
          "charter_version_mismatch",
          `The current charter is version ${settings.charter.version}`,
          {
            currentVersion: settings.charter.version,
          },
        );
      }
      await app.store.db
        .updateTable("users")
        .set({
          charter_version_accepted: settings.charter.version,
          charter_accepted_at: new Date().toISOString(),
        })
        .where("tenant_id", "=", me.tenantId)
        .where("user_id", "=", me.userId)
        .execute();
      return loadMe(app, me);
    },
  );

  app.get(
    "/me/attempts",
    {
      schema: {
        tags,
        summary: "My attempts, newest first (keyset pagination with nextCursor)",
        querystring: AttemptListQuerySchema,
        response: { 200: AttemptListSchema },
      },
    },
    async (request) => {
      const me = principalOf(request);
      const { limit, cursor } = request.query;
      let query = app.store.db
        .selectFrom("attempts")
        .selectAll()
        .where("tenant_id", "=", me.tenantId)
        .where("user_id", "=", me.userId);
      if (cursor) {
        const after = decodeCursor(cursor);
        query = query.where((eb) =>
          eb.or([
            eb("submitted_at", "<", after.at),
            eb.and([eb("submitted_at", "=", after.at), eb("id", "<", after.id)]),
          ]),
        );
      }
      const rows = await query
        .orderBy("submitted_at", "desc")
        .orderBy("id", "desc")
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        attempts: page.map(presentAttemptSummary),
        nextCursor: rows.length > limit && last ? encodeCursor(last.submitted_at, last.id) : null,
      };
    },
  );

  app.delete(
    "/me",
    {
      schema: {
        tags,
        summary: "Erase me and all my data (GDPR art. 17); idempotent",
        description:
          "Erases the caller's own rows as an admin's erasure does (USER_DATA_TABLES), audited as `user.erase` with `requestedBy: user`. Asking again answers 200 with zero counts. The next call that signs in starts a new, empty profile.",
        response: { 200: ErasureResultSchema },
      },
    },
    async (request) => {
      const me = principalOf(request);
      const erased = await eraseUser(app.store.db, me.tenantId, me.userId, me.userId);
      // Already erased (or never seen): nothing left to erase, the same answer as a first erasure.
      return (
        erased ?? { userId: me.userId, attempts: 0, statements: 0, useCases: 0, feedback: 0, savedPrompts: 0 }
      );
    },
  );

  app.get(
    "/me/export",
    {
      schema: {
        tags,
        summary: "Everything stored about me (GDPR access and portability)",
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request, reply) => {
      const me = principalOf(request);
      const data = await exportUserData(app.store.db, me.tenantId, me.userId);
      reply.header("Content-Disposition", `attachment; filename="parcours-export.json"`);
      return data;
    },
  );
};

async function loadMe(app: FastifyInstance, me: Principal) {
  const db = app.store.db;
  const [user, settings, learner, times] = await Promise.all([
    findUser(db, me.tenantId, me.userId),
    getTenantSettings(db, me.tenantId),
    getLearnerState(db, me.tenantId, me.userId),
    recentAttemptTimes(db, me.tenantId, me.userId),
  ]);
  return presentMe(me, user, settings, learner, streak(times, new Date()).current, app.config.llm.configured);
}
