import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Localized } from "../../../core/types";
import { useI18n } from "../../i18n/I18nProvider";

/** Why the pane runs in preview although it was not asked to (office.js unreachable, outside Office…). */
export function HostNotice(props: { notice: Localized }) {
  const { l } = useI18n();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{l(props.notice)}</MessageBarBody>
    </MessageBar>
  );
}
