import type { Catalog } from "../../../src/core/catalog";
import { CONTRADICTION_CAP, INCOHERENT_CAP, OFF_TASK_CAP, scorePrompt } from "../../../src/core/scorer";
import { damerauAtMostOne, TypoCorrector } from "../../../src/core/text/correct";
import { stem } from "../../../src/core/text/stem";
import { loadBuiltInCatalog } from "../../../src/server/catalog/load";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadBuiltInCatalog();
});
const exercise = (id: string) => {
  const found = catalog.byId.get(id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
};

const SUMMARY_FR =
  "Résume ce courriel en 3 puces pour mon responsable : la demande, l’échéance et l’action attendue. N’invente rien.";

describe("task fit: the score measures the prompt for this exercise", () => {
  it("fails a good summary prompt on a formula exercise, says what the exercise asks for, and caps it", () => {
    const result = scorePrompt(SUMMARY_FR, {
      lang: "fr",
      exercise: exercise("excel-transform-write-formula"),
    });
    expect(result.flags.offTask).toBe(true);
    expect(result.criteria.goal.score).toBeLessThanOrEqual(1);
    expect(result.score).toBeLessThanOrEqual(OFF_TASK_CAP);
    expect(result.passed).toBe(false);
    expect(result.taskFit).toMatchObject({
      deliverable: false,
      otherDeliverable: { fr: "un résumé" },
      passes: false,
    });
    expect(result.improvement?.criterion).toBe("goal");
    expect(result.improvement?.message.fr).toContain("une formule");
    expect(result.improvement?.message.en).toContain("a formula");
  });

  it("passes the same prompt on the exercise it was written for, and applies the generic rubric without one", () => {
    const own = scorePrompt(SUMMARY_FR, {
      lang: "fr",
      exercise: exercise("outlook-summarise-email-3-points"),
    });
    expect(own.flags.offTask).toBe(false);
    expect(own.taskFit?.passes).toBe(true);
    expect(own.passed).toBe(true);
    const generic = scorePrompt(SUMMARY_FR, { lang: "fr" });
    expect(generic.taskFit).toBeNull();
    expect(generic.score).toBeGreaterThan(OFF_TASK_CAP);
  });

  it("matches the deliverable whatever its inflection, accents or language", () => {
    const ex = exercise("outlook-summarise-email-3-points");
    for (const prompt of [
      "Pourriez-vous resumer ce courriel en 3 puces et dire l'action attendue ?",
      "Synthétisez ce courriel en trois points, avec l'action attendue de ma part.",
      "Give me a summary of this email in 3 bullets, with the action expected from me.",
    ]) {
      expect([prompt, scorePrompt(prompt, { exercise: ex }).taskFit?.deliverable]).toEqual([prompt, true]);
    }
  });

  it("counts what the exercise rules out only when it is asked for, not when it is negated", () => {
    const ex = exercise("outlook-analyse-draft-as-reader");
    const rewrite = scorePrompt(
      "Relis mon brouillon du point de vue du directeur d'agence, puis réécris entièrement le message selon trois critères : clarté, longueur, vocabulaire.",
      { lang: "fr", exercise: ex },
    );
    expect(rewrite.taskFit?.violated).toHaveLength(1);
    expect(rewrite.passed).toBe(false);
    expect(rewrite.improvement?.criterion).toBe("constraints");
    const negated = scorePrompt(
      "Relis mon brouillon du point de vue du directeur d'agence selon trois critères : clarté, longueur, vocabulaire. Propose au plus trois reformulations, ne réécris pas tout le message.",
      { lang: "fr", exercise: ex },
    );
    expect(negated.taskFit?.violated).toEqual([]);
  });

  it("fails a prompt that works on another host's material", () => {
    const result = scorePrompt(
      "Analyse ce courriel et liste les valeurs qui sortent du lot avec la ligne et la colonne concernées.",
      { lang: "fr", exercise: exercise("excel-analyse-outliers") },
    );
    expect(result.taskFit?.otherMaterial).toBe(true);
    expect(result.passed).toBe(false);
    expect(result.improvement?.criterion).toBe("source");
  });

  it("takes a generic email that names neither the material nor the subject for less than this task's goal", () => {
    const refusal = exercise("outlook-draft-coverage-refusal");
    const invitation =
      "Write an invitation to the 12 March webinar for our client companies: topic, time, sign-up link, 8 lines, engaging tone.";
    const generic = scorePrompt(invitation, { lang: "en", exercise: refusal });
    expect(generic.criteria.goal.score).toBeLessThanOrEqual(2);
    expect(generic.score).toBeLessThan(50);
    expect(generic.passed).toBe(false);
    // The same shape of request on its own subject keeps a full goal.
    const own = scorePrompt(refusal.example.en, { lang: "en", exercise: refusal });
    expect(own.criteria.goal.score).toBe(3);
    expect(own.passed).toBe(true);
  });

  it("asks for the missing elements the exercise expects", () => {
    const result = scorePrompt("Résume le compte rendu ci-dessous.", {
      lang: "fr",
      exercise: exercise("word-summarise-minutes-for-absentees"),
    });
    expect(result.taskFit?.coverage).toBe(0);
    expect(result.passed).toBe(false);
    expect(result.improvement?.message.fr).toContain("décisions");
  });

  it("names each missing element by its alternatives, not by one word of it", () => {
    const result = scorePrompt("trouve les anomalies", {
      lang: "fr",
      exercise: exercise("excel-analyse-outliers"),
    });
    expect(result.improvement?.criterion).toBe("goal");
    // The exercise asks where each value is: row, column or cell — one word alone reads as a typo.
    expect(result.improvement?.message.fr).toMatch(/ligne, colonne ou cellule/);
    expect(result.improvement?.message.en).toMatch(/row, column or cell/);
    expect(result.improvement?.message.fr).not.toMatch(/anomalies/);
  });
});

describe("expectations read as a colleague would", () => {
  const expectations = (prompt: string) => scorePrompt(prompt, { lang: "fr" }).criteria.expectations.score;

  it("takes a counted length for a length, in figures or in words", () => {
    const bare = expectations("Décris le tableau sélectionné pour mon chef de service.");
    expect(expectations("Décris le tableau sélectionné en 3 phrases pour mon chef de service.")).toBe(
      bare + 2,
    );
    expect(expectations("Décris le tableau sélectionné en trois phrases pour mon chef de service.")).toBe(
      bare + 2,
    );
    // A count that is not a length ("3 exemples") earns the quantity only.
    expect(expectations("Donne 3 exemples tirés du tableau sélectionné pour mon chef de service.")).toBe(
      bare + 1,
    );
  });

  it("takes three parts listed after a colon for a structure, but not a list of single words", () => {
    const bare = expectations("Décris le tableau sélectionné pour mon chef.");
    expect(
      expectations(
        "Décris le tableau sélectionné pour mon chef : ce qu’il contient, la tendance principale et la valeur qui ressort le plus.",
      ),
    ).toBe(bare + 1);
    expect(
      expectations(
        "Décris le tableau sélectionné pour mon chef : objectif, contexte, public et contraintes.",
      ),
    ).toBe(bare);
  });
});

describe("meaning, not vocabulary", () => {
  it("scores the issue's word salad low and says why", () => {
    const result = scorePrompt("Fais mail hier, car je suis. ce mail A1 B2, sans 3 puces Doit.");
    expect(result.flags.incoherent).toBe(true);
    expect(result.score).toBeLessThanOrEqual(INCOHERENT_CAP);
    expect(result.improvement?.criterion).toBe("clarity");
  });

  it("finds and quotes contradictions: zero length, nobody, opposite tones", () => {
    const result = scorePrompt("Rédige un courriel de 0 mot pour personne, ton cordial et agressif.");
    expect(result.flags.contradictory).toBe(true);
    expect(result.score).toBeLessThanOrEqual(CONTRADICTION_CAP);
    const quoted = result.contradictions.flatMap((c) => c.evidence.map((e) => e.text));
    expect(quoted).toEqual(expect.arrayContaining(["0 mot", "cordial", "agressif"]));
    expect(result.improvement?.message.fr).toMatch(/^Clarté — /);
  });

  it("does not see a contradiction in lengths per part or in a negated tone", () => {
    const result = scorePrompt(
      "Résume ce rapport en 5 puces de 20 mots au plus par puce, 120 mots au maximum en tout, ton neutre, pas trop long.",
    );
    expect(result.contradictions).toEqual([]);
  });

  it("gives a label nothing unless real content follows it", () => {
    const empty = scorePrompt("Résume ce document.\nContexte : le contexte.\nPublic : public.");
    const real = scorePrompt(
      "Résume ce document.\nContexte : réunion d'équipe de lundi.\nPublic : nouveaux conseillers.",
    );
    expect(empty.criteria.context.score).toBeLessThan(real.criteria.context.score);
    expect(empty.score).toBeLessThan(real.score);
  });

  it("reads a letter pasted without delimiters as material, not as the learner's request", () => {
    const letter =
      "Bonjour, je vous écris pour la troisième fois au sujet de mes lunettes achetées chez un opticien de " +
      "votre réseau. Le tiers payant n'a pas fonctionné et j'ai avancé les frais. J'ai envoyé la facture par " +
      "votre espace en ligne, mais je n'ai toujours rien reçu. Pouvez-vous me dire quand je serai remboursé ? " +
      "Cordialement.";
    const oneWord = scorePrompt(`${letter}\n\nRésume.`);
    expect(oneWord.score).toBeLessThan(50);
    const real = scorePrompt(
      `Résume en 3 puces, pour mon responsable, ce que demande l'adhérent dans le courriel ci-dessous et pour quand.\n\n${letter}`,
    );
    expect(real.score).toBeGreaterThan(oneWord.score);
  });

  it("costs little for one typo in the instruction verb, capitals or a missing full stop", () => {
    const ex = exercise("outlook-summarise-email-3-points");
    const base = "Résume ce courriel en 3 puces pour mon responsable. Indique la demande et l'échéance.";
    const base0 = scorePrompt(base, { exercise: ex }).score;
    for (const variant of [
      "Résuem ce courriel en 3 puces pour mon responsable. Indique la demande et l'échéance.",
      base.toUpperCase(),
      base.replace(/\./g, ""),
    ]) {
      expect(Math.abs(scorePrompt(variant, { exercise: ex }).score - base0)).toBeLessThanOrEqual(5);
    }
  });

  it("counts wishes, questions and indirect requests as goals in both languages", () => {
    for (const prompt of [
      "J'aimerais un résumé de ce document en 5 puces pour mon équipe.",
      "Pourriez-vous rédiger une réponse à cet adhérent sur son remboursement ?",
      "Could you draft a reply to this member about the refund?",
      "I'd like a short summary of this report for my manager.",
    ]) {
      expect([prompt, scorePrompt(prompt).criteria.goal.score >= 2]).toEqual([prompt, true]);
    }
  });
});

describe("language tools", () => {
  it("stems inflections of one word to one key in French and English", () => {
    expect(new Set(["résumer", "résumez", "résumé", "resume"].map((w) => stem(w, "fr"))).size).toBe(1);
    expect(new Set(["translate", "translated", "translating"].map((w) => stem(w, "en"))).size).toBe(1);
  });

  it("corrects one typo towards the vocabulary but leaves known, short and far words alone", () => {
    const corrector = new TypoCorrector(["resume", "rediger", "translate"], ["thread"]);
    expect(corrector.correct("resuem")).toBe("resume");
    expect(corrector.correct("redigre")).toBe("rediger");
    expect(corrector.correct("translat")).toBe("translate");
    expect(corrector.correct("thread")).toBeNull();
    expect(corrector.correct("resu")).toBeNull();
    expect(corrector.correct("zesume")).toBeNull();
    expect(corrector.correct("rsmue")).toBeNull();
    expect(damerauAtMostOne("resuem", "resume")).toBe(true);
    expect(damerauAtMostOne("resuem", "rseume")).toBe(false);
  });
});
