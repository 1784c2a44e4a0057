import { ApiProblem } from "../../../src/taskpane/api/problem";
import { createRealWorkReporter, MAX_PENDING_REPORTS } from "../../../src/taskpane/queue/realWorkReports";
import type { RealWorkUseCreate } from "../../../src/core/api/real-work";

const use = (n: number): RealWorkUseCreate => ({
  clientId: `client-${n}-xxxx`,
  kind: "insert",
  host: "word",
});
const offline = () => new ApiProblem({ status: 0, code: "network", detail: "offline" });

function fakeEvents() {
  const listeners: Record<string, Array<() => void>> = {};
  return {
    addEventListener: (type: string, listener: () => void) => (listeners[type] ??= []).push(listener),
    fire: (type: string) => (listeners[type] ?? []).forEach((l) => l()),
  };
}

describe("real-work reports", () => {
  it("sends a report at once", async () => {
    const sent: string[] = [];
    const reporter = createRealWorkReporter(async (u) => void sent.push(u.clientId), fakeEvents() as never);
    reporter.report(use(1));
    await reporter.flush();
    expect(sent).toEqual(["client-1-xxxx"]);
    expect(reporter.pendingCount()).toBe(0);
  });

  it("keeps what cannot go offline and sends it, in order, when the browser is back online", async () => {
    const events = fakeEvents();
    let online = false;
    const sent: string[] = [];
    const reporter = createRealWorkReporter(async (u) => {
      if (!online) throw offline();
      sent.push(u.clientId);
    }, events as never);
    reporter.report(use(1));
    reporter.report(use(2));
    await reporter.flush();
    expect(reporter.pendingCount()).toBe(2);
    online = true;
    events.fire("online");
    await reporter.flush();
    expect(sent).toEqual(["client-1-xxxx", "client-2-xxxx"]);
    expect(reporter.pendingCount()).toBe(0);
  });

  it("drops a report the API refuses instead of retrying it forever", async () => {
    const reporter = createRealWorkReporter(async () => {
      throw new ApiProblem({ status: 400, code: "invalid_body", detail: "bad" });
    }, fakeEvents() as never);
    reporter.report(use(1));
    await reporter.flush();
    expect(reporter.pendingCount()).toBe(0);
  });

  it("keeps the newest reports when too many pile up offline", async () => {
    const reporter = createRealWorkReporter(async () => {
      throw offline();
    }, fakeEvents() as never);
    for (let n = 0; n < MAX_PENDING_REPORTS + 5; n++) reporter.report(use(n));
    await reporter.flush();
    expect(reporter.pendingCount()).toBe(MAX_PENDING_REPORTS);
  });
});
