import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
} from "@fluentui/react-components";
// Named icon imports only: each icon is its own small module.
import {
  ArrowReplyRegular,
  CopyRegular,
  DocumentAddRegular,
  MathFormulaRegular,
  TableRegular,
  TextEditStyleRegular,
} from "@fluentui/react-icons";
import { useId, type ReactElement } from "react";
import type { RealWorkKind } from "../../../core/realwork/kinds";
import { HOST_WRITE_ERROR_MESSAGES, isHostWriteError } from "../../../office/write-errors";
import { useInsert } from "../../hooks/useInsert";
import { useI18n } from "../../i18n/I18nProvider";
import { useServices } from "../../state/services";
import { PreviewDocument } from "./PreviewDocument";

const useStyles = makeStyles({
  box: { display: "grid", gap: "8px", minWidth: 0 },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
});

const ICONS: Record<RealWorkKind, ReactElement> = {
  insert: <DocumentAddRegular />,
  replace: <TextEditStyleRegular />,
  reply: <ArrowReplyRegular />,
  table: <TableRegular />,
  values: <TableRegular />,
  formula: <MathFormulaRegular />,
  copy: <CopyRegular />,
};

/**
 * After Run: the ways to put the answer into real work that this host allows (Word: insert, replace;
 * Outlook: insert when writing, reply when reading; Excel: table, values or formula by the answer's
 * shape; copy everywhere), with the confirmation, the result and, in preview, the simulated document.
 */
export function InsertActions(props: { answer: string; streaming: boolean; exerciseId: string }) {
  const { t, l, lang } = useI18n();
  const styles = useStyles();
  const { host } = useServices();
  const insert = useInsert({ answer: props.answer, exerciseId: props.exerciseId, lang });
  const { state } = insert;
  const waitId = useId();
  if (props.answer.trim() === "" || insert.kinds.length === 0) return null;
  const busy = props.streaming || state.status === "working" || state.status === "confirm";

  return (
    <div className={styles.box} data-testid="insert-actions">
      <div
        className={styles.actions}
        role="group"
        aria-label={t.realWork.label}
        aria-describedby={props.streaming ? waitId : undefined}
      >
        {insert.kinds.map((kind) => (
          <Button
            key={kind}
            appearance={kind === "copy" ? "subtle" : "secondary"}
            icon={ICONS[kind]}
            disabledFocusable={busy}
            onClick={() => insert.write(kind)}
            data-kind={kind}
          >
            {t.realWork[kind]}
          </Button>
        ))}
      </div>
      {props.streaming ? (
        <Text size={200} id={waitId}>
          {t.realWork.streaming}
        </Text>
      ) : null}
      {state.status === "confirm" ? (
        <MessageBar intent="warning" layout="multiline" data-testid="insert-confirm">
          <MessageBarBody>
            {state.reason === "formula"
              ? t.realWork.confirmFormula(state.address, state.formula ?? "")
              : t.realWork.confirmOverwrite(state.address)}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={insert.confirm}>
              {t.realWork.confirm}
            </Button>
            <Button onClick={insert.cancel}>{t.realWork.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {state.status === "done" ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody role="status" data-testid="insert-done">
            {t.realWork.done[state.kind]}
            {state.address ? t.realWork.at(state.address) : ""}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === "failed" ? (
        <MessageBar intent="error" layout="multiline" data-testid="insert-failed">
          <MessageBarBody role="alert">
            {state.kind === "copy"
              ? t.realWork.copyFailed
              : l(
                  isHostWriteError(state.error)
                    ? state.error.localized
                    : HOST_WRITE_ERROR_MESSAGES.host_write_failed,
                )}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => insert.write(state.kind)}>{t.errors.retry}</Button>
            {state.kind !== "copy" && insert.kinds.includes("copy") ? (
              <Button onClick={() => insert.write("copy")}>{t.realWork.copy}</Button>
            ) : null}
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {/* In preview, the simulated document shows what this answer's insertion did. */}
      {host.preview && state.status === "done" && state.kind !== "copy" ? (
        <PreviewDocument preview={host.preview} />
      ) : null}
    </div>
  );
}
