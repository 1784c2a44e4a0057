import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { RealWorkKind } from "../../core/realwork/kinds";
import { answerToPlainText } from "../../core/realwork/markup";
import { writeKindsFor } from "../../core/realwork/shape";
import type { Lang } from "../../core/types";
import type { WriteKind, WriteOutcome } from "../../office";
import { copyText } from "../lib/clipboard";
import { newAttemptId } from "../lib/text";
import type { ApiClient } from "../api/client";
import { createRealWorkReporter, type RealWorkReporter } from "../queue/realWorkReports";
import { useServices } from "../state/services";

// One reporter per API client, for the pane's life: what could not be sent goes with the next report.
const reporters = new WeakMap<ApiClient, RealWorkReporter>();
function reporterFor(api: ApiClient): RealWorkReporter {
  let reporter = reporters.get(api);
  if (!reporter) reporters.set(api, (reporter = createRealWorkReporter((use) => api.recordRealWorkUse(use))));
  return reporter;
}

export type InsertState =
  | { status: "idle" }
  | { status: "working"; kind: RealWorkKind }
  | (Extract<WriteOutcome, { status: "confirm" }> & { status: "confirm" })
  | { status: "done"; kind: RealWorkKind; address?: string }
  | { status: "failed"; kind: RealWorkKind; error: unknown };

/**
 * Puts the answer into the user's work through the host adapters (or the clipboard), asks first when a
 * write could destroy something, and reports each use to the API — a count, never the text. The report
 * is best effort: a learner never sees it fail.
 *
 * `answer` must be the restored answer (real names back), never the model's text with placeholders.
 */
export function useInsert(props: { answer: string; exerciseId: string; lang: Lang }) {
  const { host, api } = useServices();
  const { answer, exerciseId, lang } = props;
  const [state, setState] = useState<InsertState>({ status: "idle" });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);

  const kinds = useMemo(
    () =>
      writeKindsFor(host.host, host.mode, answer).filter(
        (k) => k === "copy" || host.writeAnswer !== undefined,
      ),
    [host, answer],
  );

  // A new answer is a new start: nothing confirmed, nothing reported for it yet.
  useEffect(() => {
    setState({ status: "idle" });
  }, [answer]);

  const report = useCallback(
    (kind: RealWorkKind) => {
      reporterFor(api).report({ clientId: newAttemptId(), kind, host: host.host, exerciseId });
    },
    [api, host, exerciseId],
  );

  const settle = (next: InsertState) => {
    if (mounted.current) setState(next);
  };

  const write = useCallback(
    async (kind: RealWorkKind, confirmed = false) => {
      setState({ status: "working", kind });
      try {
        if (kind === "copy") {
          await copyText(answerToPlainText(answer));
          report("copy");
          settle({ status: "done", kind });
          return;
        }
        if (!host.writeAnswer) throw new Error("this host cannot write");
        const outcome = await host.writeAnswer({ kind: kind as WriteKind, answer, lang, confirmed });
        if (outcome.status === "confirm") {
          settle(outcome);
          return;
        }
        report(kind);
        settle({ status: "done", kind, address: outcome.address });
      } catch (error) {
        settle({ status: "failed", kind, error });
      }
    },
    [answer, host, lang, report],
  );

  return {
    kinds,
    state,
    write: (kind: RealWorkKind) => void write(kind),
    confirm: () => {
      if (state.status === "confirm") void write(state.kind, true);
    },
    cancel: () => setState({ status: "idle" }),
  };
}
