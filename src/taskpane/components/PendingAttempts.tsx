import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nProvider";

/** How many attempts are waiting on this device, with a way to send them now. */
export function PendingAttempts(props: { count: number; onSend: () => void }) {
  const { t } = useI18n();
  if (props.count === 0) return null;
  return (
    <MessageBar intent="info" data-testid="pending-attempts">
      <MessageBarBody role="status">{t.queue.pending(props.count)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={props.onSend}>
          {t.queue.retry}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
