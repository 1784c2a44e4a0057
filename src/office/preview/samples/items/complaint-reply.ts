/** Content of the preview sample `complaint-reply` (outlook): fetched on its own, when the preview shows it. */
import type { PreviewSampleContent } from "../types";

const p = (text: string) => `<p>${text}</p>`;

export const complaintReply: PreviewSampleContent = {
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
};
