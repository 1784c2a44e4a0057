import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { ApiProblem, errorKind } from "../api/problem";
import { useI18n } from "../i18n/I18nProvider";
import { problemTexts } from "../i18n/problemTexts";

/** An API problem explained in the user's language, with the next step and an optional action. */
export function ProblemMessage(props: {
  problem: unknown;
  onRetry?: () => void;
  onDismiss?: () => void;
  intent?: "error" | "warning";
}) {
  const { t } = useI18n();
  const kind = errorKind(props.problem);
  const text = problemTexts(t, kind);
  const code = props.problem instanceof ApiProblem ? props.problem.code : undefined;
  const intent =
    props.intent ??
    (kind === "llm_not_configured" || kind === "quota_exceeded" || kind === "improve_quota_exceeded"
      ? "warning"
      : "error");
  return (
    <MessageBar intent={intent} layout="multiline" data-problem={kind}>
      <MessageBarBody>
        <MessageBarTitle>{text.message}</MessageBarTitle> {text.next}
        {code && code !== kind ? (
          <div style={{ opacity: 0.8, fontSize: "smaller" }}>{t.errors.code(code)}</div>
        ) : null}
      </MessageBarBody>
      {props.onRetry || props.onDismiss ? (
        <MessageBarActions>
          {props.onRetry ? <Button onClick={props.onRetry}>{t.errors.retry}</Button> : null}
          {props.onDismiss ? <Button onClick={props.onDismiss}>{t.errors.dismiss}</Button> : null}
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
