/** Content of the preview sample `late-reimbursement` (outlook): fetched on its own, when the preview shows it. */
import type { PreviewSampleContent } from "../types";

const p = (text: string) => `<p>${text}</p>`;

export const lateReimbursement: PreviewSampleContent = {
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
};
