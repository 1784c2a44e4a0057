import { readFileSync } from "node:fs";
import path from "node:path";
import { scorePrompt } from "../../../src/core/scorer";
import { ORDERINGS } from "./office-prompts";

describe("keyword stuffing", () => {
  it.each([
    "context format audience tone constraints example",
    "contexte format public ton contraintes exemple objectif",
    "goal context source expectations audience tone constraints clarity table bullets",
    "tableau tableau tableau puces puces puces ton ton ton cordial cordial",
  ])("scores low and is flagged: %s", (prompt) => {
    const result = scorePrompt(prompt);
    expect(result.flags.keywordStuffing).toBe(true);
    expect(result.score).toBeLessThan(25);
    expect(result.passed).toBe(false);
    expect(result.fix.kind).toBe("template");
    expect(result.improvement?.criterion).toBe("clarity");
  });

  it("scores below a plain one-line request", () => {
    const stuffed = scorePrompt("context format audience tone constraints example");
    expect(stuffed.score).toBeLessThan(scorePrompt("Summarize this email in 3 bullet points.").score);
  });

  it("does not flag a labelled template written in sentences", () => {
    const labelled = scorePrompt(
      "Objectif : rédige une réponse à ce courriel d'adhérent.\nContexte : il attend son remboursement depuis un mois.\nFormat : 5 lignes maximum.\nPublic : l'adhérent, ton cordial.\nContraintes : n'invente aucune date.",
    );
    expect(labelled.flags.keywordStuffing).toBe(false);
    expect(labelled.score).toBeGreaterThanOrEqual(70);
  });
});

describe("vague politeness padding", () => {
  it.each([
    [
      "Please summarize this email, please do your best, it is very important to me, thank you so much, I really appreciate it!",
      "Summarize this email in 3 bullet points for my manager.",
    ],
    [
      "Résume ce courriel s'il te plaît, fais de ton mieux, c'est très important pour moi, merci beaucoup, merci d'avance !",
      "Résume ce courriel en 3 puces pour mon responsable.",
    ],
    [
      "Could you please write an email to the member, it's really important, make it good, do your best, thanks a lot!",
      "Write an email to the member confirming receipt of their claim, 4 sentences, warm tone.",
    ],
  ])("a padded weak prompt does not beat a shorter precise one", (padded, precise) => {
    expect(padded.length).toBeGreaterThan(precise.length);
    const a = scorePrompt(padded);
    const b = scorePrompt(precise);
    expect(b.score).toBeGreaterThan(a.score);
    expect(a.flags.bloated).toBe(true);
  });

  it("padding does not raise a weak prompt's score", () => {
    const plain = scorePrompt("Summarize this email.");
    const padded = scorePrompt(
      "Summarize this email. Please do your best, it is very important, thank you so much!",
    );
    expect(padded.score).toBeLessThanOrEqual(plain.score);
  });

  it("the fix drops the padding", () => {
    const result = scorePrompt(
      "Résume ce courriel, fais de ton mieux, c'est très important, merci beaucoup !",
    );
    expect(result.fix.text).not.toMatch(/fais de ton mieux|très important|merci beaucoup/);
    expect(result.fix.text).toMatch(/^Résume ce courriel/);
  });
});

describe("precise versus rambling", () => {
  it.each([
    [
      "So basically I have this email thing from a member and I guess maybe you could kind of look at it and you know write something back, like whatever you think is good, something about the reimbursement stuff I think, it's been a while and they are not happy I mean, anyway just do something nice with it if you can, thanks so much, it's really important, so yeah.",
      "Draft a reply to this member's email about their delayed reimbursement: apologise, give the new date, 4 sentences, polite tone.",
    ],
    [
      "Bon alors en fait j'ai un mail d'un adhérent, je sais pas trop, genre il est pas content du tout pour son remboursement, du coup peut-être que tu pourrais faire un truc pour lui répondre, enfin quelque chose de bien quoi, c'est vraiment important, merci d'avance, voilà bref.",
      "Rédige une réponse à ce courriel d'adhérent sur son remboursement en retard : excuse-toi, donne la nouvelle date, 4 phrases, ton poli.",
    ],
    [
      "I need something for the meeting, there's a table in Excel with the numbers from the claims and stuff and maybe you could look at what's going on in there because people keep asking me about it and I don't really know what to tell them, so whatever you find would be great I think.",
      "Analyze the selected table of monthly claims: list the 3 largest increases in a table with the % change, for Thursday's committee.",
    ],
    [
      "So basically I guess I need something for my manager, maybe like a table or bullet points or whatever, about the claims stuff from this email, you know, kind of short but also complete I think, and maybe in a professional tone or something, thanks so much, it's really important.",
      "Summarize this email's claim figures for my manager: a 5-row table, professional tone, no personal data.",
    ],
    [
      "Alors en gros je crois qu'il me faudrait un truc pour mon responsable, genre un tableau ou des puces ou je sais pas, sur les histoires de remboursements de ce courriel, tu vois, plutôt court mais complet quand même je pense, et peut-être un ton professionnel ou un truc comme ça, merci beaucoup, c'est vraiment important.",
      "Résume les montants de ce courriel pour mon responsable : un tableau de 5 lignes, ton professionnel, sans données personnelles.",
    ],
  ])("a precise prompt beats a longer rambling one", (rambling, precise) => {
    expect(rambling.length).toBeGreaterThan(precise.length);
    expect(scorePrompt(precise).score).toBeGreaterThan(scorePrompt(rambling).score);
  });
});

describe("French and English parity", () => {
  const translations: [string, string][] = [
    [
      "Résume ce courriel en 3 puces pour mon responsable.",
      "Summarize this email in 3 bullet points for my manager.",
    ],
    ["Traduis ce paragraphe en anglais.", "Translate this paragraph into French."],
    [
      "Rédige un courriel à un adhérent pour confirmer la réception de sa demande de remboursement. Ton cordial, 5 lignes maximum.",
      "Draft an email to a member to confirm receipt of their reimbursement request. Warm tone, 5 lines maximum.",
    ],
    [
      "Propose un ordre du jour d'une heure pour la réunion de lancement du projet, sous forme de tableau avec les durées.",
      "Suggest a one-hour agenda for the project kick-off meeting, as a table with time allotments.",
    ],
    [
      "Corrige les fautes de ce texte sans changer le sens.",
      "Fix the typos in this text without changing the meaning.",
    ],
    [
      "Je voudrais que tu me fasses un résumé de la réunion d'hier pour l'envoyer à l'équipe, en 5 points, avec les décisions et les prochaines étapes.",
      "I would like you to summarize yesterday's meeting so I can send it to the team, in 5 points, with the decisions and the next steps.",
    ],
    [
      "Bonjour, pourrais-tu s'il te plaît rédiger un courriel à l'adhérent ? Merci beaucoup !",
      "Hi, could you please draft an email to the member? Thanks a lot!",
    ],
    ...ORDERINGS.filter((o) => o.name.startsWith("FR")).flatMap((fr) => {
      const en = ORDERINGS.find((o) => o.name === fr.name.replace("FR", "EN"));
      return fr.prompts.map((p, i): [string, string] => [p, en?.prompts[i] ?? ""]);
    }),
  ];

  it.each(translations)("scores a French prompt and its translation within 10 points: %s", (fr, en) => {
    const a = scorePrompt(fr);
    const b = scorePrompt(en);
    expect(a.lang).toBe("fr");
    expect(b.lang).toBe("en");
    expect(Math.abs(a.score - b.score)).toBeLessThanOrEqual(10);
  });
});

describe("empty prompts", () => {
  it.each(["", "   ", "\n\t  \n", "  ?!. "])("scores %j as 0 with a useful tip", (prompt) => {
    const result = scorePrompt(prompt);
    expect(result.score).toBe(0);
    expect(result.level).toBe("beginner");
    expect(result.passed).toBe(false);
    expect(result.improvement?.criterion).toBe("goal");
    expect(result.improvement?.message.fr).toMatch(/vide/);
    expect(result.improvement?.message.en).toMatch(/empty/);
    expect(result.criteria.goal.tip.fr.length).toBeGreaterThan(40);
    expect(result.fix.kind).toBe("template");
    expect(result.fix.text).toContain("[");
    expect(result.strengths).toEqual([]);
  });
});

describe("French translations of public English prompts", () => {
  /** Our French renderings of some `better` prompts of the public pairs. */
  const FRENCH: Record<string, string> = {
    pair27:
      "Résume la section sur l'analyse concurrentielle de ce document Word avec un bref aperçu des points principaux à aborder avec mon équipe pendant la réunion commerciale de demain. Limite le résumé à 5 points clés et utilise un langage simple.",
    pair28:
      "Résume les diapositives 5 à 10 de cette présentation PowerPoint pour mon responsable, avec un aperçu des points principaux avant son rendez-vous avec le client. Présente les points principaux sous forme de liste à puces, sur un ton professionnel.",
    pair29:
      "Analyse ce tableau dans Excel. Nous cherchons les produits les plus vendus de mai à août pour le chaï artisanal ou le chaï préparé. Résume le produit le plus vendu pour chaque mois.",
    pair30:
      "Fais le récapitulatif de cette réunion Teams. Je suis arrivé en retard et j'ai besoin d'un bref aperçu du calendrier du projet. Adele Vance a-t-elle proposé des changements ? Présente le calendrier du projet dans un tableau avec les changements proposés par Adele.",
    pair31:
      "Résume cette conversation par courriel. J'ai besoin d'un bref aperçu des actions qui m'ont été attribuées dans le plan de projet envoyé jeudi. Crée un tableau de toutes les actions avec leurs responsables et mets en évidence celles qui me sont attribuées.",
    pair33:
      "Rédige une proposition marketing pour le dernier produit de Contoso : CipherGuard. Nous devons trouver trois idées de campagne à partir des spécifications et des exigences du produit. Inclus un bref aperçu du produit, les avantages et inconvénients de chaque idée et une projection du retour sur investissement. Limite le document à deux pages, avec un langage optimiste et convaincant.",
    pair35:
      "Rédige un nouveau courriel à mon client, Allan Deyoung, sur l'état de son ticket d'assistance. Reprends la dernière mise à jour de mes notes : le problème a été transmis au support de niveau 2 et une résolution est attendue sous 48 heures. Le courriel doit être professionnel et technique, mais empathique.",
    pair36:
      "Prépare l'ordre du jour d'une réunion client d'une heure, avec les objectifs du projet, la déclaration de mission et la date de fin prévue. Utilise les informations du fichier /Contoso CipherGuard Product Specification.docx et cherche les points ouverts et les questions sans réponse. L'ordre du jour doit être un tableau avec les durées, et laisse aux participants la possibilité de poser des questions à la fin.",
    pair40:
      "Rends ce courriel plus formel. Assure-toi qu'il soit professionnel, concis, et qu'il mette clairement en avant les détails clés de la mise à jour du produit.",
    pair43:
      "Propose une formule pour la colonne J qui calcule le taux d'engagement de chaque campagne. Utilise les valeurs de « Utilisateurs engagés » et « Total des utilisateurs ciblés ». La formule doit diviser « Utilisateurs engagés » par « Total des utilisateurs ciblés » et afficher le résultat en pourcentage.",
  };
  const file = path.join(__dirname, "../../fixtures/prompt-pairs/public-pairs.jsonl");
  const better = new Map(
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as { id: string; better: string })
      .map((p) => [p.id, p.better]),
  );

  it.each(Object.entries(FRENCH))("%s scores within 10 points of the English original", (id, french) => {
    const english = better.get(id);
    expect(english).toBeDefined();
    expect(Math.abs(scorePrompt(french).score - scorePrompt(english as string).score)).toBeLessThanOrEqual(
      10,
    );
  });
});
