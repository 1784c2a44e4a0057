import { DEFAULT_JOBS } from "../../../src/core/jobs";
import { loadBuiltInCatalog } from "../../../src/server/catalog/load";

/** The built-in catalog serves every default job of a health insurer. */
describe("built-in catalog by job", () => {
  it("has at least 60 exercises and at least 4 written for each default job", async () => {
    const { exercises } = await loadBuiltInCatalog();
    expect(exercises.length).toBeGreaterThanOrEqual(60);
    for (const job of DEFAULT_JOBS) {
      const written = exercises.filter((e) => e.jobs?.includes(job.id));
      expect(written.length).toBeGreaterThanOrEqual(4);
      // Each job gets a task definition to score against, not only the generic rubric.
      expect(written.every((e) => e.taskDefinition !== undefined)).toBe(true);
    }
  });

  it("names only default jobs", async () => {
    const { exercises } = await loadBuiltInCatalog();
    const known = new Set(DEFAULT_JOBS.map((j) => j.id));
    const unknown = exercises.flatMap((e) =>
      (e.jobs ?? []).filter((j) => !known.has(j)).map((j) => `${e.id}: ${j}`),
    );
    expect(unknown).toEqual([]);
  });
});
