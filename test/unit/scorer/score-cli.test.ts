import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { scorePrompt } from "../../../src/core/scorer";
import { CRITERIA } from "../../../src/core/types";
import { jsonLines, runCli } from "../../support/cli";

async function runScore(stdin: NodeJS.ReadableStream, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const run = await runCli(["score", ...args], env, stdin);
  return { code: run.code, lines: jsonLines(run.stdout), stderr: run.stderr };
}

const input = (...lines: string[]) => Readable.from([lines.join("\n")]);
const EXERCISE_ID = "excel-summarise-table-3-sentences";
const COMPLETE = [
  "Contexte : je prépare le comité de jeudi, car les réclamations ont augmenté.",
  "Tâche : rédige une synthèse des réclamations du tableau ci-dessous pour la directrice, ton factuel et sobre.",
  "Format : 5 puces maximum, puis une phrase de conclusion.",
  "Contraintes : n'invente aucun chiffre ; si une donnée manque, signale-la.",
  'Tableau : """[plage sélectionnée : réclamations par mois]"""',
].join("\n");

describe("parcours score", () => {
  it("writes one line per input line, in order, with the contract's fields", async () => {
    const run = await runScore(
      input(
        JSON.stringify({ id: "fr-1", prompt: "Résume ce courriel en 3 puces pour mon responsable." }),
        JSON.stringify({ id: "en-1", prompt: "Summarize this email.", lang: "en" }),
      ),
    );
    expect(run.code).toBe(0);
    expect(run.lines.map((l) => l.id)).toEqual(["fr-1", "en-1"]);
    const [first] = run.lines;
    expect(Object.keys(first!)).toEqual(["id", "score", "criteria", "improvement"]);
    expect(first!.score).toBe(scorePrompt("Résume ce courriel en 3 puces pour mon responsable.").score);
    expect(Object.keys(first!.criteria as object)).toEqual([...CRITERIA]);
    for (const value of Object.values(first!.criteria as Record<string, number>))
      expect([0, 1, 2, 3]).toContain(value);
  });

  it("gives the improvement in the prompt's language, or null when nothing is left to improve", async () => {
    const run = await runScore(
      input(
        JSON.stringify({ id: "fr", prompt: "Résume ce courriel." }),
        JSON.stringify({ id: "en", prompt: "Summarize this email." }),
        JSON.stringify({ id: "forced", prompt: "Summarize this email.", lang: "fr" }),
        JSON.stringify({ id: "complete", prompt: COMPLETE }),
      ),
    );
    expect(run.lines[0]!.improvement).toMatch(/^Contexte|^Public|^Attentes|^Source|^Contraintes/);
    expect(run.lines[1]!.improvement).toMatch(/^Context|^Audience|^Expectations|^Source|^Constraints/);
    expect(run.lines[2]!.improvement).toBe(
      scorePrompt("Summarize this email.", { lang: "fr" }).improvement?.message.fr,
    );
    expect(run.lines[3]).toMatchObject({ id: "complete", score: 100, improvement: null });
  });

  it("reports bad lines with a stable error code and goes on; blank lines are skipped", async () => {
    const run = await runScore(
      input(
        "not json",
        "",
        "   ",
        JSON.stringify({ id: "no-prompt" }),
        JSON.stringify({ prompt: "no id" }),
        JSON.stringify({ id: "bad-lang", prompt: "x", lang: "de" }),
        JSON.stringify([1, 2]),
        JSON.stringify({ id: "unknown", prompt: "Résume ce courriel.", exerciseId: "no-such-exercise" }),
        JSON.stringify({ id: "ok", prompt: "Résume ce courriel." }),
      ),
    );
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(7);
    expect(run.lines[0]).toEqual({ error: expect.stringMatching(/^invalid_json: /) });
    expect(run.lines[1]).toEqual({
      id: "no-prompt",
      error: expect.stringMatching(/^invalid_line: prompt: /),
    });
    expect(run.lines[2]).toEqual({ error: expect.stringMatching(/^invalid_line: id: /) });
    expect(run.lines[3]).toEqual({ id: "bad-lang", error: expect.stringMatching(/^invalid_line: lang: /) });
    expect(run.lines[4]).toEqual({ error: expect.stringMatching(/^invalid_line: /) });
    expect(run.lines[5]).toEqual({
      id: "unknown",
      error: 'unknown_exercise: no exercise with id "no-such-exercise"',
    });
    expect(run.lines[6]).toMatchObject({ id: "ok", score: expect.any(Number) });
  });

  it("applies the exercise named by exerciseId", async () => {
    const prompt = "Décris le tableau sélectionné.";
    const run = await runScore(input(JSON.stringify({ id: "x", prompt, exerciseId: EXERCISE_ID })));
    expect(run.lines[0]).toMatchObject({ id: "x", score: expect.any(Number) });
    expect(run.lines[0]!.score).not.toBe(scorePrompt(prompt).score);
  });

  it("reads tenant exercises from --tenant, and reports a missing folder per line", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "parcours-score-"));
    try {
      const tenantCatalog = {
        exercises: [
          {
            id: "tenant-reply-member",
            version: 1,
            hosts: ["outlook"],
            skill: "draft",
            level: "beginner",
            minutes: 3,
            fits: {},
            targets: ["audience"],
            weights: { audience: 5 },
            required: ["audience"],
            title: { fr: "Répondre", en: "Reply" },
            brief: { fr: "Répondez à un adhérent.", en: "Reply to a member." },
            task: { fr: "Demandez une réponse.", en: "Ask for a reply." },
            example: { fr: "Rédige une réponse pour l'adhérent.", en: "Draft a reply for the member." },
          },
        ],
      };
      writeFileSync(path.join(dir, "tenant.json"), JSON.stringify(tenantCatalog));
      const line = JSON.stringify({
        id: "t",
        prompt: "Rédige une réponse à ce courriel.",
        exerciseId: "tenant-reply-member",
      });
      const run = await runScore(input(line), ["--tenant", dir]);
      expect(run.lines[0]).toMatchObject({
        id: "t",
        score: expect.any(Number),
        improvement: expect.stringMatching(/^Public/),
      });
      const missing = await runScore(input(line, JSON.stringify({ id: "plain", prompt: "Résume." })), [], {
        CONTENT_DIR: path.join(dir, "missing"),
      });
      expect(missing.lines[0]).toEqual({ id: "t", error: expect.stringMatching(/^catalog_unavailable: /) });
      expect(missing.lines[1]).toMatchObject({ id: "plain", score: expect.any(Number) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 1 when stdin cannot be read", async () => {
    const broken = new Readable({
      read() {
        this.destroy(new Error("EIO: device not readable"));
      },
    });
    const run = await runScore(broken);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot read stdin: EIO/);
  });

  it("rejects unknown options as a usage error", async () => {
    const run = await runScore(input(""), ["--nope"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: parcours score/);
  });

  it("runs as `node bin/parcours.js score`", async () => {
    const bin = path.join(__dirname, "../../../bin/parcours.js");
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile(process.execPath, [bin, "score"], { timeout: 60_000 }, (error, out) =>
        error ? reject(error) : resolve(out),
      );
      child.stdin?.end(
        [
          JSON.stringify({ id: "1", prompt: "Résume ce courriel en 3 puces pour mon responsable." }),
          "{oops",
          JSON.stringify({ id: "2", prompt: "   " }),
        ].join("\n") + "\n",
      );
    });
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: "1", score: expect.any(Number) });
    expect(lines[1]).toEqual({ error: expect.stringMatching(/^invalid_json: /) });
    expect(lines[2]).toMatchObject({ id: "2", score: 0, improvement: expect.stringMatching(/vide/) });
  });
});
