import {
  forgetProgress,
  keepProgressOnlyFor,
  loadProgress,
  MAX_CACHED_ATTEMPTS,
  saveProgress,
} from "../../../src/taskpane/lib/progressCache";

/** A Storage holding strings, as localStorage does. */
function deviceStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
  };
}

const lea = { tenant: "acme", user: "lea" };
const attempt = (i: number) => ({
  id: `a-${i}`,
  exerciseId: i % 2 ? "word-summarise-procedure-5-points" : "word-draft-supplier-letter",
  submittedAt: new Date(Date.UTC(2026, 10, 1 + (i % 28), 9)).toISOString(),
  score: 40 + (i % 60),
  // What the API sends beside them is not kept.
  criteria: { goal: 2 },
  minutesSaved: 5,
});
const titles = new Map([
  ["word-summarise-procedure-5-points", { fr: "Résumer une procédure", en: "Summarise a procedure" }],
  ["word-draft-supplier-letter", { fr: "Écrire au fournisseur", en: "Write to the supplier" }],
  ["not-in-history", { fr: "Autre", en: "Other" }],
]);
const savedAt = new Date("2026-11-29T20:30:00Z");

describe("Progress history kept on the device", () => {
  it("gives back the history, its titles and its date to the same user of the same tenant only", () => {
    const storage = deviceStorage();
    saveProgress(lea, [attempt(1), attempt(2)], titles, savedAt, storage);
    const kept = loadProgress(lea, storage)!;
    expect(kept.savedAt).toBe("2026-11-29T20:30:00.000Z");
    expect(kept.attempts).toEqual([
      { id: "a-1", exerciseId: attempt(1).exerciseId, submittedAt: attempt(1).submittedAt, score: 41 },
      { id: "a-2", exerciseId: attempt(2).exerciseId, submittedAt: attempt(2).submittedAt, score: 42 },
    ]);
    expect([...kept.titles.keys()].sort()).toEqual([
      "word-draft-supplier-letter",
      "word-summarise-procedure-5-points",
    ]);
    expect(loadProgress({ tenant: "acme", user: "max" }, storage)).toBeNull();
    expect(loadProgress({ tenant: "other", user: "lea" }, storage)).toBeNull();
  });

  it("keeps only the latest attempts and only scores and dates", () => {
    const storage = deviceStorage();
    const many = Array.from({ length: 250 }, (_, i) => ({ ...attempt(i), prompt: "x".repeat(5000) }));
    saveProgress(lea, many, titles, savedAt, storage);
    const kept = loadProgress(lea, storage)!;
    expect(kept.attempts).toHaveLength(MAX_CACHED_ATTEMPTS);
    expect(kept.attempts[0]!.id).toBe("a-0");
    const raw = [...storage.items.values()].join("");
    expect(raw).not.toContain("xxxxx");
    expect(raw.length).toBeLessThan(20_000);
  });

  it("reads anything tampered with or unreadable as nothing kept", () => {
    const storage = deviceStorage();
    for (const raw of [
      "{not json",
      JSON.stringify({ v: 1, tenant: "acme", user: "lea", savedAt: "yesterday", attempts: [], titles: {} }),
      JSON.stringify({
        v: 99,
        tenant: "acme",
        user: "lea",
        savedAt: savedAt.toISOString(),
        attempts: [],
        titles: {},
      }),
      JSON.stringify({
        v: 1,
        tenant: "acme",
        user: "lea",
        savedAt: savedAt.toISOString(),
        attempts: "a",
        titles: {},
      }),
    ]) {
      storage.items.set("parcours.progress", raw);
      expect(loadProgress(lea, storage)).toBeNull();
    }
    storage.items.set(
      "parcours.progress",
      JSON.stringify({
        v: 1,
        tenant: "acme",
        user: "lea",
        savedAt: savedAt.toISOString(),
        attempts: [attempt(1), { ...attempt(2), score: "high" }, { ...attempt(3), score: 400 }],
        titles: { x: { fr: 1 } },
      }),
    );
    const kept = loadProgress(lea, storage)!;
    expect(kept.attempts.map((a) => a.id)).toEqual(["a-1"]);
    expect(kept.titles.size).toBe(0);
  });

  it("is cleared at sign-out, when another user signs in, and when the learner's data is erased", () => {
    const storage = deviceStorage();
    saveProgress(lea, [attempt(1)], titles, savedAt, storage);
    keepProgressOnlyFor(lea, storage);
    expect(loadProgress(lea, storage)).not.toBeNull();
    keepProgressOnlyFor({ tenant: "acme", user: "max" }, storage);
    expect(storage.items.size).toBe(0);

    saveProgress(lea, [attempt(1)], titles, savedAt, storage);
    forgetProgress(storage);
    expect(storage.items.size).toBe(0);

    // Erased on the server: the API's empty history leaves nothing on the device.
    saveProgress(lea, [attempt(1)], titles, savedAt, storage);
    saveProgress(lea, [], titles, new Date(), storage);
    expect(storage.items.size).toBe(0);
  });

  it("works without storage, and when storage refuses to write", () => {
    expect(() => saveProgress(lea, [attempt(1)], titles, savedAt, undefined)).not.toThrow();
    expect(loadProgress(lea, undefined)).toBeNull();
    const full = {
      ...deviceStorage(),
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => saveProgress(lea, [attempt(1)], titles, savedAt, full)).not.toThrow();
  });
});
