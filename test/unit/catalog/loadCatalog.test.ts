import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { CatalogError } from "../../../src/core/catalog";
import { HOSTS, LEVELS, SKILLS } from "../../../src/core/types";
import { loadBuiltInCatalog, loadCatalog } from "../../../src/server/catalog/load";

const tenantExercise = {
  id: "tenant-charter-reminder",
  version: 1,
  hosts: ["word"],
  skill: "draft",
  level: "beginner",
  minutes: 2,
  fits: {},
  targets: ["safety"],
  title: { fr: "Rappel de la charte", en: "Charter reminder" },
  brief: { fr: "Brief", en: "Brief" },
  task: { fr: "Tâche", en: "Task" },
  example: { fr: "Rédigez…", en: "Write…" },
};

describe("loadCatalog", () => {
  let dir: string;
  const cwd = process.cwd();

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "parcours-tenant-"));
  });
  afterEach(async () => {
    process.chdir(cwd);
    await rm(dir, { recursive: true, force: true });
  });

  it("loads the built-in catalog whatever the working directory", async () => {
    process.chdir(os.tmpdir());
    const catalog = await loadCatalog();
    expect(catalog.exercises.length).toBeGreaterThanOrEqual(36);
  });

  it("covers every host × skill × level in both languages, with 2–5 minute exercises", async () => {
    const { exercises } = await loadBuiltInCatalog();
    const missing: string[] = [];
    for (const host of HOSTS) {
      for (const skill of SKILLS) {
        for (const level of LEVELS) {
          if (!exercises.some((e) => e.hosts.includes(host) && e.skill === skill && e.level === level)) {
            missing.push(`${host}/${skill}/${level}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
    for (const e of exercises) {
      // Built-in exercises spell out everything a tenant's may leave to defaults.
      expect([e.id, Object.keys(e.weights).length > 0, e.required.length > 0, e.checks.length > 0]).toEqual([
        e.id,
        true,
        true,
        true,
      ]);
      expect(e.example.fr).not.toEqual(e.example.en);
      expect(e.minutes).toBeGreaterThanOrEqual(2);
      expect(e.minutes).toBeLessThanOrEqual(5);
    }
  });

  it("writes French with typographic apostrophes and no-break spaces before colons", async () => {
    const { exercises } = await loadBuiltInCatalog();
    for (const e of exercises) {
      const given = e.followUpOf ? [e.followUpOf.prompt.fr, e.followUpOf.answer.fr] : [];
      for (const text of [e.title.fr, e.brief.fr, e.task.fr, e.example.fr, ...given]) {
        expect(text).not.toMatch(/'| [:;?!»]|« /);
      }
    }
  });

  it("lets a tenant folder add exercises and override built-in ones by id", async () => {
    const builtIn = await loadBuiltInCatalog();
    const first = builtIn.exercises[0]!;
    const override = {
      ...first,
      version: first.version + 1,
      title: { fr: "Titre maison", en: "House title" },
    };
    await writeFile(path.join(dir, "house.json"), JSON.stringify({ exercises: [tenantExercise, override] }));
    const catalog = await loadCatalog({ tenantDir: dir });
    expect(catalog.exercises).toHaveLength(builtIn.exercises.length + 1);
    expect(catalog.byId.get(first.id)?.title.fr).toBe("Titre maison");
    expect(catalog.exercises[0]?.id).toBe(first.id);
    expect(catalog.byId.has("tenant-charter-reminder")).toBe(true);
  });

  it("rejects a bad tenant file with its path and field, leaving the built-in catalog intact", async () => {
    const bad = { ...tenantExercise, minutes: 30 };
    await writeFile(path.join(dir, "bad.json"), JSON.stringify({ exercises: [bad] }));
    await expect(loadCatalog({ tenantDir: dir })).rejects.toThrow(
      `${path.join(dir, "bad.json")}: exercises[0].minutes:`,
    );
    await expect(loadCatalog({ tenantDir: dir })).rejects.toBeInstanceOf(CatalogError);
    expect((await loadCatalog()).byId.has(bad.id)).toBe(false);
  });

  it("reports a missing tenant folder clearly", async () => {
    await expect(loadCatalog({ tenantDir: path.join(dir, "nope") })).rejects.toThrow(
      "content folder not found",
    );
  });
});
