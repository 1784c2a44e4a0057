/** Content of the preview sample `meeting-notes` (word): fetched on its own, when the preview shows it. */
import type { PreviewSampleContent, WordStyle } from "../types";

const para = (text: string, style?: WordStyle) => (style ? { text, style } : { text });

export const meetingNotes: PreviewSampleContent = {
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
};
