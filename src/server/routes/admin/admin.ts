import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AuditListSchema,
  ErasureResultSchema,
  ExerciseIdParamsSchema,
  TenantSettingsSchema,
  TenantSettingsUpdateSchema,
  UserAttributesBatchSchema,
  UserAttributesResultSchema,
  UserIdParamsSchema,
} from "../../../core/api/admin";
import { mergeCatalogs, toCatalog } from "../../../core/catalog/parse";
import { ExerciseSchema } from "../../../core/catalog/schema";
import { checkTaskDefinitions } from "../../../core/catalog/task-check";
import type { PrivacyPolicy } from "../../../core/privacy";
import { audit } from "../../audit";
import { ApiProblem } from "../../errors";
import { principalAllowed, requirePermission } from "../../plugins/auth";
import { catalogForTenant } from "../../tenants/exercises";
import { getTenantSettings, IncoherentSettingsError, updateTenantSettings } from "../../tenants/settings";
import { eraseUser, setUserAttributes, UnknownJobsError } from "../../tenants/user-admin";

const tags = ["admin"];

/** Tenant administration (Admin role). Every change is written to the audit log. */
export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("preParsing", requirePermission("tenant.administer"));
  const db = app.store.db;

  app.get(
    "/admin/settings",
    { schema: { tags, summary: "The tenant's settings", response: { 200: TenantSettingsSchema } } },
    async (request) => {
      const admin = principalAllowed(request, "tenant.administer");
      return getTenantSettings(db, admin.tenantId);
    },
  );

  app.put(
    "/admin/settings",
    {
      schema: {
        tags,
        summary: "Change the named settings (others are kept)",
        body: TenantSettingsUpdateSchema,
        response: { 200: TenantSettingsSchema },
      },
    },
    async (request) => {
      const admin = principalAllowed(request, "tenant.administer");
      const before = await getTenantSettings(db, admin.tenantId);
      let settings;
      try {
        settings = await updateTenantSettings(db, admin.tenantId, request.body);
      } catch (err) {
        if (err instanceof IncoherentSettingsError)
          throw new ApiProblem(422, err.code, err.message, err.values);
        throw err;
      }
      await audit(db, {
        tenantId: admin.tenantId,
        actorId: admin.userId,
        action: "settings.update",
        details: {
          fields: Object.keys(request.body).sort(),
          ...(request.body.charter ? { charterVersion: settings.charter.version } : {}),
          ...(request.body.privacyPolicy
            ? { privacyPolicy: privacyPolicyChanges(before.privacyPolicy, settings.privacyPolicy) }
            : {}),
          // Lowered with the Runs (never named in the request): the change is said.
          ...(request.body.dailyImproveQuota === undefined &&
          settings.dailyImproveQuota !== before.dailyImproveQuota
            ? { dailyImproveQuota: `${before.dailyImproveQuota}→${settings.dailyImproveQuota}` }
            : {}),
        },
      });
      return settings;
    },
  );

  app.get(
    "/admin/exercises",
    {
      schema: {
        tags,
        summary: "The tenant's own exercises",
        response: { 200: z.object({ exercises: z.array(ExerciseSchema) }) },
      },
    },
    async (request) => {
      const admin = principalAllowed(request, "tenant.administer");
      const rows = await db
        .selectFrom("tenant_exercises")
        .select("definition")
        .where("tenant_id", "=", admin.tenantId)
        .orderBy("exercise_id")
        .execute();
      return { exercises: rows.map((r) => ExerciseSchema.parse(JSON.parse(r.definition))) };
    },
  );

  app.put(
    "/admin/exercises/:id",
    {
      schema: {
        tags,
        summary: "Add or replace a tenant exercise (validated like the catalog)",
        params: ExerciseIdParamsSchema,
        body: ExerciseSchema,
        response: { 200: ExerciseSchema },
      },
    },
    async (request) => {
      const admin = principalAllowed(request, "tenant.administer");
      const exercise = request.body;
      if (exercise.id !== request.params.id) {
        throw new ApiProblem(400, "invalid_body", "The exercise id must match the URL", {
          errors: [{ path: "id", message: `must be "${request.params.id}"` }],
        });
      }
      // Checked like `parcours catalog validate`: the example fits the task definition, other skills' do not.
      const pool = mergeCatalogs(await catalogForTenant(app, admin.tenantId), toCatalog([exercise]));
      const taskIssues = checkTaskDefinitions([exercise], pool.exercises);
      if (taskIssues.length > 0) {
        throw new ApiProblem(
          422,
          "exercise_task_mismatch",
          "The exercise's task definition does not fit its examples",
          {
            errors: taskIssues.map((issue) => ({ path: "taskDefinition", message: issue.message })),
          },
        );
      }
      const now = new Date().toISOString();
      const definition = JSON.stringify(exercise);
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("tenant_exercises")
          .values({
            tenant_id: admin.tenantId,
            exercise_id: exercise.id,
            version: exercise.version,
            definition,
            updated_by: admin.userId,
            updated_at: now,
          })
          .onConflict((oc) =>
            oc.columns(["tenant_id", "exercise_id"]).doUpdateSet({
              version: exercise.version,
              definition,
              updated_by: admin.userId,
              updated_at: now,
            }),
          )
          .execute();
        await audit(trx, {
          tenantId: admin.tenantId,
          actorId: admin.userId,
          action: "exercise.put",
          target: exercise.id,
          details: { version: exercise.version },
        });
      });
      return exercise;
    },
  );

  app.delete(
    "/admin/exercises/:id",
    {
      schema: {
        tags,
        summary: "Remove a tenant exercise",
        params: ExerciseIdParamsSchema,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      const admin = principalAllowed(request, "tenant.administer");
      const removed = await db.transaction().execute(async (trx) => {
        const result = await trx
          .deleteFrom("tenant_exercises")
          .where("tenant_id", "=", admin.tenantId)
          .where("exercise_id", "=", request.params.id)
          .executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) return false;
        await audit(trx, {
          tenantId: admin.tenantId,
          actorId: admin.userId,
          action: "exercise.delete",
          target: request.params.id,
        });
        return true;
      });
      if (!removed)
        throw new ApiProblem(404, "not_found", `The tenant has no exercise "${request.params.id}"`);
      return reply.code(204).send();
    },
  );

  app.put(
    "/admin/users",
    {
      schema: {
        tags,
        summary: "Set users' cohort, department, display name or job (creates unknown users)",
        body: UserAttributesBatchSchema,
        response: { 200: UserAttributesResultSchema },
      },
    },
    async (request) => {
      const admin = principalAllowed(request, "tenant.administer");
      try {
        return await setUserAttributes(db, admin.tenantId, request.body.users, admin.userId);
      } catch (err) {
        if (err instanceof UnknownJobsError)
          throw new ApiProblem(422, err.code, err.message, { jobs: err.values });
        throw err;
      }
    },
  );

  app.delete(
    "/admin/users/:id",
    {
      schema: {
        tags,
        summary: "Erase a user and all their data (GDPR art. 17)",
        params: UserIdParamsSchema,
        response: { 200: ErasureResultSchema },
      },
    },
    async (request) => {
      const admin = principalAllowed(request, "tenant.administer");
      const erased = await eraseUser(db, admin.tenantId, request.params.id, admin.userId);
      if (!erased) throw new ApiProblem(404, "not_found", "No such user in this tenant");
      return erased;
    },
  );

  app.get(
    "/admin/audit",
    {
      schema: {
        tags,
        summary: "The tenant's audit log, newest first",
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: AuditListSchema },
      },
    },
    async (request) => {
      const admin = principalAllowed(request, "tenant.administer");
      const rows = await db
        .selectFrom("audit_log")
        .selectAll()
        .where("tenant_id", "=", admin.tenantId)
        .orderBy("at", "desc")
        .orderBy("id")
        .limit(request.query.limit)
        .execute();
      return {
        entries: rows.map((r) => ({
          id: r.id,
          actor: r.actor_id,
          action: r.action,
          target: r.target,
          details: JSON.parse(r.details) as Record<string, unknown>,
          at: r.at,
        })),
      };
    },
  );
};

/** What an Admin changed in the privacy policy, `type: "before→after"` per field: the audit's words. */
function privacyPolicyChanges(before: PrivacyPolicy, after: PrivacyPolicy): Record<string, unknown> {
  const changed = (a: Record<string, string | undefined>, b: Record<string, string | undefined>) =>
    Object.fromEntries(
      [...new Set([...Object.keys(a), ...Object.keys(b)])]
        .filter((type) => a[type] !== b[type])
        .sort()
        .map((type) => [type, `${a[type] ?? "document"}→${b[type] ?? "document"}`]),
    );
  return {
    actions: changed(before.actions, after.actions),
    promptActions: changed(before.promptActions, after.promptActions),
    ...(before.healthNearIdentifierWindow !== after.healthNearIdentifierWindow
      ? {
          healthNearIdentifierWindow: `${before.healthNearIdentifierWindow}→${after.healthNearIdentifierWindow}`,
        }
      : {}),
  };
}
