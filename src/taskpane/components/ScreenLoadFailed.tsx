import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nProvider";

/** A screen that could not be shown (its code did not load, offline): the tabs stay, the learner can retry. */
export function ScreenLoadFailed(props: { error: Error; onRetry: () => void }) {
  const { t } = useI18n();
  const offline = typeof navigator !== "undefined" && navigator.onLine === false;
  const chunk = /chunk|loading|fetch|import/i.test(`${props.error.name} ${props.error.message}`);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="screen-load-failed">
      <MessageBarBody>
        <MessageBarTitle>{offline || chunk ? t.errors.screenOffline : t.errors.crash}</MessageBarTitle>{" "}
        {offline || chunk ? t.errors.screenOfflineNext : t.errors.unknown.next}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onRetry}>{t.errors.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
