import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ExerciseList } from "../../../src/core/catalog/api";
import { loadBuiltInCatalog } from "../../../src/server/catalog/load";
import type { Host } from "../../../src/core/types";
import { body, createTestApi, type TestApi } from "../../support/api";

const houseExercise = {
  id: "house-charter-check",
  version: 1,
  hosts: ["word"],
  skill: "analyse",
  level: "beginner",
  minutes: 2,
  fits: {},
  targets: ["safety"],
  title: { fr: "Vérifier un texte avant de l’envoyer à l’IA", en: "Check a text before sending it to AI" },
  brief: { fr: "b", en: "b" },
  task: { fr: "t", en: "t" },
  example: { fr: "e", en: "e" },
};

function contentDir(exercises: unknown[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-content-"));
  fs.writeFileSync(path.join(dir, "house.json"), JSON.stringify({ exercises }));
  return dir;
}

describe("GET /api/v1/exercises", () => {
  let api: TestApi;
  let token: string;
  let dir: string;
  let builtIn: Record<Host | "all", number>;
  beforeAll(async () => {
    const { exercises } = await loadBuiltInCatalog();
    const count = (host: Host) => exercises.filter((e) => e.hosts.includes(host)).length;
    builtIn = {
      word: count("word"),
      outlook: count("outlook"),
      excel: count("excel"),
      all: exercises.length,
    };
    dir = contentDir([
      houseExercise,
      {
        id: "excel-analyse-outliers",
        version: 2,
        hosts: ["excel"],
        skill: "analyse",
        level: "beginner",
        minutes: 2,
        fits: { kinds: ["table_of_figures"] },
        targets: ["goal", "source"],
        title: { fr: "Repérer les écarts du tableau de la caisse", en: "Spot the gaps in the fund's table" },
        brief: { fr: "b", en: "b" },
        task: { fr: "t", en: "t" },
        example: { fr: "e", en: "e" },
      },
    ]);
    api = await createTestApi({ env: { CONTENT_DIR: dir } });
    token = await api.token({ tenant: "tenant-a", user: "alice" });
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const list = (query: string, t: string | null = token) =>
    api.inject({ method: "GET", url: `/api/v1/exercises${query}`, ...(t ? { token: t } : {}) });

  it("needs a signed-in user", async () => {
    const res = await list("?host=word", null);
    expect(res.statusCode).toBe(401);
    expect(body(res)).toMatchObject({ code: "unauthorized" });
  });

  it("lists one host's exercises, including the tenant content folder", async () => {
    const res = await list("?host=word&lang=fr");
    expect(res.statusCode).toBe(200);
    const { exercises } = body<ExerciseList>(res);
    expect(exercises).toHaveLength(builtIn.word + 1);
    expect(exercises.every((e) => e.hosts.includes("word"))).toBe(true);
    expect(exercises.map((e) => e.id)).toContain("house-charter-check");
    expect(exercises[0]).toMatchObject({ title: { fr: expect.any(String), en: expect.any(String) } });
  });

  it("applies the content folder's overrides by id", async () => {
    const { exercises } = body<ExerciseList>(await list("?host=excel&lang=en"));
    expect(exercises).toHaveLength(builtIn.excel);
    expect(exercises.find((e) => e.id === "excel-analyse-outliers")).toMatchObject({
      version: 2,
      title: { en: "Spot the gaps in the fund's table" },
    });
  });

  it("lists every host without a filter", async () => {
    expect(body<ExerciseList>(await list("")).exercises).toHaveLength(builtIn.all + 1);
  });

  it("adds the tenant's own stored exercises, for that tenant only", async () => {
    const own = { ...houseExercise, id: "tenant-a-only", hosts: ["outlook"] };
    await api.app.store.db
      .insertInto("tenant_exercises")
      .values({
        tenant_id: "tenant-a",
        exercise_id: own.id,
        version: 1,
        definition: JSON.stringify(own),
        updated_by: "admin",
        updated_at: new Date().toISOString(),
      })
      .execute();
    const mine = body<ExerciseList>(await list("?host=outlook")).exercises.map((e) => e.id);
    expect(mine).toContain("tenant-a-only");
    const other = await api.token({ tenant: "tenant-b", user: "bob" });
    const theirs = body<ExerciseList>(await list("?host=outlook", other)).exercises.map((e) => e.id);
    expect(theirs).not.toContain("tenant-a-only");
  });

  it("documents both routes in the OpenAPI description", async () => {
    const doc = body<{ paths: Record<string, unknown> }>(
      await api.inject({ method: "GET", url: "/api/v1/openapi.json" }),
    );
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/exercises", "/api/v1/recommendations"]),
    );
  });

  it("rejects an unknown host", async () => {
    const res = await list("?host=powerpoint");
    expect(res.statusCode).toBe(400);
  });
});

describe("CONTENT_DIR at start", () => {
  it("refuses to start when the folder does not exist, naming the variable", async () => {
    await expect(
      createTestApi({ env: { CONTENT_DIR: path.join(os.tmpdir(), "parcours-no-such-dir") } }),
    ).rejects.toThrow(/CONTENT_DIR: .* is not a folder/);
  });

  it("refuses to start on a bad tenant exercise file, naming file and field", async () => {
    const dir = contentDir([{ ...houseExercise, minutes: 45 }]);
    try {
      await expect(createTestApi({ env: { CONTENT_DIR: dir } })).rejects.toThrow(
        `${path.join(dir, "house.json")}: exercises[0].minutes:`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
