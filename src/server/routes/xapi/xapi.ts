import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { XapiStatementsQuerySchema, XapiStatementsSchema, type XapiStatement } from "../../../core/api/xapi";
import { decodeCursor, encodeCursor } from "../../cursor";
import { principalAllowed, requirePermission } from "../../plugins/auth";
import { XAPI_VERSION } from "../../xapi/statement";

/** `GET /xapi/statements` (PilotLead, Admin): the tenant's statements, oldest first. */
export const xapiRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/xapi/statements",
    {
      preParsing: requirePermission("xapi.export"),
      schema: {
        tags: ["xapi"],
        summary: "Export the tenant's xAPI statements (one per attempt)",
        querystring: XapiStatementsQuerySchema,
        response: { 200: XapiStatementsSchema },
      },
    },
    async (request, reply) => {
      const me = principalAllowed(request, "xapi.export");
      const { since, limit, cursor } = request.query;
      let query = app.store.db
        .selectFrom("xapi_outbox")
        .select(["statement_id", "statement", "created_at"])
        .where("tenant_id", "=", me.tenantId);
      if (since) query = query.where("created_at", ">=", new Date(since).toISOString());
      if (cursor) {
        const after = decodeCursor(cursor);
        query = query.where((eb) =>
          eb.or([
            eb("created_at", ">", after.at),
            eb.and([eb("created_at", "=", after.at), eb("statement_id", ">", after.id)]),
          ]),
        );
      }
      const rows = await query
        .orderBy("created_at")
        .orderBy("statement_id")
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      reply.header("X-Experience-API-Version", XAPI_VERSION);
      return {
        statements: page.map((r) => JSON.parse(r.statement) as XapiStatement),
        more: rows.length > limit && last ? encodeCursor(last.created_at, last.statement_id) : null,
      };
    },
  );
};
