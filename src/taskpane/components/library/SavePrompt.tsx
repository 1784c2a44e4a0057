import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { BookmarkAddRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import {
  PROMPT_LIBRARY_LIMITS,
  type SavedPromptSource,
  type SavedPromptView,
} from "../../../core/api/prompts";
import type { Exercise } from "../../../core/catalog/schema";
import type { Host } from "../../../core/types";
import { ApiProblem } from "../../api/problem";
import { useI18n } from "../../i18n/I18nProvider";
import { useServices } from "../../state/services";
import { ProblemMessage } from "../ProblemMessage";

const useStyles = makeStyles({
  form: {
    display: "grid",
    gap: "8px",
    padding: "8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  h: { margin: 0, fontSize: tokens.fontSizeBase300 },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
});

type SaveState =
  | { status: "idle" }
  | { status: "saving" }
  | { status: "saved"; saved: SavedPromptView }
  | { status: "failed"; problem: unknown };

/** The name a saved prompt starts with: the exercise's title, marked when it is the better version. */
function defaultName(title: string, which: SavedPromptSource, suffix: string): string {
  const name = which === "better_version" ? `${title} (${suffix})` : title;
  return name.slice(0, PROMPT_LIBRARY_LIMITS.name);
}

/**
 * "Save this prompt": keeps the learner's prompt, or the better version the feedback offered, in their
 * library under a name they can change.
 */
export function SavePrompt(props: {
  exercise: Exercise;
  host: Host;
  prompt: string;
  betterVersion?: string;
}) {
  const { t, l } = useI18n();
  const { api } = useServices();
  const styles = useStyles();
  const m = t.library;
  const titleId = useId();
  const title = l(props.exercise.title);
  const [open, setOpen] = useState(false);
  const [which, setWhich] = useState<SavedPromptSource>("mine");
  const [name, setName] = useState(() => defaultName(title, "mine", m.betterSuffix));
  const [nameEdited, setNameEdited] = useState(false);
  const [state, setState] = useState<SaveState>({ status: "idle" });
  const better = props.betterVersion?.trim() && props.betterVersion.trim() !== props.prompt.trim();
  const text = which === "better_version" && better ? props.betterVersion! : props.prompt;

  const choose = (next: SavedPromptSource) => {
    setWhich(next);
    if (!nameEdited) setName(defaultName(title, next, m.betterSuffix));
    setState({ status: "idle" });
  };

  const save = async () => {
    if (!name.trim() || !text.trim()) return;
    setState({ status: "saving" });
    try {
      const saved = await api.savePrompt({
        name: name.trim(),
        text,
        host: props.host,
        exerciseId: props.exercise.id,
        source: which,
      });
      setState({ status: "saved", saved });
    } catch (problem) {
      setState({ status: "failed", problem });
    }
  };

  if (!open) {
    return (
      <div>
        <Button icon={<BookmarkAddRegular />} onClick={() => setOpen(true)}>
          {m.save}
        </Button>
      </div>
    );
  }

  return (
    <section className={styles.form} aria-labelledby={titleId} data-testid="save-prompt">
      <h3 id={titleId} className={styles.h}>
        {m.saveTitle}
      </h3>
      {better ? (
        <Field label={m.which}>
          <RadioGroup value={which} onChange={(_e, data) => choose(data.value as SavedPromptSource)}>
            <Radio value="mine" label={m.whichMine} />
            <Radio value="better_version" label={m.whichBetter} />
          </RadioGroup>
        </Field>
      ) : null}
      <Field label={m.name} hint={m.nameHint} required>
        <Input
          value={name}
          maxLength={PROMPT_LIBRARY_LIMITS.name}
          onChange={(_e, data) => {
            setName(data.value);
            setNameEdited(true);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") void save();
          }}
          // The form opens on the learner's request: the name is what they came to check.
          autoFocus
        />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => void save()}
          disabledFocusable={!name.trim() || state.status === "saving"}
        >
          {m.saveConfirm}
        </Button>
        <Button appearance="subtle" onClick={() => setOpen(false)}>
          {m.cancel}
        </Button>
      </div>
      {state.status === "saving" ? <Spinner size="tiny" label={m.saving} labelPosition="after" /> : null}
      {state.status === "saved" ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody role="status">{m.saved(state.saved.name)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === "failed" ? (
        state.problem instanceof ApiProblem && state.problem.code === "prompt_library_full" ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody role="alert">{m.full(PROMPT_LIBRARY_LIMITS.savedPerLearner)}</MessageBarBody>
          </MessageBar>
        ) : (
          <ProblemMessage problem={state.problem} onRetry={() => void save()} />
        )
      ) : null}
    </section>
  );
}
