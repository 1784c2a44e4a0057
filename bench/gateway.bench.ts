/**
 * Model gateway overhead: the same streamed completion from the loopback model server, once called
 * directly with the `openai` SDK and once through `POST /api/v1/llm/chat` (auth, privacy policy, quota,
 * SDK call, SSE relay, usage accounting) over real HTTP on loopback. The difference of the medians is
 * the latency the gateway adds. Target ≤ 5 ms at p50.
 *
 * `npm run bench -- gateway` (or `npx tsx bench/gateway.bench.ts`). BENCH_RUNS sets the sample size.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import OpenAI from "openai";
import { buildApp } from "../src/server/app";
import { signDevToken } from "../src/server/auth/dev-issuer";
import { loadConfig } from "../src/server/config";
import { updateTenantSettings } from "../src/server/tenants/settings";
import { startModelServer } from "../test/support/model-server";
import { acceptCharter } from "./charter";

const RUNS = Number(process.env.BENCH_RUNS || 200);
const WARMUP = 20;
const ANSWER = "Voici une proposition de réponse en trois points, courte et polie, pour l'adhérent.";
const PROMPT = "Rédige une réponse courte et polie à ce courrier, en trois points.";
const CONTEXT =
  "Bonjour, je souhaite connaître l'état de mon remboursement de consultation du mois dernier. Merci.";

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Wall-clock time of one call, and the CPU time the process spent meanwhile (user + system). */
async function timed(fn: () => Promise<unknown>, cpu: number[]): Promise<number> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await fn();
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpuBefore);
  cpu.push((used.user + used.system) / 1000);
  return elapsed;
}

async function main(): Promise<void> {
  const server = await startModelServer({ respond: () => ANSWER });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-bench-gateway-"));
  const config = loadConfig(
    { LLM_PROVIDER: "compatible", LLM_BASE_URL: server.baseURL, LLM_MODEL: "loopback", LOG_LEVEL: "silent" },
    {
      dataDir,
      https: false,
      logLevel: "silent",
      retentionSweepMs: 0,
      staticDir: path.join(dataDir, "no-dist"),
    },
  );
  const app = await buildApp({
    ...config,
    rateLimit: { ...config.rateLimit, userMax: 1_000_000, ipMax: 1_000_000 },
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  await updateTenantSettings(app.store.db, "bench", { dailyQuota: 10_000 });
  const token = await signDevToken(app.devIssuer!, { tenant: "bench", user: "bench-user", expiresIn: "1h" });
  await acceptCharter(origin, token);

  const sdk = new OpenAI({ baseURL: server.baseURL, apiKey: "bench", maxRetries: 0 });
  const direct = async () => {
    const stream = await sdk.chat.completions.create({
      model: "loopback",
      messages: [
        { role: "system", content: "Tu es un assistant." },
        { role: "user", content: CONTEXT },
        { role: "user", content: PROMPT },
      ],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
    if (text !== ANSWER) throw new Error("direct call: unexpected answer");
  };
  const viaGateway = async () => {
    const response = await fetch(`${origin}/api/v1/llm/chat`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        accept: "text/event-stream",
      },
      body: JSON.stringify({
        exerciseId: "bench",
        prompt: PROMPT,
        context: { text: CONTEXT, kind: "email" },
      }),
    });
    const body = await response.text();
    if (response.status !== 200 || !body.includes("event: done"))
      throw new Error(`gateway: ${response.status} ${body}`);
  };

  for (let i = 0; i < WARMUP; i++) {
    await direct();
    await viaGateway();
  }
  const directMs: number[] = [];
  const gatewayMs: number[] = [];
  const directCpu: number[] = [];
  const gatewayCpu: number[] = [];
  // Interleaved, so both see the same machine load.
  for (let i = 0; i < RUNS; i++) {
    directMs.push(await timed(direct, directCpu));
    gatewayMs.push(await timed(viaGateway, gatewayCpu));
  }

  const line = (name: string, values: number[]) =>
    `${name.padEnd(22)} p50 ${percentile(values, 50).toFixed(2).padStart(6)} ms   p90 ${percentile(values, 90)
      .toFixed(2)
      .padStart(6)} ms   p99 ${percentile(values, 99).toFixed(2).padStart(6)} ms`;
  console.log(`model gateway vs direct SDK call, ${RUNS} streamed completions each (loopback)`);
  console.log(line("direct openai SDK", directMs));
  console.log(line("through the gateway", gatewayMs));
  const added = percentile(gatewayMs, 50) - percentile(directMs, 50);
  console.log(`added latency at p50: ${added.toFixed(2)} ms (target ≤ 5 ms)`);
  // Everything (client, gateway, model server) runs in this one process, so CPU time per call is the
  // work each path does, whatever else the machine is busy with; wall-clock adds waits for a core.
  const addedCpu = percentile(gatewayCpu, 50) - percentile(directCpu, 50);
  console.log(
    `CPU per call at p50: direct ${percentile(directCpu, 50).toFixed(2)} ms, gateway ${percentile(gatewayCpu, 50).toFixed(2)} ms ` +
      `(added ${addedCpu.toFixed(2)} ms; client, gateway and model server share this process)`,
  );
  const [load1] = os.loadavg();
  console.log(`machine: ${os.cpus().length} cores, load average ${load1?.toFixed(1)} while measuring`);

  await app.close();
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
