import type { Kysely } from "kysely";
import { personalDataInSharedText, type SharedTextFinding } from "../core/privacy";
import { audit, PRIVACY_BLOCK_ACTION } from "./audit";
import { ApiProblem } from "./errors";
import type { Principal } from "./auth/roles";
import type { Database } from "./store/schema";

/**
 * Refuses texts colleagues will read (use cases, comments) when the privacy guard finds personal data
 * in any of them: 422 `personal_data_in_text`, naming each field and the kinds found, never the values.
 * The refusal is audited (fields and kinds only); nothing is stored.
 */
export async function refusePersonalData(
  db: Kysely<Database>,
  me: Principal,
  what: string,
  fields: Record<string, string | null | undefined>,
): Promise<void> {
  const found: Array<{ field: string; types: SharedTextFinding[] }> = [];
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    const types = personalDataInSharedText(text);
    if (types.length > 0) found.push({ field, types });
  }
  if (found.length === 0) return;
  await audit(db, {
    tenantId: me.tenantId,
    actorId: me.userId,
    action: PRIVACY_BLOCK_ACTION,
    details: { what, fields: found },
  });
  throw new ApiProblem(
    422,
    "personal_data_in_text",
    `Remove the personal data before sharing: ${found.map((f) => `${f.field} (${f.types.join(", ")})`).join("; ")}`,
    { fields: found },
  );
}
