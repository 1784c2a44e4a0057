import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../support/cli";

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return runCli(["catalog", ...args], env);
}

const exercise = {
  id: "tenant-extra",
  version: 1,
  hosts: ["excel"],
  skill: "analyse",
  level: "beginner",
  minutes: 2,
  fits: {},
  targets: ["goal"],
  title: { fr: "Exercice maison", en: "House exercise" },
  brief: { fr: "b", en: "b" },
  task: { fr: "t", en: "t" },
  example: { fr: "e", en: "e" },
};

describe("parcours catalog", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "parcours-catalog-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("validates the built-in catalog and prints the count", async () => {
    const result = await run(["validate"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^\d+ exercises valid in 3 files \(word \d+, outlook \d+, excel \d+\)\.\n$/,
    );
  });

  it("fails on a bad folder, naming file and field", async () => {
    await writeFile(path.join(dir, "ok.json"), JSON.stringify({ exercises: [exercise] }));
    const { title: _title, ...untitled } = exercise;
    await writeFile(
      path.join(dir, "bad.json"),
      JSON.stringify({ exercises: [{ ...untitled, id: "tenant-bad" }] }),
    );
    const result = await run(["validate", dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path.join(dir, "bad.json")}: exercises[0].title: Required`);
    expect(result.stderr).toContain("1 problem found.");
    expect(result.stdout).toBe("");
  });

  it("validates a tenant folder on its own", async () => {
    await writeFile(path.join(dir, "house.json"), JSON.stringify({ exercises: [exercise] }));
    const result = await run(["validate", dir]);
    expect(result).toMatchObject({
      code: 0,
      stdout: "1 exercise valid in 1 file (word 0, outlook 0, excel 1).\n",
    });
  });

  describe("task definitions", () => {
    const formula = {
      ...exercise,
      id: "tenant-formula",
      skill: "transform",
      title: { fr: "Formule de taux", en: "Rate formula" },
      taskDefinition: {
        deliverable: ["formula"],
        material: ["range"],
        mustName: [{ fr: "colonne|cellule|plage", en: "column|cell|range" }],
      },
      example: {
        fr: "Donne-moi la formule Excel à mettre en D2 qui calcule C2/B2 en pourcentage, à partir des colonnes B et C du tableau sélectionné.",
        en: "Give me the Excel formula for D2 that computes C2/B2 as a percentage, from columns B and C of the selected table.",
      },
    };

    it("accepts a tenant exercise whose example fits its task and other skills' examples do not", async () => {
      await writeFile(path.join(dir, "house.json"), JSON.stringify({ exercises: [formula] }));
      const result = await run(["validate", dir]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
    });

    it("rejects an example that asks for another deliverable than its task, naming file and field", async () => {
      const summary = {
        ...formula,
        example: {
          fr: "Résume le tableau sélectionné en 3 phrases pour ma responsable.",
          en: "Summarise the selected table in 3 sentences for my manager.",
        },
      };
      await writeFile(path.join(dir, "house.json"), JSON.stringify({ exercises: [summary] }));
      const result = await run(["validate", dir]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `${path.join(dir, "house.json")}: exercises[0].taskDefinition: its fr example does not fit it: it asks for`,
      );
      expect(result.stderr).toContain("its en example does not fit it");
    });

    it("rejects a task so loose that the built-in examples of other skills fit it", async () => {
      const loose = {
        ...formula,
        skill: "summarise",
        taskDefinition: {
          deliverable: ["analysis", "summary", "list", "table"],
          material: ["range", "email", "document"],
        },
        example: {
          fr: "Résume le tableau sélectionné en 3 phrases pour ma responsable.",
          en: "Summarise the selected table in 3 sentences for my manager.",
        },
      };
      await writeFile(path.join(dir, "house.json"), JSON.stringify({ exercises: [loose] }));
      const result = await run(["validate", dir]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /exercises\[0\]\.taskDefinition: \d+ of \d+ examples of other skills or deliverables fit it/,
      );
    });

    it("rejects an unknown deliverable kind", async () => {
      const unknown = { ...formula, taskDefinition: { ...formula.taskDefinition, deliverable: ["poem"] } };
      await writeFile(path.join(dir, "house.json"), JSON.stringify({ exercises: [unknown] }));
      const result = await run(["validate", dir]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("exercises[0].taskDefinition.deliverable[0]");
    });
  });

  it("reports a missing folder or an empty one", async () => {
    expect((await run(["validate", path.join(dir, "nope")])).stderr).toContain("content folder not found");
    const empty = await run(["validate", dir]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("no .json exercise files");
  });

  it("lists exercises for one host as a table with titles in the chosen language", async () => {
    const result = await run(["list", "--host", "excel", "--lang", "en"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^id\s+host\s+skill\s+level\s+min\s+title$/);
    expect(lines.slice(1, -1)).toHaveLength(28);
    expect(lines.slice(1, -1).every((line) => line.includes(" excel "))).toBe(true);
    expect(result.stdout).toContain("Spot the values that stand out");
    expect(lines.at(-1)).toBe("28 exercises");
  });

  it("lists French titles by default and includes the tenant folder", async () => {
    await writeFile(path.join(dir, "house.json"), JSON.stringify({ exercises: [exercise] }));
    const viaOption = await run(["list", "--tenant", dir]);
    expect(viaOption.stdout).toContain("Exercice maison");
    expect(viaOption.stdout).toContain("Repérer les valeurs qui sortent du lot");
    const viaEnv = await run(["list", "--host", "excel"], { CONTENT_DIR: dir });
    expect(viaEnv.stdout).toContain("tenant-extra");
  });

  it("rejects unknown subcommands and option values with usage", async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(["frobnicate"])).stderr).toContain('unknown subcommand "frobnicate"');
    const badHost = await run(["list", "--host", "powerpoint"]);
    expect(badHost.code).toBe(2);
    expect(badHost.stderr).toContain("--host must be one of word, outlook, excel");
  });

  it("runs through the real bin script", async () => {
    const bin = path.join(__dirname, "../../../bin/parcours.js");
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, [bin, "catalog", "validate"], { cwd: os.tmpdir() }, (error, stdout) => {
        resolve({ code: error ? Number(error.code) : 0, stdout });
      });
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("exercises valid");
  });
});
