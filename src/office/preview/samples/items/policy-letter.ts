/** Content of the preview sample `policy-letter` (word): fetched on its own, when the preview shows it. */
import type { PreviewSampleContent, WordStyle } from "../types";

const para = (text: string, style?: WordStyle) => (style ? { text, style } : { text });

export const policyLetter: PreviewSampleContent = {
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
    para("Le délai de remboursement de la part complémentaire est ramené à 5 jours ouvrés.", "ListParagraph"),
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
};
