import { ApiProblem, errorKind, problemFromResponse } from "../../../src/taskpane/api/problem";
import { MESSAGES } from "../../../src/taskpane/i18n/messages";
import { problemTexts } from "../../../src/taskpane/i18n/problemTexts";

function problemResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json" },
  });
}

describe("API problems", () => {
  it("keeps the code, the personal-data types and positions of a blocked prompt", async () => {
    const problem = await problemFromResponse(
      problemResponse(422, {
        type: "about:blank",
        title: "Blocked",
        status: 422,
        code: "personal_data_blocked",
        types: ["NIR"],
        positions: [{ type: "NIR", start: 4, end: 25 }],
      }),
    );
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem.code).toBe("personal_data_blocked");
    expect(problem.types).toEqual(["NIR"]);
    expect(problem.positions).toEqual([{ type: "NIR", start: 4, end: 25 }]);
    expect(errorKind(problem)).toBe("personal_data_blocked");
    expect(problem.retriable).toBe(false);
  });

  it.each([
    [503, { code: "llm_not_configured" }, "llm_not_configured"],
    [429, { code: "quota_exceeded" }, "quota_exceeded"],
    [429, { code: "improve_quota_exceeded" }, "improve_quota_exceeded"],
    [429, { code: "rate_limited" }, "rate_limited"],
    [503, { code: "identity_unavailable" }, "server"],
    [401, { code: "invalid_token" }, "unauthorized"],
    [409, { code: "attempt_conflict" }, "conflict"],
    [500, { code: "internal_error" }, "server"],
    [400, { code: "invalid_body" }, "invalid"],
    [502, "<html>Bad gateway</html>", "network"],
    [500, "oops", "server"],
  ])("maps HTTP %i %j to the %s message", async (status, body, kind) => {
    const response =
      typeof body === "string"
        ? new Response(body, { status })
        : problemResponse(status, { status, ...body });
    expect(errorKind(await problemFromResponse(response))).toBe(kind);
  });

  it("treats network failures and server errors as worth retrying, client errors not", () => {
    expect(new ApiProblem({ status: 0, code: "network" }).retriable).toBe(true);
    expect(new ApiProblem({ status: 503, code: "not_ready" }).retriable).toBe(true);
    expect(new ApiProblem({ status: 400, code: "invalid_body" }).retriable).toBe(false);
    expect(errorKind(new Error("boom"))).toBe("unknown");
  });

  it("has a message and a next step for every kind in both languages", () => {
    for (const lang of ["fr", "en"] as const) {
      for (const kind of [
        "llm_not_configured",
        "personal_data_blocked",
        "quota_exceeded",
        "rate_limited",
        "unauthorized",
        "forbidden",
        "network",
        "server",
        "invalid",
        "not_found",
        "conflict",
        "model_error",
        "unknown",
      ] as const) {
        expect(problemTexts(MESSAGES[lang], kind).message.length).toBeGreaterThan(10);
        expect(problemTexts(MESSAGES[lang], kind).next.length).toBeGreaterThan(5);
        if (kind !== "unknown") {
          expect(problemTexts(MESSAGES[lang], kind)).not.toBe(MESSAGES[lang].errors.unknown);
        }
      }
    }
    expect(MESSAGES.fr.errors.network.message).not.toBe(MESSAGES.en.errors.network.message);
  });
});

describe("problem texts before the rest of the dictionary", () => {
  it("says a problem only other screens meet in the general wording until its own text has arrived", () => {
    const firstOnly = { ...MESSAGES.fr, runErrors: undefined } as unknown as typeof MESSAGES.fr;
    expect(problemTexts(firstOnly, "quota_exceeded")).toBe(MESSAGES.fr.errors.unknown);
    expect(problemTexts(firstOnly, "network")).toBe(MESSAGES.fr.errors.network);
    expect(problemTexts(MESSAGES.fr, "quota_exceeded")).toBe(MESSAGES.fr.runErrors.quota_exceeded);
  });
});
