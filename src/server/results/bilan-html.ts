import {
  MEASURE_DEFINITIONS,
  MEASURE_LABELS,
  VERDICT_LABELS,
  formatMeasure,
  type Bilan,
  type Estimate,
} from "../../core/results/bilan";
import { TARGET_METRICS, type TargetMetric } from "../../core/results/stages";
import type { Lang } from "../../core/types";

/** Everything interpolated into the page goes through here: no stage name or cohort is trusted. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const T = {
  fr: {
    title: "Bilan d’étape",
    generated: "Établi le",
    period: "Période",
    cohorts: "Cohortes",
    allCohorts: "toutes",
    previous: "Étape précédente",
    none: "aucune",
    targets: "Objectifs",
    target: "Objectif",
    measure: "Mesure",
    interval: "IC 95\u00a0%",
    before: "Étape précédente",
    verdict: "Verdict",
    noTargets: "Aucun objectif n’est fixé pour cette étape.",
    funnel: "Adoption",
    invited: "Invités",
    charter: "Charte acceptée",
    started: "Premier exercice",
    activeWeekly: "Actifs 3 semaines sur 4",
    neverStarted: "Jamais commencé",
    weekly: "Actifs par semaine",
    week: "Semaine",
    active: "Actifs",
    share: "Part des invités",
    groups: "Par cohorte",
    group: "Cohorte",
    noGroup: "(sans cohorte)",
    benchmark: "Progrès au bilan",
    confidence: "Confiance",
    hiddenGroup: (k: number) => `< ${k} (masqué)`,
    hiddenAll: (k: number) =>
      `Moins de ${k} apprenants dans cette étape\u00a0: pour les protéger, aucun chiffre n’est affiché.`,
    realUse: "Usage réel",
    realUses: "Usages réels",
    realUsesPerWeek: "Usages réels / semaine",
    realUseLine: (uses: string, users: string, useCases: string) =>
      `${uses} réponses mises dans un vrai document, une vraie réponse ou une vraie feuille, par ${users} apprenants\u00a0; ${useCases} cas d’usage proposés.`,
    method: "Comment chaque chiffre est calculé",
    kRule: (k: number) => `Tout groupe de moins de ${k} apprenants est masqué.`,
  },
  en: {
    title: "Stage review",
    generated: "Produced on",
    period: "Period",
    cohorts: "Cohorts",
    allCohorts: "all",
    previous: "Previous stage",
    none: "none",
    targets: "Targets",
    target: "Target",
    measure: "Measure",
    interval: "95% CI",
    before: "Previous stage",
    verdict: "Verdict",
    noTargets: "No target is set for this stage.",
    funnel: "Adoption",
    invited: "Invited",
    charter: "Charter accepted",
    started: "First exercise",
    activeWeekly: "Active 3 weeks in 4",
    neverStarted: "Never started",
    weekly: "Active learners per week",
    week: "Week",
    active: "Active",
    share: "Share of invited",
    groups: "By cohort",
    group: "Cohort",
    noGroup: "(no cohort)",
    benchmark: "Benchmark progress",
    confidence: "Confidence",
    hiddenGroup: (k: number) => `< ${k} (hidden)`,
    hiddenAll: (k: number) =>
      `Fewer than ${k} learners in this stage: to protect them, no figures are shown.`,
    realUse: "Real use",
    realUses: "Real-work uses",
    realUsesPerWeek: "Real-work uses / week",
    realUseLine: (uses: string, users: string, useCases: string) =>
      `${uses} answers put into a real document, reply or sheet, by ${users} learners; ${useCases} use cases proposed.`,
    method: "How each figure is computed",
    kRule: (k: number) => `Any group of fewer than ${k} learners is hidden.`,
  },
} as const;

function estimateCells(metric: TargetMetric, e: Estimate | null, lang: Lang, k: number): string {
  if (!e) return `<td>—</td><td>—</td>`;
  if (e.hidden) return `<td colspan="2">${escapeHtml(T[lang].hiddenGroup(k))}</td>`;
  const interval =
    e.ciLow !== null && e.ciHigh !== null
      ? `${formatMeasure(metric, e.ciLow, lang)} – ${formatMeasure(metric, e.ciHigh, lang)}`
      : "—";
  return `<td>${escapeHtml(formatMeasure(metric, e.value, lang))}</td><td>${escapeHtml(interval)}</td>`;
}

function count(value: number | null, k: number, lang: Lang): string {
  return value === null
    ? escapeHtml(T[lang].hiddenGroup(k))
    : value.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB");
}

/** The one-page printable bilan for the steering committee, in one language. */
export function renderBilanHtml(bilan: Bilan, lang: Lang): string {
  const t = T[lang];
  const e = escapeHtml;
  const { stage, k } = bilan;
  const colon = lang === "fr" ? "\u00a0:" : ":";
  const date = (iso: string) =>
    new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString(lang === "fr" ? "fr-FR" : "en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });

  const targets =
    bilan.targets.length === 0
      ? `<p>${e(t.noTargets)}</p>`
      : `<table class="targets"><thead><tr><th scope="col">${e(t.target)}</th><th scope="col">${e(t.measure)}</th><th scope="col">${e(t.interval)}</th><th scope="col">${e(t.before)}</th><th scope="col">${e(t.verdict)}</th></tr></thead><tbody>${bilan.targets
          .map(
            (r) =>
              `<tr class="${e(r.verdict)}"><th scope="row">${e(MEASURE_LABELS[r.metric][lang])}<br><small>≥ ${e(formatMeasure(r.metric, r.target, lang))}</small></th>${estimateCells(r.metric, r.measure, lang, k)}<td>${e(r.previous ? (r.previous.hidden ? t.hiddenGroup(k) : formatMeasure(r.metric, r.previous.value, lang)) : "—")}</td><td><strong>${e(VERDICT_LABELS[r.verdict][lang])}</strong><br><small>${e(r.text[lang])}</small></td></tr>`,
          )
          .join("")}</tbody></table>`;

  const f = bilan.current.funnel;
  const funnel = bilan.current.hidden
    ? `<p>${e(t.hiddenAll(k))}</p>`
    : `<table class="funnel"><tbody>${(
        [
          [t.invited, f.invited],
          [t.charter, f.charterAccepted],
          [t.started, f.started],
          [t.activeWeekly, f.activeWeekly],
          [t.neverStarted, f.neverStarted],
        ] as const
      )
        .map(([label, value]) => {
          const width = f.invited && value !== null ? Math.round((100 * value) / f.invited) : 0;
          return `<tr><th scope="row">${e(label)}</th><td>${count(value, k, lang)}</td><td class="bar" aria-hidden="true"><span style="width:${width}%"></span></td></tr>`;
        })
        .join("")}</tbody></table>`;

  const weekly = bilan.weekly.length
    ? `<table class="weekly"><thead><tr><th scope="col">${e(t.week)}</th><th scope="col">${e(t.active)}</th><th scope="col">${e(t.share)}</th><th scope="col">${e(t.realUses)}</th></tr></thead><tbody>${bilan.weekly
        .map(
          (w) =>
            `<tr><td>${e(date(w.week))}</td><td>${count(w.active, k, lang)}</td><td>${e(w.share === null ? "—" : formatMeasure("weeklyActiveShare", w.share, lang))}</td><td>${count(w.realUses, k, lang)}</td></tr>`,
        )
        .join("")}</tbody></table>`
    : "";

  const groups = bilan.groups.length
    ? `<table class="groups"><thead><tr><th scope="col">${e(t.group)}</th><th scope="col">${e(t.invited)}</th><th scope="col">${e(t.started)}</th><th scope="col">${e(t.activeWeekly)}</th><th scope="col" colspan="2">${e(t.benchmark)}</th><th scope="col" colspan="2">${e(t.confidence)}</th><th scope="col">${e(t.realUsesPerWeek)}</th></tr></thead><tbody>${bilan.groups
        .map((g) =>
          g.hidden
            ? `<tr><th scope="row">${e(g.group ?? t.noGroup)}</th><td colspan="8">${e(t.hiddenGroup(k))}</td></tr>`
            : `<tr><th scope="row">${e(g.group ?? t.noGroup)}</th><td>${count(g.funnel.invited, k, lang)}</td><td>${count(g.funnel.started, k, lang)}</td><td>${count(g.funnel.activeWeekly, k, lang)}</td>${estimateCells("benchmarkChange", g.benchmarkChange, lang, k)}${estimateCells("confidenceChange", g.confidenceChange, lang, k)}<td>${e(g.realUsesPerWeek.hidden ? t.hiddenGroup(k) : formatMeasure("realUsesPerWeek", g.realUsesPerWeek.value, lang))}</td></tr>`,
        )
        .join("")}</tbody></table>`
    : "";

  const real = bilan.realUse;
  const realUse = real.hidden
    ? t.hiddenAll(k)
    : t.realUseLine(count(real.uses, k, lang), count(real.users, k, lang), count(real.useCases, k, lang));

  const methods = TARGET_METRICS.map(
    (m) => `<dt>${e(MEASURE_LABELS[m][lang])}</dt><dd>${e(MEASURE_DEFINITIONS[m][lang])}</dd>`,
  ).join("");

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${t.title} — ${stage.name}`)}</title>
<style>
  @page { size: A4; margin: 12mm; }
  body { font: 10.5pt/1.35 "Segoe UI", system-ui, sans-serif; color: #1b1b1b; max-width: 190mm; margin: 0 auto; padding: 8px; }
  h1 { font-size: 17pt; margin: 0 0 2px; } h2 { font-size: 12pt; margin: 14px 0 4px; border-bottom: 1px solid #8a8a8a; }
  .meta { color: #424242; margin: 0 0 6px; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 3px 6px; vertical-align: top; border-bottom: 1px solid #d1d1d1; }
  thead th { background: #f0f0f0; font-weight: 600; }
  small { color: #424242; }
  tr.met td:last-child strong { color: #0e700e; } tr.not_met td:last-child strong { color: #b10e1c; } tr.uncertain td:last-child strong { color: #835c00; }
  .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
  .bar { width: 40%; } .bar span { display: block; height: 10px; background: #0f6cbd; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  dl { columns: 2; font-size: 8.5pt; color: #424242; margin: 0; } dt { font-weight: 600; } dd { margin: 0 0 4px; }
  @media print { body { padding: 0; } }
</style>
</head>
<body>
<h1>${e(t.title)} — ${e(stage.name)}</h1>
<p class="meta">${e(t.period)}${colon} ${e(date(stage.startsOn))} → ${e(date(stage.endsOn))} · ${e(t.cohorts)}${colon} ${e(stage.cohorts.length ? stage.cohorts.join(", ") : t.allCohorts)} · ${e(t.previous)}${colon} ${e(bilan.previousStage?.name ?? t.none)} · ${e(t.generated)} ${e(date(bilan.generatedAt))}</p>
<h2>${e(t.targets)}</h2>
${targets}
<div class="columns">
<section><h2>${e(t.funnel)}</h2>${funnel}</section>
<section><h2>${e(t.weekly)}</h2>${weekly}</section>
</div>
${groups ? `<h2>${e(t.groups)}</h2>${groups}` : ""}
<h2>${e(t.realUse)}</h2>
<p>${e(realUse)} ${e(t.kRule(k))}</p>
<h2>${e(t.method)}</h2>
<dl>${methods}</dl>
</body>
</html>
`;
}
