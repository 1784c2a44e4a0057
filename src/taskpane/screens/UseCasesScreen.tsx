import {
  Badge,
  Button,
  Card,
  Field,
  Input,
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
import { STATUS_MOVES, type UseCaseStatus, type UseCaseView } from "../../core/api/use-cases";
import type { Job } from "../../core/jobs";
import type { Host } from "../../core/types";
import type { Me } from "../api/types";
import { PromptWithSlots } from "../components/feedback/ExamplePrompt";
import { JobPicker } from "../components/JobPicker";
import { ProblemMessage } from "../components/ProblemMessage";
import { UseCaseForm } from "../components/UseCaseForm";
import { useI18n } from "../i18n/I18nProvider";
import { useServices } from "../state/services";

const useStyles = makeStyles({
  screen: { display: "grid", gap: "12px", minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: "8px" },
  card: { padding: "8px 12px", minWidth: 0 },
  meta: { display: "flex", flexWrap: "wrap", gap: "4px 8px", color: tokens.colorNeutralForeground2 },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end" },
  task: { margin: "4px 0", overflowWrap: "anywhere" },
});

/**
 * Use cases of the learner's job: see them, say "I do this too", share one. Pilot leads and Admins
 * see every job, ranked by minutes saved a month, and move statuses or promote to a draft exercise.
 */
export default function UseCasesScreen(props: {
  me: Me;
  host: Host;
  proposeFrom?: string;
  onJobChanged?: () => void;
}) {
  const { t, l } = useI18n();
  const { api } = useServices();
  const styles = useStyles();
  const u = t.useCases;
  const isLead = can(props.me, "useCases.review");
  const [useCases, setUseCases] = useState<UseCaseView[] | null>(null);
  const [jobs, setJobs] = useState<Job[]>([]);
  const [jobFilter, setJobFilter] = useState("");
  const [formOpen, setFormOpen] = useState(props.proposeFrom !== undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  const load = useCallback(async () => {
    setProblem(null);
    try {
      const [list, jobList] = await Promise.all([
        api.useCases({ sort: "rank", ...(jobFilter ? { job: jobFilter } : {}) }),
        api.jobs(),
      ]);
      setUseCases(list.useCases);
      setJobs(jobList.jobs);
    } catch (err) {
      setProblem(err);
    }
  }, [api, jobFilter]);

  useEffect(() => {
    void load();
  }, [load]);

  const replace = (updated: UseCaseView) =>
    setUseCases((current) => (current ?? []).map((c) => (c.id === updated.id ? updated : c)));
  const act = async (action: () => Promise<UseCaseView>, message?: (u: UseCaseView) => string) => {
    setProblem(null);
    setNotice(null);
    try {
      const updated = await action();
      replace(updated);
      if (message) setNotice(message(updated));
    } catch (err) {
      setProblem(err);
    }
  };
  const jobName = (id: string) => {
    const job = jobs.find((j) => j.id === id);
    return job ? l(job.label) : id;
  };

  return (
    <section className={styles.screen} aria-labelledby="use-cases-title">
      <Text as="h2" id="use-cases-title" size={500} weight="semibold" block style={{ margin: 0 }}>
        {isLead ? u.leadTitle : u.title}
      </Text>
      <Text as="p" block style={{ margin: 0 }}>
        {isLead ? u.leadIntro : u.intro}
      </Text>
      <JobPicker
        onChanged={() => {
          props.onJobChanged?.();
          void load();
        }}
      />
      {formOpen ? (
        <UseCaseForm
          host={props.host}
          {...(props.proposeFrom ? { sourceExerciseId: props.proposeFrom } : {})}
          onCancel={() => setFormOpen(false)}
          onShared={(shared) => {
            setFormOpen(false);
            setNotice(u.shared);
            setUseCases((current) => [shared, ...(current ?? []).filter((c) => c.id !== shared.id)]);
          }}
        />
      ) : (
        <div>
          <Button appearance="primary" onClick={() => setFormOpen(true)}>
            {u.propose}
          </Button>
        </div>
      )}
      {notice ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {problem ? <ProblemMessage problem={problem} onRetry={() => void load()} /> : null}
      {isLead ? (
        <Field label={u.jobFilter}>
          <Select value={jobFilter} onChange={(_e, d) => setJobFilter(d.value)}>
            <option value="">{u.allJobs}</option>
            {jobs.map((job) => (
              <option key={job.id} value={job.id}>
                {l(job.label)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {useCases === null ? (
        problem ? null : (
          <Spinner size="small" label={t.loading} />
        )
      ) : useCases.length === 0 ? (
        <Text>{u.empty}</Text>
      ) : (
        <ol className={styles.list} aria-label={isLead ? u.leadTitle : u.title}>
          {useCases.map((c) => (
            <li key={c.id}>
              <UseCaseCard
                useCase={c}
                jobName={jobName(c.job)}
                isLead={isLead}
                onVote={(worked) => void act(() => api.voteUseCase(c.id, worked))}
                onPublishPrompt={
                  can(props.me, "library.publish") && c.prompt
                    ? () =>
                        void act(async () => {
                          const published = await api.publishPrompt({ job: c.job, useCaseId: c.id });
                          setNotice(t.library.published(published.name, jobName(published.job)));
                          return c;
                        })
                    : undefined
                }
                onStatus={(status, reason) =>
                  void act(
                    () =>
                      api.patchUseCase(c.id, { status, ...(reason.trim() ? { statusReason: reason } : {}) }),
                    (updated) =>
                      updated.exerciseId && status === "promoted" ? u.promoted(updated.exerciseId) : "",
                  )
                }
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function UseCaseCard(props: {
  useCase: UseCaseView;
  jobName: string;
  isLead: boolean;
  onVote: (worked: boolean | null) => void;
  onStatus: (status: UseCaseStatus, reason: string) => void;
  /** Pilot leads: publish the use case's prompt to its job's team library. */
  onPublishPrompt?: (() => void) | undefined;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const u = t.useCases;
  const c = props.useCase;
  const moves = STATUS_MOVES[c.status];
  const [status, setStatus] = useState<UseCaseStatus | "">("");
  const [reason, setReason] = useState("");
  const headingId = `use-case-${c.id}`;
  const workedValue =
    c.myVote === null || c.myVote.worked === null ? "unsaid" : c.myVote.worked ? "yes" : "no";

  return (
    <Card className={styles.card} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" block style={{ margin: 0 }}>
        {c.title}
      </Text>
      <div className={styles.meta}>
        <Text size={200}>{props.jobName}</Text>
        <Text size={200}>{u.frequencies[c.frequency]}</Text>
        <Text size={200}>{u.reach(c.reach)}</Text>
        <Text size={200}>{u.minutesMonth(c.rank)}</Text>
        <Badge appearance="outline">{u.statuses[c.status]}</Badge>
        {c.mine ? <Badge appearance="tint">{u.mine}</Badge> : null}
      </div>
      <p className={styles.task}>{c.task}</p>
      {c.riskFlags.length > 0 ? (
        <Text size={200} block>
          {u.risksFlag(c.riskFlags.map((f) => u.flags[f]).join(", "))}
        </Text>
      ) : null}
      <Text size={200} block>
        {u.workedCount(c.workedForThem, c.didNotWork)}
      </Text>
      {props.onPublishPrompt && c.prompt ? (
        <div className={styles.row}>
          <PromptWithSlots text={c.prompt} className={styles.task} />
          <Button appearance="subtle" onClick={props.onPublishPrompt}>
            {t.library.publish}
          </Button>
        </div>
      ) : null}
      {!c.mine ? (
        <div className={styles.row}>
          {c.myVote === null ? (
            <Button onClick={() => props.onVote(null)}>{u.doThisToo}</Button>
          ) : (
            <>
              <Text size={200}>{u.iDoThis}</Text>
              <Field label={u.worked}>
                <Select
                  value={workedValue}
                  onChange={(_e, d) => props.onVote(d.value === "unsaid" ? null : d.value === "yes")}
                >
                  <option value="unsaid">{u.workedValues.unsaid}</option>
                  <option value="yes">{u.workedValues.yes}</option>
                  <option value="no">{u.workedValues.no}</option>
                </Select>
              </Field>
            </>
          )}
        </div>
      ) : null}
      {props.isLead && moves.length > 0 ? (
        <div className={styles.row}>
          <Field label={u.status}>
            <Select value={status} onChange={(_e, d) => setStatus(d.value as UseCaseStatus | "")}>
              <option value="">{u.statuses[c.status]}</option>
              {moves
                .filter((m) => m !== "promoted")
                .map((m) => (
                  <option key={m} value={m}>
                    {u.statuses[m]}
                  </option>
                ))}
            </Select>
          </Field>
          {status === "set_aside" ? (
            <Field label={u.reason} required>
              <Input value={reason} maxLength={500} onChange={(_e, d) => setReason(d.value)} />
            </Field>
          ) : null}
          <Button
            disabled={status === "" || (status === "set_aside" && reason.trim() === "")}
            onClick={() => status !== "" && props.onStatus(status, reason)}
          >
            {u.apply}
          </Button>
          {moves.includes("promoted") ? (
            <Button appearance="primary" onClick={() => props.onStatus("promoted", "")}>
              {u.promote}
            </Button>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
