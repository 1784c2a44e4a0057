import type { Database } from "../../store/schema";
import { demoUuid, mulberry32, seedFrom } from "./random";

/** Use cases staff of each job typically find, as the demo records them (texts pass the privacy guard). */
const TEMPLATES: Array<{
  job: string;
  host: string;
  title: string;
  task: string;
  frequency: "daily" | "weekly" | "monthly";
  minutes: number;
  data: "none" | "internal" | "personal" | "health";
  risks: string[];
  riskText: string | null;
}> = [
  {
    job: "claims",
    host: "word",
    title: "Résumer les circulaires de remboursement",
    task: "Je colle la circulaire et je demande ce qui change pour nos contrôles, en cinq puces.",
    frequency: "weekly",
    minutes: 20,
    data: "internal",
    risks: ["invented_facts"],
    riskText: "Une date d’effet inventée une fois : je vérifie toujours dans le texte.",
  },
  {
    job: "claims",
    host: "outlook",
    title: "Demander les pièces manquantes",
    task: "Je fais rédiger le courriel qui liste les pièces manquantes et le délai pour les envoyer.",
    frequency: "daily",
    minutes: 5,
    data: "personal",
    risks: ["confidentiality"],
    riskText: "Je retire le nom et le numéro d’adhérent avant.",
  },
  {
    job: "member-relations",
    host: "outlook",
    title: "Reformuler une réponse sans jargon",
    task: "Je fais reformuler mes réponses aux adhérents en langage simple avant de les envoyer.",
    frequency: "daily",
    minutes: 4,
    data: "personal",
    risks: ["confidentiality", "quality"],
    riskText: null,
  },
  {
    job: "member-relations",
    host: "word",
    title: "FAQ des appels du mois",
    task: "Je fais une FAQ à partir des questions relevées pendant les appels du mois.",
    frequency: "monthly",
    minutes: 60,
    data: "internal",
    risks: ["invented_facts"],
    riskText: "Des réponses à compléter par l’équipe, l’outil invente sinon.",
  },
  {
    job: "group-contracts",
    host: "word",
    title: "Synthèse d’un cahier des charges",
    task: "Je fais ressortir les garanties demandées et la date limite d’un appel d’offres.",
    frequency: "monthly",
    minutes: 90,
    data: "internal",
    risks: ["quality"],
    riskText: null,
  },
  {
    job: "actuarial-control",
    host: "excel",
    title: "Commentaire des écarts budget/réalisé",
    task: "Je fais rédiger un premier commentaire des écarts du mois pour le comité.",
    frequency: "monthly",
    minutes: 45,
    data: "internal",
    risks: ["invented_facts", "quality"],
    riskText: "Les causes proposées sont des hypothèses à vérifier.",
  },
  {
    job: "actuarial-control",
    host: "excel",
    title: "Formules d’évolution N/N-1",
    task: "Je fais écrire les formules qui résistent aux cellules vides.",
    frequency: "weekly",
    minutes: 15,
    data: "none",
    risks: [],
    riskText: null,
  },
  {
    job: "hr",
    host: "outlook",
    title: "Réponses aux questions sur les congés",
    task: "Je fais préparer la réponse à partir de l’extrait de l’accord que je colle.",
    frequency: "daily",
    minutes: 6,
    data: "personal",
    risks: ["confidentiality"],
    riskText: null,
  },
  {
    job: "legal-compliance",
    host: "word",
    title: "Tableau des changements des conditions générales",
    task: "Je compare l’ancienne et la nouvelle version, article par article.",
    frequency: "monthly",
    minutes: 120,
    data: "internal",
    risks: ["quality"],
    riskText: "Je relis chaque ligne : il saute parfois un article.",
  },
  {
    job: "marketing-communication",
    host: "word",
    title: "Annonce adhérents à partir d’une note interne",
    task: "Je transforme la note interne en texte court pour l’espace adhérent.",
    frequency: "weekly",
    minutes: 30,
    data: "none",
    risks: ["bias"],
    riskText: null,
  },
  {
    job: "it",
    host: "outlook",
    title: "Message de maintenance planifiée",
    task: "Je fais écrire l’annonce d’interruption à partir de mes notes techniques.",
    frequency: "weekly",
    minutes: 10,
    data: "none",
    risks: [],
    riskText: null,
  },
  {
    job: "management",
    host: "outlook",
    title: "Ordre du jour de la réunion d’équipe",
    task: "Je fais proposer un ordre du jour minuté à partir des sujets de la semaine.",
    frequency: "weekly",
    minutes: 15,
    data: "none",
    risks: [],
    riskText: null,
  },
];

const STATUSES = ["proposed", "proposed", "under_review", "promoted", "set_aside"] as const;
const COMMENTS = [
  "Utile, mais l’exemple est trop long.",
  "Pas adapté à mon poste.",
  "La réponse proposée oubliait le délai.",
  "Très concret, merci.",
];

export interface DemoUseCases {
  useCases: Database["use_cases"][];
  votes: Database["use_case_votes"][];
  feedback: Database["feedback"][];
}

/**
 * Use cases, "I do this too" votes and feedback for a demo pilot: each job's templates proposed by
 * one of its learners, voted by some colleagues of the same job, and thumbs on exercises done.
 */
export function generateDemoUseCases(
  tenantId: string,
  seed: number,
  users: ReadonlyArray<{ user_id: string; job: string | null; created_at: string }>,
  attempts: ReadonlyArray<{ user_id: string; exercise_id: string; submitted_at: string }>,
): DemoUseCases {
  const random = mulberry32(seedFrom(`${tenantId}:${seed}:use-cases`));
  const byJob = new Map<string, string[]>();
  for (const u of users) if (u.job) byJob.set(u.job, [...(byJob.get(u.job) ?? []), u.user_id]);
  const jobOf = new Map(users.map((u) => [u.user_id, u.job]));
  const useCases: DemoUseCases["useCases"] = [];
  const votes: DemoUseCases["votes"] = [];
  const latest = attempts.reduce((max, a) => (a.submitted_at > max ? a.submitted_at : max), "");
  TEMPLATES.forEach((t, i) => {
    const staff = byJob.get(t.job) ?? [];
    const author = staff[Math.floor(random() * staff.length)];
    if (!author || !latest) return;
    const id = demoUuid(random);
    const status = STATUSES[i % STATUSES.length]!;
    useCases.push({
      tenant_id: tenantId,
      id,
      author_id: author,
      job: t.job,
      host: t.host,
      lang: "fr",
      title: t.title,
      task: t.task,
      frequency: t.frequency,
      minutes_saved: t.minutes,
      data_involved: t.data,
      risk_tags: JSON.stringify(t.risks),
      risk_text: t.riskText,
      prompt: null,
      status,
      status_reason: status === "set_aside" ? "Données personnelles en jeu : à revoir avec le DPO." : null,
      exercise_id: null,
      source_exercise_id: null,
      created_at: latest,
      updated_at: latest,
    });
    for (const colleague of staff) {
      if (colleague === author || random() > 0.25) continue;
      const said = random();
      votes.push({
        tenant_id: tenantId,
        use_case_id: id,
        user_id: colleague,
        worked: said < 0.6 ? 1 : said < 0.8 ? 0 : null,
        created_at: latest,
        updated_at: latest,
      });
    }
  });
  const feedback: DemoUseCases["feedback"] = [];
  for (const a of attempts) {
    if (random() > 0.06) continue;
    const up = random() < 0.7;
    const target = random() < 0.6 ? "exercise" : "answer";
    feedback.push({
      tenant_id: tenantId,
      id: demoUuid(random),
      user_id: a.user_id,
      exercise_id: a.exercise_id,
      target,
      thumb: up ? 1 : -1,
      reason: up ? null : target === "answer" ? "wrong_answer" : "not_my_job",
      comment: random() < 0.2 ? COMMENTS[Math.floor(random() * COMMENTS.length)]! : null,
      job: jobOf.get(a.user_id) ?? null,
      attempt_id: null,
      created_at: a.submitted_at,
    });
  }
  return { useCases, votes, feedback };
}
