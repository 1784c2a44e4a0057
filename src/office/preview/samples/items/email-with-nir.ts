/** Content of the preview sample `email-with-nir` (outlook): fetched on its own, when the preview shows it. */
import type { PreviewSampleContent } from "../types";

const p = (text: string) => `<p>${text}</p>`;

/**
 * The one deliberate identifier of the preview: a member pastes a social security number (NIR) into an
 * email. 2 84 05 75 112 345 with key 97 − (2840575112345 mod 97) = 28 — valid, so the guard must catch it.
 */
export const emailWithNir: PreviewSampleContent = {
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
};
