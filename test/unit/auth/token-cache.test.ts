import { withVerifiedTokenCache } from "../../../src/server/auth/verify";
import type { Principal } from "../../../src/server/auth/roles";

const principal = (userId: string): Principal => ({
  tenantId: "t",
  userId,
  name: undefined,
  roles: [],
  cohort: undefined,
  department: undefined,
  locale: undefined,
  job: undefined,
});

/** A verifier that accepts tokens named `ok:<user>:<exp seconds>` and counts its calls. */
function fakeVerifier() {
  const calls: string[] = [];
  const verify = async (token: string) => {
    calls.push(token);
    const [kind, user, exp] = token.split(":");
    if (kind !== "ok" || !user) throw new Error("refused");
    return { principal: principal(user), exp: Number(exp) };
  };
  return { calls, verify };
}

describe("verified token cache", () => {
  it("verifies a token once while it is valid, and every other token anew", async () => {
    const { calls, verify } = fakeVerifier();
    let now = 1_000_000;
    const cached = withVerifiedTokenCache(verify, { now: () => now });
    expect((await cached("ok:a:2000")).userId).toBe("a");
    now += 500_000;
    expect((await cached("ok:a:2000")).userId).toBe("a");
    // Another token (a byte differs: a forged signature, edited claims) is never served from the cache.
    await expect(cached("ok:a:2000x")).resolves.toMatchObject({ userId: "a" });
    await expect(cached("bad:a:2000")).rejects.toThrow("refused");
    expect(calls).toEqual(["ok:a:2000", "ok:a:2000x", "bad:a:2000"]);
  });

  it("refuses a cached token once it has expired: it is verified again, and refused by the verifier", async () => {
    let now = 1_000_000;
    let expired = false;
    const calls: string[] = [];
    const cached = withVerifiedTokenCache(
      async (token) => {
        calls.push(token);
        if (expired) throw new Error("Token expired");
        return { principal: principal("a"), exp: 2000 };
      },
      { now: () => now },
    );
    await cached("ok:a:2000");
    now = 1_999_999;
    await cached("ok:a:2000");
    expect(calls).toHaveLength(1);
    now = 2_000_000; // exp reached
    expired = true;
    await expect(cached("ok:a:2000")).rejects.toThrow("Token expired");
    expect(calls).toHaveLength(2);
    // And it stays refused: the failure is not cached as a success, nor is the stale entry kept.
    await expect(cached("ok:a:2000")).rejects.toThrow("Token expired");
    expect(calls).toHaveLength(3);
  });

  it("never keeps a token that is already past its exp (accepted within the clock tolerance)", async () => {
    const { calls, verify } = fakeVerifier();
    const cached = withVerifiedTokenCache(verify, { now: () => 3_000_000 });
    await cached("ok:a:2990");
    await cached("ok:a:2990");
    expect(calls).toHaveLength(2);
  });

  it("is bounded and drops the least recently used token first", async () => {
    const { calls, verify } = fakeVerifier();
    const cached = withVerifiedTokenCache(verify, { size: 2, now: () => 0 });
    await cached("ok:a:9");
    await cached("ok:b:9");
    await cached("ok:a:9"); // a is now the most recently used
    await cached("ok:c:9"); // full: b goes
    calls.length = 0;
    await cached("ok:a:9");
    await cached("ok:c:9");
    expect(calls).toEqual([]);
    await cached("ok:b:9");
    expect(calls).toEqual(["ok:b:9"]);
  });

  it("shares one frozen principal, so a request cannot change another's", async () => {
    const { verify } = fakeVerifier();
    const cached = withVerifiedTokenCache(verify, { now: () => 0 });
    const first = await cached("ok:a:9");
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.roles)).toBe(true);
    expect(await cached("ok:a:9")).toBe(first);
  });
});
