/**
 * Outlook samples. Fictional people and organisations; no identifier (social security number, IBAN, card,
 * phone, e-mail address, date of birth) appears in any text, except in `emailWithNir`, which exists to show
 * the privacy guard at work.
 */
import type { PreviewSample } from "./types";

const p = (text: string) => `<p>${text}</p>`;

export const lateReimbursement: PreviewSample = {
  id: "late-reimbursement",
  scenario: "late-reimbursement",
  lang: "fr",
  previewHost: "outlook-read",
  host: "outlook",
  mode: "read",
  title: "Courriel d’adhérente : remboursement en retard",
  content: {
    kind: "outlook",
    subject: "RE: Remboursement de mes séances de kinésithérapie",
    from: "Claire Fontaine",
    to: ["Service Prestations"],
    attachments: ["facture-kine-fevrier.pdf", "ordonnance.pdf"],
    bodyHtml: [
      p("Bonjour,"),
      p(
        "Je me permets de vous relancer : j'ai envoyé le 10 février la facture de mes 8 séances de kinésithérapie " +
          "(384,00 €) et je n'ai toujours reçu aucun remboursement de la mutuelle, alors que l'Assurance Maladie " +
          "m'a versé sa part le 18 février.",
      ),
      p(
        "Votre réponse du 24 février indiquait un traitement « sous 5 jours ouvrés ». Plus de trois semaines après, " +
          "rien n'apparaît dans mon espace adhérent. Pouvez-vous me dire où en est mon dossier et quand je serai " +
          "remboursée ? Je joins de nouveau la facture et l'ordonnance.",
      ),
      p("Merci d'avance,<br>Claire Fontaine"),
      "<div><br></div>",
      "<div>De : Service Prestations<br>Envoyé : lundi 24 février 2025 11:05<br>À : Claire Fontaine<br>" +
        "Objet : Remboursement de mes séances de kinésithérapie</div>",
      p(
        "Madame, nous avons bien reçu votre facture. Elle sera traitée sous 5 jours ouvrés. " +
          "Cordialement, le Service Prestations",
      ),
    ].join(""),
  },
};

export const lateReimbursementEn: PreviewSample = {
  id: "late-reimbursement-en",
  scenario: "late-reimbursement",
  lang: "en",
  previewHost: "outlook-read",
  host: "outlook",
  mode: "read",
  title: "Member email: late reimbursement",
  content: {
    kind: "outlook",
    subject: "RE: Reimbursement for my physiotherapy sessions",
    from: "Claire Fontaine",
    to: ["Claims Department"],
    attachments: ["physio-invoice-february.pdf", "prescription.pdf"],
    bodyHtml: [
      p("Hello,"),
      p(
        "I am following up on my claim: on 10 February I sent the invoice for my 8 physiotherapy sessions " +
          "(€384.00) and I still have not received any reimbursement from the mutual, although the national health " +
          "insurance paid its share on 18 February.",
      ),
      p(
        "Your reply of 24 February said it would be processed “within 5 working days”. More than three weeks later, " +
          "nothing shows in my member area. Could you tell me where my claim stands and when I will be reimbursed? " +
          "I am attaching the invoice and the prescription again.",
      ),
      p("Thank you,<br>Claire Fontaine"),
      "<div><br></div>",
      "<div>From: Claims Department<br>Sent: Monday, 24 February 2025 11:05<br>To: Claire Fontaine<br>" +
        "Subject: Reimbursement for my physiotherapy sessions</div>",
      p(
        "Dear Ms Fontaine, we have received your invoice. It will be processed within 5 working days. Claims Department",
      ),
    ].join(""),
  },
};

export const complaintReply: PreviewSample = {
  id: "complaint-reply",
  scenario: "complaint-reply",
  lang: "fr",
  previewHost: "outlook-compose",
  host: "outlook",
  mode: "compose",
  title: "Brouillon de réponse à une réclamation",
  content: {
    kind: "outlook",
    subject: "RE : Réclamation – prise en charge hospitalière refusée",
    from: "Service Réclamations",
    to: ["Marc Lefèvre"],
    cc: ["Responsable relation adhérents"],
    composeType: "reply",
    attachments: ["extrait-garanties-hospitalisation.pdf"],
    bodyHtml: [
      p("Monsieur,"),
      p(
        "Nous avons bien reçu votre réclamation concernant le refus de prise en charge de votre hospitalisation " +
          "du 3 mars. Après vérification, la demande a été envoyée par la clinique sans le devis des dépassements " +
          "d'honoraires, ce qui a bloqué",
      ),
      "<div><br></div>",
      "<div>De : Marc Lefèvre<br>Envoyé : mercredi 12 mars 2025 18:40<br>À : Service Réclamations<br>" +
        "Objet : Réclamation – prise en charge hospitalière refusée</div>",
      p(
        "Madame, Monsieur, je suis scandalisé. Ma demande de prise en charge pour mon opération du genou a été " +
          "refusée la veille de l'intervention, sans explication. J'ai dû avancer 1 250 € à la clinique. Je cotise " +
          "depuis douze ans et c'est la deuxième fois que cela arrive. J'attends un remboursement rapide et des " +
          "excuses, faute de quoi je résilierai mon contrat.",
      ),
      p("Marc Lefèvre"),
    ].join(""),
  },
};

export const complaintReplyEn: PreviewSample = {
  id: "complaint-reply-en",
  scenario: "complaint-reply",
  lang: "en",
  previewHost: "outlook-compose",
  host: "outlook",
  mode: "compose",
  title: "Draft reply to a complaint",
  content: {
    kind: "outlook",
    subject: "RE: Complaint – hospital cover refused",
    from: "Complaints Team",
    to: ["Marc Lefèvre"],
    cc: ["Member Relations Manager"],
    composeType: "reply",
    attachments: ["hospital-cover-extract.pdf"],
    bodyHtml: [
      p("Dear Mr Lefèvre,"),
      p(
        "Thank you for your complaint about the refusal to cover your hospital stay of 3 March. Having checked your " +
          "file, the clinic sent the request without the estimate for the surgeon's extra fees, which blocked",
      ),
      "<div><br></div>",
      "<div>From: Marc Lefèvre<br>Sent: Wednesday, 12 March 2025 18:40<br>To: Complaints Team<br>" +
        "Subject: Complaint – hospital cover refused</div>",
      p(
        "To whom it may concern, I am appalled. My request for cover for my knee operation was refused the day " +
          "before surgery, with no explanation. I had to pay €1,250 up front to the clinic. I have been a member for " +
          "twelve years and this is the second time it has happened. I expect a quick refund and an apology, or I " +
          "will cancel my policy.",
      ),
      p("Marc Lefèvre"),
    ].join(""),
  },
};

/**
 * The one deliberate identifier of the preview: a member pastes a social security number (NIR) into an
 * email. 2 84 05 75 112 345 with key 97 − (2840575112345 mod 97) = 28 — valid, so the guard must catch it.
 */
export const emailWithNir: PreviewSample = {
  id: "email-with-nir",
  scenario: "email-with-nir",
  lang: "fr",
  previewHost: "outlook-read",
  host: "outlook",
  mode: "read",
  title: "Courriel avec un numéro de sécurité sociale (démo du garde-fou)",
  content: {
    kind: "outlook",
    subject: "Attestation de droits pour mon employeur",
    from: "Julie Moreau",
    to: ["Service Adhérents"],
    bodyHtml: [
      p("Bonjour,"),
      p(
        "Mon nouvel employeur me demande une attestation de droits à la complémentaire santé. " +
          "Voici mon numéro de sécurité sociale pour retrouver mon dossier : 2 84 05 75 112 345 28.",
      ),
      p("Pouvez-vous me l'envoyer avant la fin de la semaine ?"),
      p("Bien cordialement,<br>Julie Moreau"),
    ].join(""),
  },
};
