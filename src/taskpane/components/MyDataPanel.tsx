import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DeleteRegular, SignOutRegular } from "@fluentui/react-icons";
import { useEffect, useId, useRef, useState } from "react";
import { useExportMyData } from "../hooks/useExportMyData";
import { useI18n } from "../i18n/I18nProvider";
import { eraseMyData, signOut } from "../lib/deviceData";
import { useServices } from "../state/services";
import { ProblemMessage } from "./ProblemMessage";

const useStyles = makeStyles({
  panel: { display: "grid", gap: "8px", minWidth: 0 },
  h: { margin: 0, display: "block" },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
  text: { margin: 0 },
});

type EraseState = { status: "idle" | "busy" } | { status: "failed"; problem: unknown };

/**
 * The learner's control over their data, FR/EN: export it, erase it (server, then this device, after
 * a confirmation that says what goes and what stays), and sign out where sign-in is the pane's own.
 */
export function MyDataPanel() {
  const { t } = useI18n();
  const styles = useStyles();
  const services = useServices();
  const titleId = useId();
  const { state: exportState, exportData } = useExportMyData();
  const [confirming, setConfirming] = useState(false);
  const [erase, setErase] = useState<EraseState>({ status: "idle" });
  const [pendingOnSignOut, setPendingOnSignOut] = useState<number | null>(null);
  const signOutOffered = services.signIn !== "naa";

  const confirmErase = async () => {
    setErase({ status: "busy" });
    try {
      await eraseMyData({ api: services.api, queue: services.queue, tokens: services.tokens });
    } catch (problem) {
      setErase({ status: "failed", problem });
      return;
    }
    // The dialog closes first: leaving while it is open would leave the page hidden from assistive
    // technologies (the modal's aria-hidden outlives it). The pane starts again once it is gone.
    erased.current = true;
    setErase({ status: "idle" });
    setConfirming(false);
  };
  const erased = useRef(false);
  const leaveOnce = useRef(services.leave);
  leaveOnce.current = services.leave;
  const eraseButton = useRef<HTMLButtonElement>(null);
  const dialogGone = () => {
    // Focus back on the button that opened it (the dialog is unmounted at once, so it cannot); the
    // modal's focus trap then lets go of the page (its aria-hidden removed) before the pane moves on.
    eraseButton.current?.focus();
    if (!erased.current) return;
    erased.current = false;
    setTimeout(() => leaveOnce.current?.("erased"), 0);
  };

  const leave = async () => {
    await signOut({ queue: services.queue, tokens: services.tokens });
    services.leave?.("signedOut");
  };
  const askSignOut = async () => {
    const pending = await services.queue.pendingCount().catch(() => 0);
    if (pending > 0) setPendingOnSignOut(pending);
    else await leave();
  };

  return (
    <section className={styles.panel} aria-labelledby={titleId} data-testid="my-data">
      <Text as="h3" id={titleId} weight="semibold" size={400} className={styles.h}>
        {t.myData.title}
      </Text>
      <Text as="p" block className={styles.text}>
        {t.myData.intro}
      </Text>
      <div className={styles.actions}>
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() => void exportData()}
          disabled={exportState.status === "busy"}
        >
          {t.charterScreen.export}
        </Button>
        <Button
          ref={eraseButton}
          icon={<DeleteRegular />}
          onClick={() => {
            setErase({ status: "idle" });
            setConfirming(true);
          }}
        >
          {t.myData.erase}
        </Button>
        {signOutOffered ? (
          <Button icon={<SignOutRegular />} onClick={() => void askSignOut()}>
            {t.myData.signOut}
          </Button>
        ) : null}
      </div>
      {signOutOffered ? null : (
        <Text as="p" block size={200} className={styles.text} data-testid="sign-out-office">
          {t.myData.signOutNaa}
        </Text>
      )}
      <div role="status" aria-live="polite">
        {exportState.status === "busy" ? <Spinner size="small" label={t.charterScreen.exporting} /> : null}
        {exportState.status === "done" ? (
          <Text data-testid="export-done">{t.charterScreen.exported}</Text>
        ) : null}
      </div>
      {exportState.status === "failed" ? <ProblemMessage problem={exportState.problem} /> : null}
      {pendingOnSignOut !== null ? (
        <MessageBar intent="warning" layout="multiline" data-testid="sign-out-pending">
          <MessageBarBody>{t.myData.signOutPending(pendingOnSignOut)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void leave()}>{t.myData.signOutAnyway}</Button>
            <Button onClick={() => setPendingOnSignOut(null)}>{t.myData.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {/* Mounted only while asked: a closed Fluent dialog still adds its focus-trap sentinels to the page. */}
      {confirming ? (
        <Dialog
          open
          modalType="modal"
          // Escape and Cancel close it, except while the erasure is under way.
          onOpenChange={(_, data) => {
            if (!data.open && erase.status !== "busy") setConfirming(false);
          }}
        >
          <DialogSurface aria-describedby={`${titleId}-what`} data-testid="erase-dialog">
            <DialogBody>
              <DialogTitle>{t.myData.eraseTitle}</DialogTitle>
              <DialogContent style={{ display: "grid", gap: "8px" }}>
                <OnUnmount run={dialogGone} />
                <Text as="p" block id={`${titleId}-what`} className={styles.text}>
                  {t.myData.eraseWhat}
                </Text>
                <Text as="p" block className={styles.text}>
                  {t.myData.eraseKept}
                </Text>
                <Text as="p" block weight="semibold" className={styles.text}>
                  {t.myData.eraseNext}
                </Text>
                {erase.status === "busy" ? (
                  <div role="status">
                    <Spinner size="small" label={t.myData.erasing} />
                  </div>
                ) : null}
                {erase.status === "failed" ? (
                  <div role="alert" data-testid="erase-failed" style={{ display: "grid", gap: "6px" }}>
                    <Text weight="semibold">{t.myData.eraseFailed}</Text>
                    <ProblemMessage problem={erase.problem} />
                  </div>
                ) : null}
              </DialogContent>
              <DialogActions>
                <Button
                  appearance="primary"
                  icon={<DeleteRegular />}
                  disabledFocusable={erase.status === "busy"}
                  onClick={() => void confirmErase()}
                >
                  {t.myData.eraseConfirm}
                </Button>
                <Button disabledFocusable={erase.status === "busy"} onClick={() => setConfirming(false)}>
                  {t.myData.cancel}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
    </section>
  );
}

/** Calls `run` when it leaves the page (here: once the dialog's surface is gone). */
function OnUnmount(props: { run: () => void }) {
  const run = useRef(props.run);
  run.current = props.run;
  useEffect(() => () => run.current(), []);
  return null;
}
