/** Word samples: meeting notes and a policy letter with a contract excerpt, in French and English. */
import type { PreviewSample, WordStyle } from "./types";

const para = (text: string, style?: WordStyle) => (style ? { text, style } : { text });

export const meetingNotes: PreviewSample = {
  id: "meeting-notes",
  scenario: "meeting-notes",
  lang: "fr",
  previewHost: "word",
  host: "word",
  mode: "edit",
  title: "Compte rendu de réunion",
  content: {
    kind: "word",
    paragraphs: [
      para("Compte rendu – Comité qualité des prestations", "Title"),
      para("Réunion du jeudi 6 mars 2025, 14 h – 15 h 30, salle Garonne et Teams."),
      para("Participants", "Heading1"),
      para(
        "Sophie (responsable prestations), Karim (relation adhérents), Léa (qualité), Thomas (informatique), " +
          "Nadia (plateforme téléphonique). Excusé : Paul (direction financière).",
      ),
      para("Ordre du jour", "Heading1"),
      para(
        "1. Délais de remboursement du trimestre ; 2. Réclamations en hausse ; 3. Nouveau modèle de courrier.",
        "ListParagraph",
      ),
      para("Délais de remboursement", "Heading1"),
      para(
        "Le délai moyen est passé de 4,2 à 6,8 jours ouvrés entre décembre et février. La hausse vient surtout " +
          "des factures d'optique reçues en papier (32 % du volume, 61 % des retards). Thomas confirme que la " +
          "numérisation automatique est en panne partielle depuis le 12 février.",
      ),
      para("Réclamations", "Heading1"),
      para(
        "148 réclamations en février contre 97 en janvier. Motif principal : absence de réponse après une " +
          "relance. Karim propose un accusé de réception systématique sous 48 heures.",
      ),
      para("Décisions", "Heading1"),
      para(
        "Les factures papier d'optique sont traitées en priorité jusqu'au retour de la numérisation.",
        "ListParagraph",
      ),
      para("Un accusé de réception est envoyé sous 48 heures pour toute réclamation.", "ListParagraph"),
      para("Actions", "Heading1"),
      para("Point d'étape au prochain comité, le 3 avril."),
    ],
    tables: [
      {
        afterParagraph: 13,
        rows: [
          ["Action", "Responsable", "Échéance"],
          ["Réparer la chaîne de numérisation", "Thomas", "14 mars"],
          ["Rédiger le modèle d'accusé de réception", "Karim", "20 mars"],
          ["Suivre le délai moyen chaque semaine", "Léa", "Chaque lundi"],
        ],
      },
    ],
  },
};

export const meetingNotesEn: PreviewSample = {
  id: "meeting-notes-en",
  scenario: "meeting-notes",
  lang: "en",
  previewHost: "word",
  host: "word",
  mode: "edit",
  title: "Meeting notes",
  content: {
    kind: "word",
    paragraphs: [
      para("Minutes – Claims Quality Committee", "Title"),
      para("Meeting of Thursday 6 March 2025, 2:00–3:30 pm, Garonne room and Teams."),
      para("Attendees", "Heading1"),
      para(
        "Sophie (claims manager), Karim (member relations), Léa (quality), Thomas (IT), Nadia (call centre). " +
          "Apologies: Paul (finance).",
      ),
      para("Agenda", "Heading1"),
      para(
        "1. Reimbursement times this quarter; 2. Rising complaints; 3. New letter template.",
        "ListParagraph",
      ),
      para("Reimbursement times", "Heading1"),
      para(
        "The average time rose from 4.2 to 6.8 working days between December and February. Most of the rise comes " +
          "from paper optical invoices (32% of volume, 61% of delays). Thomas confirms automatic scanning has been " +
          "partly down since 12 February.",
      ),
      para("Complaints", "Heading1"),
      para(
        "148 complaints in February against 97 in January. Main reason: no answer after a follow-up. Karim proposes " +
          "a systematic acknowledgement within 48 hours.",
      ),
      para("Decisions", "Heading1"),
      para("Paper optical invoices are handled first until scanning is back.", "ListParagraph"),
      para("Every complaint gets an acknowledgement within 48 hours.", "ListParagraph"),
      para("Actions", "Heading1"),
      para("Progress review at the next committee on 3 April."),
    ],
    tables: [
      {
        afterParagraph: 13,
        rows: [
          ["Action", "Owner", "Due"],
          ["Fix the scanning pipeline", "Thomas", "14 March"],
          ["Draft the acknowledgement template", "Karim", "20 March"],
          ["Track the average time weekly", "Léa", "Every Monday"],
        ],
      },
    ],
  },
};

export const policyLetter: PreviewSample = {
  id: "policy-letter",
  scenario: "policy-letter",
  lang: "fr",
  previewHost: "word",
  host: "word",
  mode: "edit",
  title: "Courrier d’évolution des garanties (extrait de contrat)",
  content: {
    kind: "word",
    documentTitle: "Évolution des garanties santé au 1er janvier 2026",
    paragraphs: [
      para("Mutuelle Horizon Santé – Service Adhérents", "Normal"),
      para("Objet : évolution de vos garanties santé au 1er janvier 2026", "Heading1"),
      para("Madame, Monsieur,"),
      para(
        "Conformément à l'article 12 de vos conditions générales, nous vous informons des évolutions de votre " +
          "contrat « Équilibre » qui prendront effet au 1er janvier 2026. Votre cotisation mensuelle évolue de " +
          "3,4 %, en raison de la hausse des dépenses de santé et de la réforme du 100 % Santé.",
      ),
      para("Ce qui change", "Heading2"),
      para("Le forfait médecines douces passe de 120 € à 150 € par an et par bénéficiaire.", "ListParagraph"),
      para(
        "Les lunettes hors 100 % Santé sont remboursées dans la limite de 250 € tous les deux ans.",
        "ListParagraph",
      ),
      para(
        "Le délai de remboursement de la part complémentaire est ramené à 5 jours ouvrés.",
        "ListParagraph",
      ),
      para("Extrait des conditions générales – Article 7 : délais et modalités de remboursement", "Heading2"),
      para(
        "7.1 Les prestations sont versées dans un délai de cinq jours ouvrés à compter de la réception d'un dossier " +
          "complet. 7.2 Un dossier est complet lorsqu'il comprend la facture acquittée et, le cas échéant, le " +
          "décompte du régime obligatoire. 7.3 En cas de dossier incomplet, la Mutuelle informe l'adhérent des " +
          "pièces manquantes dans un délai de dix jours ouvrés.",
      ),
      para("Vos droits", "Heading2"),
      para(
        "Si vous n'acceptez pas ces modifications, vous pouvez résilier votre contrat dans un délai d'un mois " +
          "suivant la réception du présent courrier, par lettre ou depuis votre espace adhérent.",
      ),
      para("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."),
      para("La Direction des Prestations"),
    ],
  },
};

export const policyLetterEn: PreviewSample = {
  id: "policy-letter-en",
  scenario: "policy-letter",
  lang: "en",
  previewHost: "word",
  host: "word",
  mode: "edit",
  title: "Cover changes letter (policy excerpt)",
  content: {
    kind: "word",
    documentTitle: "Changes to your health cover from 1 January 2026",
    paragraphs: [
      para("Horizon Health Mutual – Member Services", "Normal"),
      para("Re: changes to your health cover from 1 January 2026", "Heading1"),
      para("Dear Member,"),
      para(
        "Under article 12 of your general terms, we are writing to tell you about changes to your “Balance” policy " +
          "taking effect on 1 January 2026. Your monthly premium rises by 3.4% because of higher health spending " +
          "and the 100% Health reform.",
      ),
      para("What changes", "Heading2"),
      para(
        "The complementary therapies allowance rises from €120 to €150 per year per beneficiary.",
        "ListParagraph",
      ),
      para("Glasses outside the 100% Health basket are covered up to €250 every two years.", "ListParagraph"),
      para("The mutual's share is now reimbursed within 5 working days.", "ListParagraph"),
      para("Extract from the general terms – Article 7: reimbursement times and terms", "Heading2"),
      para(
        "7.1 Benefits are paid within five working days of receiving a complete claim. 7.2 A claim is complete when " +
          "it includes the paid invoice and, where relevant, the statement from the statutory scheme. 7.3 If a claim " +
          "is incomplete, the Mutual tells the member which documents are missing within ten working days.",
      ),
      para("Your rights", "Heading2"),
      para(
        "If you do not accept these changes, you may cancel your policy within one month of receiving this letter, " +
          "by post or from your member area.",
      ),
      para("Yours faithfully,"),
      para("Claims Management"),
    ],
  },
};
