import { createHmac, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { pseudonymFromDigest } from "../../core/results/pseudonym";
import type { Database } from "../store/schema";

/**
 * Returns a function giving each user of the tenant a stable pseudonym: HMAC-SHA256 keyed with a
 * random per-tenant secret kept in the database, over tenant + user. Without the secret, a user id
 * cannot be matched to its pseudonym even when user ids are guessable.
 */
export async function pseudonymizer(
  db: Kysely<Database>,
  tenantId: string,
): Promise<(userId: string) => string> {
  await db
    .insertInto("report_keys")
    .values({
      tenant_id: tenantId,
      secret: randomBytes(32).toString("hex"),
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column("tenant_id").doNothing())
    .execute();
  const { secret } = await db
    .selectFrom("report_keys")
    .select("secret")
    .where("tenant_id", "=", tenantId)
    .executeTakeFirstOrThrow();
  return (userId) =>
    pseudonymFromDigest(createHmac("sha256", secret).update(`${tenantId}\u0000${userId}`).digest("hex"));
}
