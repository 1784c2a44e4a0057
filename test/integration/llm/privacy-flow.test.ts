/**
 * The privacy flow end to end, with real parts: the pane's own code (API client, masking, restoring)
 * against the real API over HTTP, the real `openai` SDK, and a loopback model server that records
 * what a model would see and echoes the placeholders back in the forms models write them.
 */
import path from "node:path";
import { detectPersonalData } from "../../../src/core/privacy";
import { loadLabelledTexts } from "../../support/privacy-corpus";
import { body, createTestApi, type TestApi } from "../../support/api";
import { paneClient } from "../../support/pane-client";
import { startModelServer, type ModelServer, type RecordedRequest } from "../../support/model-server";
import type { ApiClient } from "../../../src/taskpane/api/client";
import { ApiProblem } from "../../../src/taskpane/api/problem";
import type { ChatRequest } from "../../../src/taskpane/api/types";
import { PrivacyBlocked, runPrivately } from "../../../src/taskpane/privacy/usePrivateRun";
import type { Lang } from "../../../src/core/types";
import { updateTenantSettings } from "../../../src/server/tenants/settings";
import { chat } from "./gateway";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "privacy");

/** Member texts where a named person sits beside health information; the people are in `names`. */
const MEMBER_TEXTS: Array<{ lang: Lang; text: string; title?: string; names: string[] }> = [
  {
    lang: "fr",
    title: "RE: Remboursement de mes séances de kinésithérapie",
    text: "Bonjour,\n\nJe me permets de vous relancer : j’ai envoyé le 10 février la facture de mes 8 séances de kinésithérapie et je n’ai toujours rien reçu.\n\nMerci d’avance,\nClaire Fontaine",
    names: ["Fontaine"],
  },
  {
    lang: "fr",
    text: "Madame, Monsieur,\nMon époux M. Girard suit une chimiothérapie depuis mars. Pouvez-vous me dire si ses transports sont pris en charge ?\nCordialement,\nHélène Girard",
    names: ["Girard"],
  },
  {
    lang: "fr",
    text: "Bonjour Sophie,\nL’adhérente Mme Lefèvre a transmis l’ordonnance pour ses séances d’orthophonie et sa prise en charge en ALD. Peux-tu regarder le dossier ?\nMerci,\nKarim Benali",
    names: ["Lefèvre", "Benali"],
  },
  {
    lang: "fr",
    title: "Dossier de Mme Nathalie Rousseau",
    text: "Mme Nathalie Rousseau, joignable au 06 12 34 56 78, demande le remboursement de sa dialyse. Elle est suivie en néphrologie.",
    names: ["Rousseau"],
  },
  {
    lang: "en",
    text: "Dear claims team,\nMy wife, Mrs Emily Carter, was admitted for a knee surgery last week and her physiotherapy starts Monday. Could you confirm the cover?\nBest regards,\nJohn Carter",
    names: ["Carter"],
  },
  {
    lang: "en",
    title: "Member complaint – Mr Daniel Hughes",
    text: "Mr Daniel Hughes called about his diabetes treatment; he says the insulin pump was refused. Please call him back at daniel.hughes@example.com.",
    names: ["Hughes"],
  },
  // The forms people really write: SURNAME in capitals, elided and capitalised particles, roles,
  // lists of people, first names of many origins.
  {
    lang: "fr",
    text: "Je soussignée QUÉRÉ Ghislaine, adhérente depuis 2009, demande le remboursement de mes séances de kinésithérapie.",
    names: ["QUÉRÉ"],
  },
  {
    lang: "en",
    text: "Call note: Raj Sharma rang about his physiotherapy claim after his knee surgery.",
    names: ["Sharma"],
  },
  {
    lang: "fr",
    text: "Bonjour Mme N'Guessan,\nNous avons bien reçu l'ordonnance pour votre dialyse.",
    names: ["Guessan"],
  },
  {
    lang: "fr",
    text: "Appel de M. LE GALL : son épouse est hospitalisée en cardiologie depuis lundi. Mme Le Bihan attend aussi sa chimiothérapie.",
    names: ["GALL", "Bihan"],
  },
  {
    lang: "fr",
    text: "Liste des bénéficiaires :\n- Ilyes Brahimi\n- Selma Brahimi\nTous deux suivis en orthophonie.",
    names: ["Brahimi"],
  },
  {
    lang: "en",
    text: "Our member, Tendai Moyo, has been admitted for dialysis; the letter was signed by Efua Mensah-Bonsu.",
    names: ["Moyo", "Mensah-Bonsu"],
  },
];

/** Texts with no personal data: they must reach the model exactly as written. */
const ORDINARY_TEXTS = [
  "Compte rendu de la réunion du service Prestations à Lyon : le délai moyen de traitement passe de 12 à 9 jours ouvrés en mars.",
  "The Claims Department in Paris will move to the new building on 3 June; the Finance team follows in July.",
  "Ordre du jour : budget 2026, recrutement de deux gestionnaires, formation au nouvel outil de devis.",
];

// The model answers with every placeholder it saw, in the forms models write them.
function echoPlaceholders(request: RecordedRequest): string {
  const seen = [...new Set(request.text.match(/\[[\p{L}_-]+_\d+\]/gu) ?? [])];
  if (seen.length === 0) return "Voici une proposition de réponse.";
  return seen
    .map((p, i) => {
      const inner = p.slice(1, -1);
      const forms = [p, `[${inner.toLowerCase()}]`, `[ ${inner.replace(/_(\d+)$/, " $1")} ]`];
      return `Réponse pour ${forms[i % forms.length]}.`;
    })
    .join(" ");
}

describe("privacy flow: the pane masks, the API enforces, the answer comes back with real names", () => {
  let server: ModelServer;
  let api: TestApi;
  let client: ApiClient;
  let admin: string;
  const TENANT = "tenant-privacy-flow";

  const clientFor = (tenant: string, user: string): Promise<ApiClient> => paneClient(api, tenant, user);

  const request = (lang: Lang, prompt: string, text: string, title?: string): ChatRequest => ({
    exerciseId: "outlook-reply",
    lang,
    prompt,
    context: { host: "outlook", mode: "read", text, kind: "email", ...(title ? { title } : {}) },
  });

  const run = async (c: ApiClient, r: ChatRequest) => {
    let shown = "";
    const result = await runPrivately(c, r, r.lang ?? "fr", { onChunk: (t) => (shown += t) });
    return { shown, ...result };
  };

  const setPolicy = async (tenant: string, privacyPolicy: unknown) => {
    const token = await api.token({ tenant, user: "admin", roles: ["Admin"] });
    return api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token,
      payload: { privacyPolicy },
    });
  };

  beforeAll(async () => {
    server = await startModelServer({ respond: echoPlaceholders });
    api = await createTestApi({
      env: { LLM_PROVIDER: "compatible", LLM_BASE_URL: server.baseURL, LLM_MODEL: "loopback-model" },
    });
    await api.app.listen({ port: 0, host: "127.0.0.1" });
    // The labelled sets make a few hundred calls: more than a day's default quota.
    await updateTenantSettings(api.app.store.db, TENANT, { dailyQuota: 10_000 });
    client = await clientFor(TENANT, "learner");
    admin = await api.token({ tenant: TENANT, user: "admin", roles: ["Admin"] });
  });
  afterAll(async () => {
    await api.close();
    await server.close();
  });
  beforeEach(() => {
    server.requests.length = 0;
  });

  it("never lets a surname beside health information reach the model, and puts the names back in the answer", async () => {
    for (const member of MEMBER_TEXTS) {
      server.requests.length = 0;
      const prompt =
        member.lang === "fr" ? "Rédige une réponse courte et polie." : "Draft a short, polite reply.";
      const { shown, masking, modelAnswer } = await run(
        client,
        request(member.lang, prompt, member.text, member.title),
      );
      expect(server.requests).toHaveLength(1);
      const seen = server.requests[0]!.text;
      for (const surname of member.names) {
        expect({ text: member.text.slice(0, 40), surnameSeen: seen.includes(surname) }).toEqual({
          text: member.text.slice(0, 40),
          surnameSeen: false,
        });
        // The answer shown in the pane carries the real name; what is kept of it does not.
        expect(shown).toContain(surname);
        expect(modelAnswer).not.toContain(surname);
      }
      expect(masking.pseudonymised.PERSON_NAME).toBeGreaterThan(0);
      expect(shown).not.toMatch(/\[(PERSONNE|PERSON)[ _]\d+\]/i);
    }
  });

  it("on the labelled sets, sends no surname the guard found beside health information, and gives every name back", async () => {
    const sets = [
      loadLabelledTexts(),
      loadLabelledTexts(path.join(FIXTURES, "held-out.jsonl")),
      loadLabelledTexts(path.join(FIXTURES, "held-out-2.jsonl")),
    ];
    const items = sets
      .flat()
      .filter((t) => t.names.length > 0 && detectPersonalData(t.text).some((f) => f.type === "HEALTH_TERM"));
    expect(items.length).toBeGreaterThan(100);
    const leaks: string[] = [];
    const undetectedLeaks: string[] = [];
    for (const item of items) {
      server.requests.length = 0;
      const { shown } = await run(client, request(item.lang, "Rédige une réponse courte.", item.text));
      const seen = server.requests[0]!.text;
      const found = detectPersonalData(item.text).filter((f) => f.type === "PERSON_NAME");
      for (const name of item.names) {
        const surname = item.text.slice(name.start, name.end).split(/\s+/).pop() ?? "";
        if (surname.length < 3 || !new RegExp(`(^|[^\\p{L}])${surname}([^\\p{L}]|$)`, "u").test(seen))
          continue;
        const detected = found.some((f) => f.start < name.end && name.start < f.end);
        (detected ? leaks : undetectedLeaks).push(`${item.id}: ${surname}`);
      }
      // Every placeholder the model echoed is put back.
      expect(shown).not.toMatch(/\[(PERSONNE|PERSON)[ _]\d+\]/i);
    }
    // What the guard found never reaches the model; what it missed is counted by
    // `npm run bench -- privacy-flow` against the target.
    expect(leaks).toEqual([]);
    expect(undetectedLeaks.length).toBeLessThanOrEqual(Math.ceil(items.length * 0.05));
  });

  it("sends ordinary texts exactly as written", async () => {
    for (const text of ORDINARY_TEXTS) {
      server.requests.length = 0;
      const { masking } = await run(client, request("fr", "Résume ce texte en deux phrases.", text));
      expect(server.requests[0]!.text).toContain(text);
      expect(masking.pseudonymised).toEqual({});
    }
  });

  it("masks a NIR in the document so the exercise goes on, but blocks one the learner types into the prompt", async () => {
    const nir = "1 85 05 78 006 084 91";
    const inDocument = await run(
      client,
      request("fr", "Rédige une réponse.", `Bonjour, mon numéro de sécurité sociale est ${nir}. Merci.`),
    );
    expect(server.requests[0]!.text).not.toContain("006 084");
    expect(server.requests[0]!.text).toContain("[NIR_1]");
    expect(inDocument.masking.pseudonymised.NIR).toBe(1);

    server.requests.length = 0;
    for (const typed of [nir, "1 85 05 78 006 084", "1 85 05 78 006 084 36"]) {
      const blocked = await run(client, request("fr", `Réponds à l’assuré ${typed}.`, "Bonjour")).catch(
        (e) => e,
      );
      expect(blocked).toBeInstanceOf(PrivacyBlocked);
      expect((blocked as PrivacyBlocked).blocked).toEqual([
        expect.objectContaining({ field: "prompt", rule: "type_policy" }),
      ]);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("follows an Admin's policy per type: with names sent as they are, a name beside health information is blocked", async () => {
    const tenant = "tenant-names-exposed";
    const res = await setPolicy(tenant, { actions: { PERSON_NAME: "warn" } });
    expect(res.statusCode).toBe(200);
    const exposed = await clientFor(tenant, "learner");
    const member = MEMBER_TEXTS[0]!;
    const outcome = await run(exposed, request("fr", "Rédige une réponse.", member.text)).catch((e) => e);
    expect(outcome).toBeInstanceOf(PrivacyBlocked);
    const blocked = (outcome as PrivacyBlocked).blocked;
    expect(blocked.every((b) => b.rule === "health_near_identifier")).toBe(true);
    expect(blocked.map((b) => b.type).sort()).toEqual(expect.arrayContaining(["HEALTH_TERM", "PERSON_NAME"]));
    expect(server.requests).toHaveLength(0);

    // Without health information, the name goes as the policy says.
    await run(
      exposed,
      request("fr", "Rédige une réponse.", "Bonjour, je suis Claire Fontaine et je change d’adresse."),
    );
    expect(server.requests[0]!.text).toContain("Claire Fontaine");
  });

  it("redacts for good what the policy says to redact: nothing to put back", async () => {
    const tenant = "tenant-redacts-phones";
    expect((await setPolicy(tenant, { actions: { PHONE: "redact" } })).statusCode).toBe(200);
    const redacting = await clientFor(tenant, "learner");
    const { shown, masking } = await run(
      redacting,
      request("fr", "Rédige une réponse.", "Rappelez-moi au 06 12 34 56 78 s’il vous plaît."),
    );
    expect(server.requests[0]!.text).toContain("[TÉLÉPHONE]");
    expect(server.requests[0]!.text).not.toContain("56 78");
    expect(masking.redacted.PHONE).toBe(1);
    expect(shown).not.toContain("56 78");
  });

  it("applies the tenant's own identifiers, declared by an Admin, and restores them", async () => {
    const res = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: admin,
      payload: {
        privacyPolicy: {
          identifiers: [{ label: "N° adhérent", pattern: "ADH-\\d{8}", example: "ADH-12345678" }],
        },
      },
    });
    expect(res.statusCode).toBe(200);
    const { shown } = await run(
      client,
      request("fr", "Rédige une réponse.", "Dossier ADH-40417788 : le remboursement est en attente."),
    );
    expect(server.requests[0]!.text).toContain("[ADHÉRENT_1]");
    expect(server.requests[0]!.text).not.toContain("40417788");
    expect(shown).toContain("ADH-40417788");
  });

  it("refuses an identifier pattern that is not provably linear, or whose example does not match, with a stable reason", async () => {
    const refused = async (identifier: Record<string, string>) => {
      const res = await api.inject({
        method: "PUT",
        url: "/api/v1/admin/settings",
        token: admin,
        payload: { privacyPolicy: { identifiers: [identifier] } },
      });
      expect(res.statusCode).toBe(400);
      const problem = body<{ code: string; errors: Array<{ path: string; problem?: string }> }>(res);
      expect(problem.code).toBe("invalid_body");
      return problem.errors.map((e) => e.problem);
    };
    expect(await refused({ label: "Dossier", pattern: "(a+)+\\1", example: "aa" })).toEqual([
      "tenant_identifier_pattern_invalid",
    ]);
    expect(await refused({ label: "Dossier", pattern: "DOS-\\d{6}", example: "DOS-12" })).toEqual([
      "tenant_identifier_example_mismatch",
    ]);
    // The stored policy is untouched.
    const stored = await api.inject({ method: "GET", url: "/api/v1/privacy/policy", token: admin });
    expect(body<{ policy: { identifiers: Array<{ label: string }> } }>(stored).policy.identifiers).toEqual([
      expect.objectContaining({ label: "N° adhérent" }),
    ]);
  });

  it("gives learners the policy the Admin set, and audits each change by type", async () => {
    const tenant = "tenant-audited";
    await setPolicy(tenant, { actions: { EMAIL: "redact" }, promptActions: { PERSON_NAME: "block" } });
    const learner = await api.token({ tenant, user: "learner" });
    const res = await api.inject({ method: "GET", url: "/api/v1/privacy/policy", token: learner });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const { policy } = body<{
      policy: { actions: Record<string, string>; promptActions: Record<string, string> };
    }>(res);
    expect(policy.actions.EMAIL).toBe("redact");
    expect(policy.promptActions.PERSON_NAME).toBe("block");
    const adminToken = await api.token({ tenant, user: "admin", roles: ["Admin"] });
    const audit = body<{ entries: Array<{ action: string; details: Record<string, unknown> }> }>(
      await api.inject({ method: "GET", url: "/api/v1/admin/audit", token: adminToken }),
    ).entries;
    expect(audit.find((e) => e.action === "settings.update")?.details.privacyPolicy).toEqual({
      actions: { EMAIL: "pseudonymise→redact" },
      promptActions: { PERSON_NAME: "document→block" },
    });
    const forbidden = await api.inject({
      method: "PUT",
      url: "/api/v1/admin/settings",
      token: learner,
      payload: { privacyPolicy: {} },
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it("refuses a document sent without the pane's masking, and the model sees nothing", async () => {
    const token = await api.token({ tenant: TENANT, user: "scripted" });
    const res = await chat(api, token, {
      exerciseId: "x",
      prompt: "Réponds.",
      context: { text: MEMBER_TEXTS[0]!.text },
    });
    expect(res.statusCode).toBe(422);
    expect(body(res)).toMatchObject({ code: "personal_data_unmasked" });
    expect(res.body).not.toContain("Fontaine");
    expect(server.requests).toHaveLength(0);
  });

  it("documents the policy per type in the OpenAPI document", async () => {
    const res = await api.inject({ method: "GET", url: "/api/v1/openapi.json" });
    const doc = JSON.stringify(body(res));
    expect(doc).toContain('"/api/v1/privacy/policy"');
    for (const action of ["block", "pseudonymise", "redact", "warn", "allow"])
      expect(doc).toContain(`"${action}"`);
    expect(doc).toContain("promptActions");
    expect(doc).toContain("healthNearIdentifierWindow");
  });

  it("masks what the API points at when it reads more than the pane did, then runs", async () => {
    // A pane whose policy lets phone numbers go, while the tenant's says to pseudonymise them.
    const stale: ApiClient = {
      ...client,
      privacyPolicy: async () => ({ policy: { actions: { PHONE: "allow" } } }),
    };
    const { shown, masking } = await run(
      stale,
      request("fr", "Rédige une réponse.", "Rappelez-moi au 06 12 34 56 78, merci."),
    );
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.text).not.toContain("56 78");
    expect(server.requests[0]!.text).toContain("[TÉLÉPHONE_1]");
    expect(shown).toContain("06 12 34 56 78");
    expect(masking.pseudonymised.PHONE).toBe(1);
  });

  it("explains the API's block of the document as the pane's own: what, where and why", async () => {
    const tenant = "tenant-blocks-ibans";
    expect((await setPolicy(tenant, { actions: { IBAN: "block" } })).statusCode).toBe(200);
    const real = await clientFor(tenant, "learner");
    const stale: ApiClient = {
      ...real,
      privacyPolicy: async () => ({ policy: { actions: { IBAN: "allow" } } }),
    };
    const text = "Merci de rembourser sur FR76 3000 6000 0112 3456 7890 189.";
    const outcome = await run(stale, request("fr", "Rédige une réponse.", text)).catch((e) => e);
    expect(outcome).toBeInstanceOf(PrivacyBlocked);
    const refusal = outcome as PrivacyBlocked;
    expect(refusal.blocked).toEqual([
      {
        field: "context",
        type: "IBAN",
        start: text.indexOf("FR76"),
        end: text.length - 1,
        rule: "type_policy",
      },
    ]);
    expect(refusal.texts.context).toBe(text);
    expect(server.requests).toHaveLength(0);
  });

  it("applies what it knows of a policy from a newer API, and the API enforces the rest", async () => {
    const newer: ApiClient = {
      ...client,
      privacyPolicy: async () => ({ policy: { actions: { PHONE: "allow", SOME_FUTURE_TYPE: "block" } } }),
    };
    const { shown } = await run(
      newer,
      request("fr", "Rédige une réponse.", "Rappelez-moi au 06 12 34 56 78."),
    );
    // The pane let the phone go by its (old) copy; the API's policy masked it on the way.
    expect(server.requests[0]!.text).toContain("[TÉLÉPHONE_1]");
    expect(shown).toContain("06 12 34 56 78");
  });

  it("surfaces other problems as they are", async () => {
    server.enqueue({ kind: "status", status: 400, message: "bad" });
    const outcome = await run(client, request("fr", "Résume.", "Rien de personnel.")).catch((e) => e);
    expect(outcome).toBeInstanceOf(ApiProblem);
  });
});
