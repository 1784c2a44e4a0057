import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/**
 * Something the learner should know, not a problem: why the pane runs in preview although it was not asked
 * to, or which exercise a library prompt opened instead of the one that was open.
 */
export function InfoNotice(props: { text: string; role?: "status"; testId?: string }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody role={props.role} data-testid={props.testId}>
        {props.text}
      </MessageBarBody>
    </MessageBar>
  );
}
