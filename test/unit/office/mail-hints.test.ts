import { hasQuotedHistory, mailHints, subjectPrefixes } from "../../../src/office/mail-hints";

describe("mail hints", () => {
  it.each([
    ["RE: Remboursement", { isReply: true, isForward: false }],
    ["Re : Remboursement", { isReply: true, isForward: false }],
    ["RE[2]: Remboursement", { isReply: true, isForward: false }],
    ["TR: Devis", { isReply: false, isForward: true }],
    ["Fwd: Devis", { isReply: false, isForward: true }],
    ["FW: Devis", { isReply: false, isForward: true }],
    ["RE: TR: Devis", { isReply: true, isForward: false }],
    ["Réunion de rentrée", { isReply: false, isForward: false }],
    ["Trimestre : bilan", { isReply: false, isForward: false }],
  ])("reads %s", (subject, expected) => {
    expect(mailHints(subject, "")).toMatchObject(expected);
  });

  it("lists nested prefixes in order", () => {
    expect(subjectPrefixes("RE : TR: Fwd: objet")).toEqual(["re", "tr", "fwd"]);
  });

  it.each([
    ["-----Original Message-----\nFrom: a", true],
    ["-----Message d'origine-----\nDe : a", true],
    [
      "Merci.\n\nDe : Service Prestations\nEnvoyé : mardi 4 mars 2025 10:02\nÀ : Claire\nObjet : Dossier",
      true,
    ],
    ["Thanks.\n\nFrom: Claims team\nSent: Tuesday, March 4, 2025 10:02 AM\nTo: Claire", true],
    ["Le 3 mars 2025 à 10:12, Service Prestations a écrit :\n> Bonjour", true],
    ["On Mon, Mar 3, 2025 at 10:12 AM Claims <x> wrote:", true],
    ["> citation", true],
    ["De : Paris, le courrier part demain.", false],
    ["Bonjour, voici le compte rendu. De plus, la réunion est reportée.", false],
  ])("detects quoted history in %j → %s", (body, expected) => {
    expect(hasQuotedHistory(body)).toBe(expected);
  });

  it("lets Outlook's compose type override the subject", () => {
    expect(mailHints("RE: x", "", "forward")).toMatchObject({ isReply: false, isForward: true });
    expect(mailHints("Nouveau", "", "reply")).toMatchObject({ isReply: true, isForward: false });
  });
});
