import type { preParsingAsyncHookHandler } from "fastify";
import { ApiProblem } from "../errors";
import { getTenantSettings } from "../tenants/settings";
import { findUser } from "../tenants/users";
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
  const [settings, user] = await Promise.all([
    getTenantSettings(db, me.tenantId),
    findUser(db, me.tenantId, me.userId),
  ]);
  const current = settings.charter.version;
  const accepted = user?.charter_version_accepted ?? null;
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
