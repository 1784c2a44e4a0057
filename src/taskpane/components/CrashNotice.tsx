import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nProvider";

/** What the error boundary shows instead of a blank pane. */
export function CrashNotice(props: { error: Error; onReset: () => void }) {
  const { t } = useI18n();
  return (
    <div style={{ padding: 12, display: "grid", gap: 8 }} role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.errors.crash}</MessageBarTitle> {t.errors.unknown.next}
        </MessageBarBody>
      </MessageBar>
      <div style={{ display: "flex", gap: 8 }}>
        <Button appearance="primary" onClick={props.onReset}>
          {t.errors.retry}
        </Button>
        <Button onClick={() => location.reload()}>{t.errors.reload}</Button>
      </div>
    </div>
  );
}
