import { computeFeatures } from "../../../src/core/features";
import { detectPersonalData, isValidNir } from "../../../src/core/privacy";
import { PREVIEW_HOSTS, previewSamples, type PreviewSample } from "../../../src/office";
import { columnLetters, formatEuro } from "../../../src/office/preview/fakes";
import { loadPreviewSample, loadSample } from "../../../src/office/preview/samples/load";
import { PREVIEW_SAMPLE_CATALOG } from "../../../src/office/preview/samples/catalog";
import { hostOfPreviewHostId, likelyPreviewSample } from "../../../src/office/preview/request";
import { previewRequestFromUrl, resolvePreviewSample } from "../../../src/office/preview/select";
import { readSample } from "../../../src/office/preview/session";

const samples: PreviewSample[] = Object.values(previewSamples);

describe("preview samples", () => {
  it.each(samples.map((s) => [s.id, s] as const))(
    "%s reads through its host adapter",
    async (_id, sample) => {
      const context = await readSample(sample);
      expect(context.host).toBe(sample.host);
      expect(context.mode).toBe(sample.mode);
      expect(context.title).not.toBe("");
      expect(context.text.length).toBeGreaterThan(200);
      expect(context.truncated).toBe(false);
      expect(computeFeatures(context).lang).toBe(sample.lang);
    },
  );

  it("reads each kind of host with the facts its adapter promises", async () => {
    const notes = await readSample(previewSamples["meeting-notes"] as PreviewSample);
    expect(notes.meta.headings).toEqual(
      expect.arrayContaining([
        "Compte rendu – Comité qualité des prestations",
        "Participants",
        "Décisions",
        "Actions",
      ]),
    );
    expect(notes.tables[0]?.rows[0]).toEqual(["Action", "Responsable", "Échéance"]);
    expect(notes.text).toContain("Réparer la chaîne de numérisation\tThomas\t14 mars");

    const letter = await readSample(previewSamples["policy-letter"] as PreviewSample);
    expect(letter.title).toBe("Évolution des garanties santé au 1er janvier 2026");

    const email = await readSample(previewSamples["late-reimbursement"] as PreviewSample);
    expect(email.meta).toMatchObject({
      recipientCount: 1,
      attachmentNames: ["facture-kine-fevrier.pdf", "ordonnance.pdf"],
      isReply: true,
      hasQuotedHistory: true,
    });

    const draft = await readSample(previewSamples["complaint-reply-en"] as PreviewSample);
    expect(draft).toMatchObject({ mode: "compose", title: "RE: Complaint – hospital cover refused" });
    expect(draft.meta).toMatchObject({ recipientCount: 2, isReply: true, hasQuotedHistory: true });

    const claims = await readSample(previewSamples["claims-table"] as PreviewSample);
    expect(claims.title).toBe("Remboursements 2025");
    expect(claims.meta).toMatchObject({
      address: "'Remboursements 2025'!A1:F11",
      hasFormulas: true,
      rowCount: 11,
    });
    expect(claims.meta.numericShare).toBeGreaterThan(0.6);
    expect(claims.tables[0]?.hasHeader).toBe(true);
    expect(claims.text.split("\n")[1]).toBe(
      "08/01/2025\tConsultation généraliste\t30,00 €\t20,00 €\t9,00 €\t1,00 €",
    );
    expect(claims.text.split("\n").at(-1)).toBe("\tTotal\t1\u202f806,50 €\t353,75 €\t918,88 €\t533,87 €");
  });

  it("is recognised as the kind of text it illustrates", async () => {
    const kind = async (id: string) =>
      computeFeatures(await readSample(previewSamples[id] as PreviewSample)).kind;
    // A member chasing a late reimbursement is a request that is turning into a complaint: either fits.
    expect(["member_request", "complaint"]).toContain(await kind("late-reimbursement"));
    expect(["member_request", "complaint"]).toContain(await kind("late-reimbursement-en"));
    expect(await kind("complaint-reply")).toBe("complaint");
    expect(await kind("meeting-notes")).toBe("meeting_notes");
    expect(await kind("meeting-notes-en")).toBe("meeting_notes");
    expect(await kind("claims-table")).toBe("table_of_figures");
    expect(["letter", "policy"]).toContain(await kind("policy-letter"));
  });

  it("holds no personal identifier, except the one NIR of the privacy-guard demo", async () => {
    // Samples keep their realistic (fictional) people: the preview shows them being masked.
    for (const sample of samples) {
      const context = await readSample(sample);
      const identifiers = detectPersonalData(`${context.title}\n${context.text}`).filter(
        (f) => f.type !== "HEALTH_TERM" && f.type !== "PERSON_NAME",
      );
      if (sample.id === "email-with-nir") expect(identifiers.map((f) => f.type)).toEqual(["NIR"]);
      else expect({ id: sample.id, identifiers }).toEqual({ id: sample.id, identifiers: [] });
    }
    expect(isValidNir("284057511234528")).toBe(true);
  });

  it("gives the e-mail's sender and recipients as people the privacy guard knows", async () => {
    const read = await readSample(samples.find((s) => s.id === "late-reimbursement")!);
    expect(read.meta.people).toEqual(["Claire Fontaine", "Service Prestations"]);
    const draft = await readSample(samples.find((s) => s.previewHost === "outlook-compose")!);
    expect(draft.meta.people?.length).toBeGreaterThan(0);
  });

  it("tells every story in French and English, except the privacy-guard demo", () => {
    const byScenario = new Map<string, string[]>();
    for (const s of samples) byScenario.set(s.scenario, [...(byScenario.get(s.scenario) ?? []), s.lang]);
    for (const [scenario, langs] of byScenario) {
      expect({ scenario, langs: langs.sort() }).toEqual({
        scenario,
        langs: scenario === "email-with-nir" ? ["fr"] : ["en", "fr"],
      });
    }
  });

  it("gives every preview host a default sample of that host and mode in each language", () => {
    expect(PREVIEW_HOSTS.map((h) => h.id)).toEqual(["word", "outlook-read", "outlook-compose", "excel"]);
    for (const host of PREVIEW_HOSTS) {
      for (const lang of ["fr", "en"] as const) {
        const sample = previewSamples[host.defaultSample[lang]];
        expect(sample).toMatchObject({ host: host.host, mode: host.mode, lang, previewHost: host.id });
      }
      expect(host.label.fr).not.toBe("");
      expect(host.label.en).not.toBe("");
    }
  });
});

describe("the samples' catalog and the hosts' kits", () => {
  it("lists every sample, in switcher order, each with content for its own host", () => {
    expect(PREVIEW_SAMPLE_CATALOG).toEqual(samples.map(({ content: _content, ...info }) => info));
    for (const sample of samples) expect(sample.content.kind).toBe(sample.host);
  });

  it("fetches every sample of the catalog on its own, as written, with its host's kit", async () => {
    for (const info of PREVIEW_SAMPLE_CATALOG) {
      const { sample, kit } = await loadPreviewSample(info);
      expect(sample).toEqual(previewSamples[info.id]);
      expect(kit.host).toBe(info.host);
    }
    await expect(loadSample("nope")).resolves.toBeUndefined();
    await expect(loadPreviewSample({ id: "claims-table", host: "word" })).rejects.toThrow(
      "no word preview sample claims-table",
    );
  });
});

describe("choosing a preview sample", () => {
  it("reads host, sample, lang and theme from the URL, and no preview without host or sample", () => {
    expect(
      previewRequestFromUrl("https://localhost:3000/taskpane.html?host=word&sample=meeting-notes&lang=fr"),
    ).toEqual({
      host: "word",
      sample: "meeting-notes",
      lang: "fr",
      theme: null,
    });
    expect(previewRequestFromUrl("https://localhost:3000/taskpane.html")).toBeUndefined();
    expect(
      previewRequestFromUrl("https://localhost:3000/taskpane.html?_host_Info=Word$Win32$16.01"),
    ).toBeUndefined();
  });

  it.each([
    [{ host: "word" }, "meeting-notes"],
    [{ host: "word", lang: "en" }, "meeting-notes-en"],
    [{ host: "outlook-compose", lang: "en-GB" }, "complaint-reply-en"],
    [{ host: "excel" }, "claims-table"],
    [{ host: "word", sample: "policy-letter" }, "policy-letter"],
    [{ sample: "policy-letter", lang: "en" }, "policy-letter-en"],
    [{ sample: "email-with-nir", lang: "en" }, "email-with-nir"],
    [{ host: "powerpoint" }, "late-reimbursement"],
    [{}, "late-reimbursement"],
  ])("%j → %s", (request, id) => {
    expect(resolvePreviewSample(request).id).toBe(id);
  });
});

describe("the host whose code the preview fetches first", () => {
  it("is the Office host of each preview host, and none for an unknown id", () => {
    for (const host of PREVIEW_HOSTS) expect(hostOfPreviewHostId(host.id)).toBe(host.host);
    expect([null, undefined, "", "powerpoint", "Outlook"].map(hostOfPreviewHostId)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("the sample the preview fetches first", () => {
  it("is the one the request resolves to, whenever the URL names a host or a sample in its language", () => {
    for (const lang of ["fr", "en"] as const) {
      for (const request of [
        {},
        { host: "powerpoint" },
        ...PREVIEW_HOSTS.map((h) => ({ host: h.id })),
        ...PREVIEW_SAMPLE_CATALOG.filter((s) => s.lang === lang).map((s) => ({ sample: s.id })),
      ]) {
        expect({ request, lang, id: likelyPreviewSample(request, lang) }).toEqual({
          request,
          lang,
          id: resolvePreviewSample(request, lang).id,
        });
      }
    }
  });
});

describe("fake Excel formatting", () => {
  it("formats euros per language and names columns like Excel", () => {
    expect(formatEuro(1806.5, "fr")).toBe("1\u202f806,50 €");
    expect(formatEuro(1806.5, "en")).toBe("€1,806.50");
    expect(formatEuro(-3, "fr")).toBe("-3,00 €");
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });
});
