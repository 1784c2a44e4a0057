import type { FastifyInstance } from "fastify";

/**
 * The API refuses model calls and attempts until the learner has accepted the tenant's charter:
 * benchmarks do what the pane's onboarding does, once per token, before measuring.
 */
export async function acceptCharter(origin: string, token: string): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const me = (await (await fetch(`${origin}/api/v1/me`, { headers })).json()) as {
    charter: { version: string };
  };
  const res = await fetch(`${origin}/api/v1/me/charter`, {
    method: "POST",
    headers,
    body: JSON.stringify({ version: me.charter.version, accepted: true }),
  });
  if (res.status !== 200) throw new Error(`charter acceptance failed: ${res.status} ${await res.text()}`);
}

/** The same, through `app.inject` for benchmarks that run the API in process. */
export async function acceptCharterInProcess(app: FastifyInstance, token: string): Promise<void> {
  const headers = { authorization: `Bearer ${token}` };
  const me = await app.inject({ method: "GET", url: "/api/v1/me", headers });
  const version = (me.json() as { charter: { version: string } }).charter.version;
  const res = await app.inject({
    method: "POST",
    url: "/api/v1/me/charter",
    headers,
    payload: { version, accepted: true },
  });
  if (res.statusCode !== 200) throw new Error(`charter acceptance failed: ${res.statusCode} ${res.body}`);
}
