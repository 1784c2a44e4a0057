import { readContext } from "../../../src/office/outlook";
import { HostReadError } from "../../../src/office/errors";
import { outlookMock } from "./office-mock";

const memberEmail = [
  "Bonjour,",
  "",
  "Je n'ai toujours pas reçu le remboursement de ma consultation du 4 février.",
  "Pouvez-vous me dire où en est mon dossier ?",
  "",
  "Cordialement,",
  "Claire",
].join("\r\n");

describe("Outlook adapter", () => {
  it("reads a received email: subject string, Text body, recipients, attachments, read mode", async () => {
    const { api } = outlookMock({
      mode: "read",
      subject: "Remboursement en attente",
      bodyText: memberEmail,
      to: ["prestations"],
      cc: ["qualite", "relation"],
      attachments: [{ name: "decompte-fevrier.pdf" }, { name: "logo.png", isInline: true }],
    });
    const context = await readContext({}, api);
    expect(context).toMatchObject({
      host: "outlook",
      mode: "read",
      title: "Remboursement en attente",
      isSelection: false,
    });
    expect(context.text).toContain("Pouvez-vous me dire où en est mon dossier ?");
    expect(context.text).not.toContain("\r");
    expect(context.meta).toMatchObject({
      recipientCount: 3,
      attachmentNames: ["decompte-fevrier.pdf"],
      isReply: false,
      isForward: false,
      hasQuotedHistory: false,
    });
  });

  it("reads a draft in compose mode through getAsync and recognises a reply with quoted history", async () => {
    const draft = [
      "Madame,",
      "Nous avons bien reçu votre réclamation et revenons vers vous sous 48 heures.",
      "",
      "De : Adhérent",
      "Envoyé : lundi 3 mars 2025 09:12",
      "À : Service réclamations",
      "Objet : Réclamation",
      "Je suis mécontente du traitement de mon dossier.",
    ].join("\n");
    const { api } = outlookMock({
      mode: "compose",
      subject: "RE : Réclamation",
      bodyText: draft,
      to: ["adherent"],
      attachments: [{ name: "conditions-generales.pdf" }],
    });
    const context = await readContext({}, api);
    expect(context.mode).toBe("compose");
    expect(context.title).toBe("RE : Réclamation");
    expect(context.meta).toMatchObject({
      recipientCount: 1,
      attachmentNames: ["conditions-generales.pdf"],
      isReply: true,
      isForward: false,
      hasQuotedHistory: true,
    });
  });

  it("recognises a forward by its French prefix and uses the compose type when Outlook gives it", async () => {
    const forward = await readContext(
      {},
      outlookMock({
        mode: "read",
        subject: "TR: Devis opticien",
        bodyText: "Pour information, voir ci-dessous le devis reçu.",
      }).api,
    );
    expect(forward.meta).toMatchObject({ isForward: true, isReply: false });

    const newMailWithReplyType = await readContext(
      {},
      outlookMock({
        mode: "compose",
        subject: "Suivi",
        bodyText: "Bonjour, je reviens vers vous.",
        composeType: "reply",
      }).api,
    );
    expect(newMailWithReplyType.meta).toMatchObject({ isReply: true, isForward: false });
  });

  it("converts the HTML body when the Text body is poor", async () => {
    const html =
      "<html><head><style>p{color:red}</style></head><body><p>Bonjour,</p><p>Votre demande de prise en charge " +
      "est acceptée&nbsp;: hospitalisation du 12&#160;mars.</p><ul><li>Chambre particulière</li><li>Forfait journalier</li></ul>" +
      "<script>alert(1)</script></body></html>";
    const { api } = outlookMock({ mode: "read", subject: "Prise en charge", bodyText: "", bodyHtml: html });
    const context = await readContext({}, api);
    expect(context.text).toBe(
      "Bonjour,\n\nVotre demande de prise en charge est acceptée : hospitalisation du 12 mars.\n\n- Chambre particulière\n- Forfait journalier",
    );
    expect(context.text).not.toMatch(/alert|color/);
  });

  it("falls back to HTML when the Text coercion fails", async () => {
    const { api } = outlookMock({
      mode: "read",
      subject: "Attestation",
      bodyText: "",
      bodyHtml: "<div>Merci de m'envoyer une attestation de droits pour mon employeur.</div>",
      failBody: "text",
    });
    expect((await readContext({}, api)).text).toBe(
      "Merci de m'envoyer une attestation de droits pour mon employeur.",
    );
  });

  it("bounds a long body to maxChars", async () => {
    const { api } = outlookMock({
      mode: "read",
      subject: "Long",
      bodyText: "Ligne de l'historique.\n".repeat(2000),
    });
    const context = await readContext({ maxChars: 500 }, api);
    expect(context.truncated).toBe(true);
    expect(context.text.length).toBeLessThanOrEqual(500);
  });

  it("reports a failing body read as host_read_failed, and no open item as no_item", async () => {
    const failing = outlookMock({ mode: "read", subject: "x", bodyText: "x", failBody: "both" }).api;
    await expect(readContext({}, failing)).rejects.toMatchObject({
      name: "HostReadError",
      code: "host_read_failed",
    });

    const empty = outlookMock({ mode: "read", subject: "x", bodyText: "x", noItem: true }).api;
    const error = await readContext({}, empty).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostReadError);
    expect((error as HostReadError).code).toBe("no_item");
    expect((error as HostReadError).localized.en).toMatch(/No message is open/);
  });
});
