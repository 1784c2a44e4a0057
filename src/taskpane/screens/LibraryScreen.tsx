import {
  Badge,
  Button,
  Card,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { can } from "../../core/auth/policy";
import { PROMPT_LIBRARY_LIMITS, type SavedPromptView, type TeamPromptView } from "../../core/api/prompts";
import type { Exercise } from "../../core/catalog/schema";
import type { Job } from "../../core/jobs";
import { HOSTS, type Host } from "../../core/types";
import { ApiProblem, errorKind } from "../api/problem";
import type { Me } from "../api/types";
import { PromptWithSlots } from "../components/feedback/ExamplePrompt";
import { fittingExercise, needsCatalog } from "../components/library/fittingExercise";
import { ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/I18nProvider";
import { useServices } from "../state/services";

const useStyles = makeStyles({
  screen: { display: "grid", gap: "12px", minWidth: 0 },
  h: { margin: 0, display: "block" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: "8px" },
  card: { padding: "8px 12px", minWidth: 0 },
  meta: { display: "flex", flexWrap: "wrap", gap: "4px 8px", color: tokens.colorNeutralForeground2 },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end" },
  prompt: {
    margin: "4px 0",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    padding: "6px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

type Loaded = { mine: SavedPromptView[]; limit: number; team: TeamPromptView[] };

/**
 * My prompts and my team's: reuse one (it fills the prompt box of a fitting exercise, placeholders to
 * complete), delete mine, keep a team one. Pilot leads publish their prompts to a job's team library.
 */
export default function LibraryScreen(props: {
  me: Me;
  host: Host;
  /** The exercise open now, if any: a prompt used from here goes into it first. */
  currentExercise: Exercise | null;
  recommended: Exercise | null;
  onUse: (exercise: Exercise, text: string) => void;
}) {
  const { t, l } = useI18n();
  const { api } = useServices();
  const styles = useStyles();
  const m = t.library;
  const isLead = can(props.me, "library.publish");
  const [hostFilter, setHostFilter] = useState<Host | "">(props.host);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [jobs, setJobs] = useState<Job[]>([]);
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    setProblem(null);
    try {
      const [mine, team] = await Promise.all([api.savedPrompts(), api.teamPrompts()]);
      setLoaded({ mine: mine.prompts, limit: mine.limit, team: team.prompts });
    } catch (err) {
      setProblem(err);
    }
    // Job names are a nicety: without them the ids show.
    api.jobs().then(
      (list) => setJobs(list.jobs),
      () => {},
    );
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const jobName = (id: string) => {
    const job = jobs.find((j) => j.id === id);
    return job ? l(job.label) : id;
  };

  const act = async (action: () => Promise<void>) => {
    setProblem(null);
    setNotice(null);
    try {
      await action();
    } catch (err) {
      setProblem(err);
    }
  };

  const use = (text: string, exerciseId: string | null) =>
    act(async () => {
      const context = {
        exerciseId,
        host: props.host,
        current: props.currentExercise,
        recommended: props.recommended,
      };
      let exercise = fittingExercise({ ...context, catalog: null });
      if (needsCatalog(exerciseId, exercise)) {
        try {
          exercise = fittingExercise({ ...context, catalog: (await api.exercises(props.host)).exercises });
        } catch (err) {
          // Offline: the exercise at hand will do; with none, say why.
          if (!exercise) throw err;
        }
      }
      if (!exercise) {
        setNotice(m.noExercise);
        return;
      }
      props.onUse(exercise, text);
    });

  const remove = (item: SavedPromptView) =>
    act(async () => {
      await api.deleteSavedPrompt(item.id);
      setLoaded((c) => c && { ...c, mine: c.mine.filter((p) => p.id !== item.id) });
      setNotice(m.deleted(item.name));
    });

  const keep = (item: TeamPromptView) =>
    act(async () => {
      const saved = await api.savePrompt({
        name: item.name,
        text: item.text,
        host: item.host,
        exerciseId: item.exerciseId,
        source: "team",
      });
      setLoaded((c) => c && { ...c, mine: [saved, ...c.mine.filter((p) => p.id !== saved.id)] });
      setNotice(m.kept(saved.name));
    });

  const publish = (item: SavedPromptView, job: string) =>
    act(async () => {
      const published = await api.publishPrompt({
        job,
        name: item.name,
        text: item.text,
        host: item.host,
        exerciseId: item.exerciseId,
      });
      setLoaded((c) => c && { ...c, team: [published, ...c.team.filter((p) => p.id !== published.id)] });
      setNotice(m.published(published.name, jobName(published.job)));
    });

  const unpublish = (item: TeamPromptView) =>
    act(async () => {
      await api.unpublishPrompt(item.id);
      setLoaded((c) => c && { ...c, team: c.team.filter((p) => p.id !== item.id) });
      setNotice(m.unpublished(item.name));
    });

  const shown = <T extends { host: Host }>(items: T[]) =>
    hostFilter === "" ? items : items.filter((p) => p.host === hostFilter);
  const mine = loaded ? shown(loaded.mine) : [];
  const team = loaded ? shown(loaded.team) : [];

  return (
    <section className={styles.screen} aria-labelledby="library-title">
      <Text as="h2" id="library-title" size={500} weight="semibold" className={styles.h}>
        {m.title}
      </Text>
      <Text as="p" block style={{ margin: 0 }}>
        {m.intro}
      </Text>
      <Field label={m.host}>
        <Select value={hostFilter} onChange={(_e, d) => setHostFilter(d.value as Host | "")}>
          <option value="">{m.allHosts}</option>
          {HOSTS.map((h) => (
            <option key={h} value={h}>
              {m.hosts[h]}
            </option>
          ))}
        </Select>
      </Field>
      {notice ? (
        <MessageBar intent={notice === m.noExercise ? "warning" : "success"} layout="multiline">
          <MessageBarBody role="status">{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {problem ? <LibraryProblem problem={problem} onRetry={() => void load()} /> : null}

      {loaded === null ? (
        problem ? null : (
          <Spinner size="small" label={t.loading} />
        )
      ) : (
        <>
          <div>
            <Text as="h3" id="library-mine" weight="semibold" size={400} className={styles.h}>
              {m.mine}
            </Text>
            <Text size={200}>{m.mineCount(loaded.mine.length, loaded.limit)}</Text>
          </div>
          {mine.length === 0 ? (
            <Text>{m.mineEmpty}</Text>
          ) : (
            <ul className={styles.list} aria-labelledby="library-mine" data-testid="library-mine">
              {mine.map((item) => (
                <li key={item.id}>
                  <SavedPromptCard
                    item={item}
                    jobs={isLead ? jobs : null}
                    defaultJob={props.me.job}
                    onUse={() => void use(item.text, item.exerciseId)}
                    onDelete={() => void remove(item)}
                    onPublish={(job) => void publish(item, job)}
                  />
                </li>
              ))}
            </ul>
          )}

          <Text as="h3" id="library-team" weight="semibold" size={400} className={styles.h}>
            {m.team}
          </Text>
          {team.length === 0 ? (
            <Text>{m.teamEmpty}</Text>
          ) : (
            <ul className={styles.list} aria-labelledby="library-team" data-testid="library-team">
              {team.map((item) => (
                <li key={item.id}>
                  <Card className={styles.card} aria-labelledby={`team-${item.id}`}>
                    <Text as="h4" id={`team-${item.id}`} weight="semibold" block style={{ margin: 0 }}>
                      {item.name}
                    </Text>
                    <div className={styles.meta}>
                      <Text size={200}>{m.hosts[item.host]}</Text>
                      <Text size={200}>{jobName(item.job)}</Text>
                      {item.myJob ? <Badge appearance="tint">{m.forMyJob}</Badge> : null}
                      {item.source === "use_case" ? (
                        <Badge appearance="outline">{m.fromUseCase}</Badge>
                      ) : null}
                    </div>
                    <PromptWithSlots text={item.text} className={styles.prompt} />
                    <div className={styles.row}>
                      <Button
                        appearance="primary"
                        aria-label={m.useLabel(item.name)}
                        onClick={() => void use(item.text, item.exerciseId)}
                      >
                        {m.use}
                      </Button>
                      <Button onClick={() => void keep(item)}>{m.keep}</Button>
                      {isLead ? (
                        <Button
                          appearance="subtle"
                          aria-label={m.unpublishLabel(item.name)}
                          onClick={() => void unpublish(item)}
                        >
                          {m.unpublish}
                        </Button>
                      ) : null}
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** Offline gets its own message: the library needs the network, the open exercise does not. */
function LibraryProblem(props: { problem: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const code = props.problem instanceof ApiProblem ? props.problem.code : null;
  if (code === "prompt_library_full" || code === "team_library_full") {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody role="alert">
          {code === "team_library_full"
            ? t.library.teamFull
            : t.library.full(PROMPT_LIBRARY_LIMITS.savedPerLearner)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (errorKind(props.problem) === "network") {
    return (
      <MessageBar intent="warning" layout="multiline" data-problem="network">
        <MessageBarBody role="alert">
          {t.library.offline}{" "}
          <Button size="small" onClick={props.onRetry}>
            {t.errors.retry}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <ProblemMessage problem={props.problem} onRetry={props.onRetry} />;
}

function SavedPromptCard(props: {
  item: SavedPromptView;
  /** The tenant's jobs when the caller may publish; null otherwise. */
  jobs: Job[] | null;
  defaultJob: string | null;
  onUse: () => void;
  onDelete: () => void;
  onPublish: (job: string) => void;
}) {
  const { t, l } = useI18n();
  const styles = useStyles();
  const m = t.library;
  const { item } = props;
  const [confirming, setConfirming] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [job, setJob] = useState(props.defaultJob ?? "");
  const headingId = `saved-${item.id}`;
  const chosenJob = job || props.jobs?.[0]?.id || "";

  return (
    <Card className={styles.card} aria-labelledby={headingId}>
      <Text as="h4" id={headingId} weight="semibold" block style={{ margin: 0 }}>
        {item.name}
      </Text>
      <div className={styles.meta}>
        <Text size={200}>{m.hosts[item.host]}</Text>
        <Badge appearance="outline">{m.sources[item.source]}</Badge>
      </div>
      <PromptWithSlots text={item.text} className={styles.prompt} />
      {confirming ? (
        <div className={styles.row} role="group" aria-label={m.confirmDelete(item.name)}>
          <Text>{m.confirmDelete(item.name)}</Text>
          <Button
            appearance="primary"
            onClick={() => {
              setConfirming(false);
              props.onDelete();
            }}
          >
            {m.confirmYes}
          </Button>
          <Button onClick={() => setConfirming(false)}>{m.cancel}</Button>
        </div>
      ) : (
        <div className={styles.row}>
          <Button appearance="primary" aria-label={m.useLabel(item.name)} onClick={props.onUse}>
            {m.use}
          </Button>
          <Button aria-label={m.deleteLabel(item.name)} onClick={() => setConfirming(true)}>
            {m.delete}
          </Button>
          {props.jobs && !publishing ? (
            <Button
              appearance="subtle"
              aria-label={m.publishLabel(item.name)}
              onClick={() => setPublishing(true)}
            >
              {m.publish}
            </Button>
          ) : null}
        </div>
      )}
      {props.jobs && publishing ? (
        <div className={styles.row}>
          <Field label={m.publishJob}>
            <Select value={chosenJob} onChange={(_e, d) => setJob(d.value)}>
              {props.jobs.map((j) => (
                <option key={j.id} value={j.id}>
                  {l(j.label)}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            appearance="primary"
            disabled={!chosenJob}
            onClick={() => {
              setPublishing(false);
              props.onPublish(chosenJob);
            }}
          >
            {m.publishConfirm}
          </Button>
          <Button onClick={() => setPublishing(false)}>{m.cancel}</Button>
        </div>
      ) : null}
    </Card>
  );
}
