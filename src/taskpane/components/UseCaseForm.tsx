import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Text,
  Textarea,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  DATA_INVOLVED,
  RISK_TAGS,
  USE_CASE_FREQUENCIES,
  USE_CASE_LIMITS,
  type DataInvolved,
  type RiskTag,
  type UseCaseFrequency,
  type UseCaseView,
} from "../../core/api/use-cases";
import { HOSTS, type Host } from "../../core/types";
import { useI18n } from "../i18n/I18nProvider";
import { useServices } from "../state/services";
import { ProblemMessage } from "./ProblemMessage";

const useStyles = makeStyles({
  form: { display: "grid", gap: "8px", minWidth: 0 },
  tags: { display: "flex", flexWrap: "wrap", columnGap: "8px" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
});

const HOST_NAMES: Record<Host, string> = { word: "Word", outlook: "Outlook", excel: "Excel" };

/** "I used AI for this": a use case to share with colleagues of the same job. */
export function UseCaseForm(props: {
  host: Host;
  sourceExerciseId?: string;
  onShared: (useCase: UseCaseView) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const { api } = useServices();
  const styles = useStyles();
  const u = t.useCases;
  const [title, setTitle] = useState("");
  const [task, setTask] = useState("");
  const [host, setHost] = useState<string>(props.host);
  const [frequency, setFrequency] = useState<UseCaseFrequency>("weekly");
  const [minutes, setMinutes] = useState("10");
  const [data, setData] = useState<DataInvolved>("internal");
  const [risks, setRisks] = useState<RiskTag[]>([]);
  const [riskText, setRiskText] = useState("");
  const [prompt, setPrompt] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  const submit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const shared = await api.proposeUseCase({
        title,
        task,
        host: host as Host | "other",
        frequency,
        minutesSaved: Math.max(0, Math.min(USE_CASE_LIMITS.minutesSaved, Math.round(Number(minutes) || 0))),
        dataInvolved: data,
        riskTags: risks,
        lang,
        ...(riskText.trim() ? { riskText } : {}),
        ...(prompt.trim() ? { prompt } : {}),
        ...(props.sourceExerciseId ? { sourceExerciseId: props.sourceExerciseId } : {}),
      });
      props.onShared(shared);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby="use-case-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Text as="h3" id="use-case-form-title" weight="semibold" block style={{ margin: 0 }}>
        {u.formTitle}
      </Text>
      <Text size={200}>{u.noPersonalData}</Text>
      <Field label={u.titleField} required>
        <Input value={title} maxLength={USE_CASE_LIMITS.title} onChange={(_e, d) => setTitle(d.value)} />
      </Field>
      <Field label={u.task} required>
        <Textarea value={task} maxLength={USE_CASE_LIMITS.task} onChange={(_e, d) => setTask(d.value)} />
      </Field>
      <Field label={u.host}>
        <Select value={host} onChange={(_e, d) => setHost(d.value)}>
          {HOSTS.map((h) => (
            <option key={h} value={h}>
              {HOST_NAMES[h]}
            </option>
          ))}
          <option value="other">{u.hostOther}</option>
        </Select>
      </Field>
      <Field label={u.frequency}>
        <Select value={frequency} onChange={(_e, d) => setFrequency(d.value as UseCaseFrequency)}>
          {USE_CASE_FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {u.frequencies[f]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={u.minutes}>
        <Input
          type="number"
          min={0}
          max={USE_CASE_LIMITS.minutesSaved}
          value={minutes}
          onChange={(_e, d) => setMinutes(d.value)}
        />
      </Field>
      <Field label={u.data}>
        <Select value={data} onChange={(_e, d) => setData(d.value as DataInvolved)}>
          {DATA_INVOLVED.map((kind) => (
            <option key={kind} value={kind}>
              {u.dataKinds[kind]}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <legend>{u.risks}</legend>
        <div className={styles.tags}>
          {RISK_TAGS.map((tag) => (
            <Checkbox
              key={tag}
              label={u.riskTags[tag]}
              checked={risks.includes(tag)}
              onChange={(_e, d) =>
                setRisks((current) => (d.checked ? [...current, tag] : current.filter((r) => r !== tag)))
              }
            />
          ))}
        </div>
      </fieldset>
      <Field label={u.riskText}>
        <Textarea
          value={riskText}
          maxLength={USE_CASE_LIMITS.riskText}
          onChange={(_e, d) => setRiskText(d.value)}
        />
      </Field>
      <Field label={u.prompt}>
        <Textarea
          value={prompt}
          maxLength={USE_CASE_LIMITS.prompt}
          onChange={(_e, d) => setPrompt(d.value)}
        />
      </Field>
      {problem ? <ProblemMessage problem={problem} /> : null}
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabled={busy || title.trim().length < 3 || task.trim().length < 10}
        >
          {u.submit}
        </Button>
        <Button type="button" onClick={props.onCancel}>
          {u.cancel}
        </Button>
      </div>
    </form>
  );
}
