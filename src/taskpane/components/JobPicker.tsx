import { Field, Select, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Job } from "../../core/jobs";
import { useI18n } from "../i18n/I18nProvider";
import { useServices } from "../state/services";
import { ProblemMessage } from "./ProblemMessage";

/**
 * The learner's job: chosen at onboarding, changed later in Use cases. Saved as soon as it is picked;
 * shown read-only when the organisation's directory sets it.
 */
export function JobPicker(props: { onChanged?: (job: string | null) => void }) {
  const { t, l } = useI18n();
  const { api } = useServices();
  const [jobs, setJobs] = useState<Job[]>([]);
  const [mine, setMine] = useState<string | null>(null);
  const [fromDirectory, setFromDirectory] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api.jobs().then(
      (list) => {
        if (!live) return;
        setJobs(list.jobs);
        setMine(list.mine);
        setFromDirectory(list.fromDirectory);
      },
      (err: unknown) => live && setProblem(err),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const choose = async (job: string | null) => {
    setSaved(false);
    setProblem(null);
    try {
      await api.setJob(job);
      setMine(job);
      setSaved(true);
      props.onChanged?.(job);
    } catch (err) {
      setProblem(err);
    }
  };

  return (
    <div>
      <Field label={t.jobs.label} hint={fromDirectory ? t.jobs.fromDirectory : t.jobs.hint}>
        <Select
          value={mine ?? ""}
          disabled={fromDirectory || jobs.length === 0}
          onChange={(_e, data) => void choose(data.value === "" ? null : data.value)}
        >
          <option value="">{t.jobs.choose}</option>
          {jobs.map((job) => (
            <option key={job.id} value={job.id}>
              {l(job.label)}
            </option>
          ))}
        </Select>
      </Field>
      <Text size={200} aria-live="polite">
        {saved ? t.jobs.saved : ""}
      </Text>
      {problem ? <ProblemMessage problem={problem} /> : null}
    </div>
  );
}
