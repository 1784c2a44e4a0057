import type { preParsingAsyncHookHandler } from "fastify";
import { ApiProblem } from "../errors";
import { compiledOnce } from "../store/compiled";
import { charterFromJson } from "../tenants/settings";
import { principalOf } from "./auth";

/**
 * preParsing hook for routes that act for a learner (run a prompt through the model, record an
 * attempt): the caller must have accepted the tenant's current charter version. The pane shows the
 * charter first, but the API is what enforces it. A missing or stale acceptance is the same
 * `409 charter_version_mismatch` that `POST /me/charter` gives. Place it after `requireUser`.
 */
export const requireAcceptedCharter: preParsingAsyncHookHandler = async (request) => {
  const me = principalOf(request);
  const db = request.server.store.db;
  // One indexed read: the caller's acceptance beside the tenant's settings (its charter version).
  const row = (await db.executeQuery(acceptance(db, { tenantId: me.tenantId, userId: me.userId }))).rows[0];
  const accepted = row?.accepted ?? null;
  const settings =
    row !== undefined
      ? row.settings
      : (
          await db
            .selectFrom("tenants")
            .select("settings")
            .where("tenant_id", "=", me.tenantId)
            .executeTakeFirst()
        )?.settings;
  const current = charterFromJson(settings).version;
  if (accepted === current) return;
  throw new ApiProblem(
    409,
    "charter_version_mismatch",
    accepted === null
      ? `Accept the charter (version ${current}) before running prompts or recording attempts`
      : `The charter changed to version ${current} (you accepted ${accepted}); accept it again first`,
    { currentVersion: current, acceptedVersion: accepted },
  );
};

const acceptance = compiledOnce((db, me: { tenantId: string; userId: string }) =>
  db
    .selectFrom("users as u")
    .leftJoin("tenants as t", "t.tenant_id", "u.tenant_id")
    .select(["u.charter_version_accepted as accepted", "t.settings as settings"])
    .where("u.tenant_id", "=", me.tenantId)
    .where("u.user_id", "=", me.userId),
);
