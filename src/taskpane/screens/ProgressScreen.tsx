import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { PASS_SCORE } from "../../core/rubric";
import { CRITERIA, type Localized } from "../../core/types";
import { ApiProblem } from "../api/problem";
import type { Me } from "../api/types";
import { MyDataPanel } from "../components/MyDataPanel";
import { ProblemMessage } from "../components/ProblemMessage";
import { forgetProgress, loadProgress, saveProgress, type CachedAttempt } from "../lib/progressCache";
import { criterionLabel } from "../../core/rubric";
import { useI18n } from "../i18n/I18nProvider";
import { useServices } from "../state/services";

const useStyles = makeStyles({
  screen: { display: "grid", gap: "14px", minWidth: 0 },
  h: { margin: 0, display: "block" },
  bars: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: "4px" },
  bar: {
    display: "grid",
    gridTemplateColumns: "minmax(90px, 40%) 1fr 3em",
    alignItems: "center",
    gap: "6px",
  },
  track: {
    height: "10px",
    backgroundColor: tokens.colorNeutralBackground5,
    borderRadius: "5px",
    overflow: "hidden",
    border: `1px solid ${tokens.colorTransparentStroke}`,
  },
  fill: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  chart: { width: "100%", height: "120px", display: "block" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: "start", padding: "3px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

/** The history on screen: from the API, or — offline — as this device last received it. */
interface ShownHistory {
  attempts: CachedAttempt[];
  /** When it was received: now for the API's answer, earlier for the device's copy. */
  receivedAt: Date;
  fromDevice: boolean;
}

/** The API cannot be reached (or failed on its side): the device's copy stands in. */
function unreachable(problem: unknown): boolean {
  return problem instanceof ApiProblem && problem.retriable;
}

/** The session is over (signed out, or no longer allowed): what the device kept goes too. */
function signedOut(problem: unknown): boolean {
  return problem instanceof ApiProblem && (problem.status === 401 || problem.status === 403);
}

/**
 * Mastery per criterion (bar chart), score over time (line), and the attempt history. The history is
 * kept on the device for this user and tenant, and shown "as of" its date while the API is out of reach.
 */
export default function ProgressScreen(props: { me: Me; version: number }) {
  const { t, lang } = useI18n();
  const { api } = useServices();
  const styles = useStyles();
  const [history, setHistory] = useState<ShownHistory | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [titles, setTitles] = useState<ReadonlyMap<string, Localized>>(new Map());
  const [tries, setTries] = useState(0);
  const { tenant, user } = props.me;

  useEffect(() => {
    let live = true;
    // Titles are a nicety: the history still shows exercise ids if the catalog cannot be read.
    api.exercises().then(
      ({ exercises }) => live && setTitles(new Map(exercises.map((e) => [e.id, e.title]))),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    let live = true;
    setProblem(null);
    api.attempts().then(
      (list) => live && setHistory({ attempts: list.attempts, receivedAt: new Date(), fromDevice: false }),
      (err: unknown) => {
        if (!live) return;
        if (signedOut(err)) forgetProgress();
        const kept = unreachable(err) ? loadProgress({ tenant, user }) : null;
        if (!kept) {
          setProblem(err);
          return;
        }
        setHistory({ attempts: kept.attempts, receivedAt: new Date(kept.savedAt), fromDevice: true });
        // Titles are kept with the history: the catalog cannot be read either.
        setTitles((known) => (known.size > 0 ? known : kept.titles));
      },
    );
    return () => {
      live = false;
    };
  }, [api, props.version, tries, tenant, user]);

  // What the API sent is kept for the next time it cannot be reached (with titles once they are known).
  useEffect(() => {
    if (history && !history.fromDevice)
      saveProgress({ tenant, user }, history.attempts, titles, history.receivedAt);
  }, [history, titles, tenant, user]);

  const attempts = history?.attempts ?? null;
  const chronological = attempts ? [...attempts].reverse() : [];
  const dateFormat = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "short",
    timeStyle: "short",
  });

  return (
    <section className={styles.screen} aria-labelledby="progress-title">
      <Text as="h2" id="progress-title" size={500} weight="semibold" className={styles.h}>
        {t.progress.title}
      </Text>
      <Text data-testid="attempt-count">{t.progress.attempts(props.me.attemptCount)}</Text>

      <div>
        <Text as="h3" id="mastery-title" weight="semibold" size={300} className={styles.h}>
          {t.progress.mastery}
        </Text>
        <Text as="p" size={200} block style={{ margin: "2px 0 6px" }} data-testid="mastery-explained">
          {t.progress.masteryExplained}
        </Text>
        <ul className={styles.bars} aria-labelledby="mastery-title" data-testid="mastery">
          {CRITERIA.map((c) => {
            const pct = Math.round((props.me.mastery[c] ?? 0) * 100);
            return (
              <li
                key={c}
                className={styles.bar}
                aria-label={t.progress.masteryValue(criterionLabel(c, lang), pct)}
              >
                <Text size={200} aria-hidden="true">
                  {criterionLabel(c, lang)}
                </Text>
                <div className={styles.track} aria-hidden="true">
                  <div className={styles.fill} style={{ width: `${pct}%` }} />
                </div>
                <Text size={200} aria-hidden="true">
                  {t.progress.percent(pct)}
                </Text>
              </li>
            );
          })}
        </ul>
      </div>

      {problem ? <ProblemMessage problem={problem} onRetry={() => setTries((n) => n + 1)} /> : null}
      {history?.fromDevice ? (
        <MessageBar intent="info" layout="multiline" data-testid="history-as-of">
          <MessageBarBody>
            <MessageBarTitle>{t.progress.asOf(dateFormat.format(history.receivedAt))}</MessageBarTitle>{" "}
            {t.progress.asOfNext}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setTries((n) => n + 1)}>{t.errors.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {!attempts && !problem ? <Spinner size="small" label={t.loading} /> : null}
      {attempts && attempts.length === 0 ? <Text>{t.progress.empty}</Text> : null}

      {chronological.length > 0 ? (
        <div>
          <Text as="h3" weight="semibold" size={300} className={styles.h}>
            {t.progress.overTime}
          </Text>
          <ScoreChart
            passLabel={t.progress.passMark}
            scores={chronological.map((a) => a.score)}
            label={t.progress.overTimeSummary(
              chronological.length,
              Math.round(chronological[0]!.score),
              Math.round(chronological[chronological.length - 1]!.score),
            )}
            className={styles.chart}
          />
          <Text size={200} block data-testid="pass-mark">
            {t.progress.passMarkExplained}
          </Text>
          <Text size={200} block data-testid="over-time-summary">
            {t.progress.overTimeSummary(
              chronological.length,
              Math.round(chronological[0]!.score),
              Math.round(chronological[chronological.length - 1]!.score),
            )}
          </Text>
        </div>
      ) : null}

      {attempts && attempts.length > 0 ? (
        <div>
          <Text as="h3" weight="semibold" size={300} className={styles.h} id="history-title">
            {t.progress.history}
          </Text>
          <table className={styles.table} aria-labelledby="history-title" data-testid="history">
            <thead>
              <tr>
                <th scope="col" className={styles.cell}>
                  {t.progress.date}
                </th>
                <th scope="col" className={styles.cell}>
                  {t.progress.exercise}
                </th>
                <th scope="col" className={styles.cell}>
                  {t.progress.score}
                </th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id}>
                  <td className={styles.cell}>{dateFormat.format(new Date(a.submittedAt))}</td>
                  <td className={styles.cell} style={{ overflowWrap: "anywhere" }}>
                    {titles.get(a.exerciseId)?.[lang] ?? a.exerciseId}
                  </td>
                  <td className={styles.cell}>{Math.round(a.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <MyDataPanel />
    </section>
  );
}

/** A plain SVG line of scores (0–100), oldest left; the summary is its accessible name. */
function ScoreChart(props: { scores: number[]; label: string; passLabel: string; className: string }) {
  const width = 300;
  const height = 120;
  const pad = 8;
  const left = 22; // room for the 0 / 60 / 100 labels
  const n = props.scores.length;
  const x = (i: number) => (n === 1 ? (width + left) / 2 : left + (i * (width - left - pad)) / (n - 1));
  const y = (s: number) => height - pad - (s / 100) * (height - 2 * pad);
  const points = props.scores.map((s, i) => `${x(i).toFixed(1)},${y(s).toFixed(1)}`).join(" ");
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className={props.className}
      role="img"
      aria-label={props.label}
      data-testid="score-chart"
    >
      {[0, PASS_SCORE, 100].map((tick) => (
        <text key={tick} x={0} y={y(tick) + 3} fontSize={9} fill="currentColor" opacity={0.7}>
          {tick}
        </text>
      ))}
      <line
        x1={left}
        x2={width - pad}
        y1={y(PASS_SCORE)}
        y2={y(PASS_SCORE)}
        stroke="currentColor"
        strokeOpacity={0.3}
        strokeDasharray="4 4"
      />
      <text
        x={width - pad}
        y={y(PASS_SCORE) - 3}
        fontSize={9}
        textAnchor="end"
        fill="currentColor"
        opacity={0.8}
        data-testid="pass-mark-label"
      >
        {props.passLabel}
      </text>
      <polyline points={points} fill="none" stroke={tokens.colorBrandForeground1} strokeWidth={2} />
      {props.scores.map((s, i) => (
        <circle key={i} cx={x(i)} cy={y(s)} r={3} fill={tokens.colorBrandForeground1} />
      ))}
    </svg>
  );
}
