import { Button } from "@fluentui/react-components";
import { lazy, Suspense, type ComponentProps, type ComponentType } from "react";
import { errorKind } from "../../api/problem";
import { useI18n } from "../../i18n/I18nProvider";
import { problemTexts } from "../../i18n/problemTexts";
import { ErrorBoundary } from "../ErrorBoundary";
import type * as Chunk from "./chunk";

/**
 * The pane's notices (problems, the attempts waiting to be sent, the information notices, a crash) without their
 * weight on the first screen: each is fetched when first shown, and all of them once the first screen is
 * settled (`prefetchNotices`). Should their code be unreachable (offline before it came), a plain notice
 * with the same words and the same action stands in.
 */
let loaded: Promise<typeof Chunk> | null = null;
function loadNotices(): Promise<typeof Chunk> {
  return (loaded ??= import(/* webpackChunkName: "notices" */ "./chunk").catch((err: unknown) => {
    loaded = null;
    throw err;
  }));
}

/** Fetches the notices' code in the background; a failure is retried when a notice is shown. */
export function prefetchNotices(): void {
  void loadNotices().catch(() => undefined);
}

function deferred<P extends object>(name: keyof typeof Chunk, Plain: ComponentType<P>): ComponentType<P> {
  const Loaded = lazy(() => loadNotices().then((m) => ({ default: m[name] as unknown as ComponentType<P> })));
  function Notice(props: P) {
    return (
      <ErrorBoundary fallback={() => <Plain {...props} />}>
        <Suspense fallback={null}>
          <Loaded {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  Notice.displayName = name;
  return Notice;
}

function PlainNotice(props: {
  role?: "alert" | "status";
  title?: string;
  text: string;
  action?: { label: string; run: () => void };
  problem?: string;
  testId?: string;
}) {
  return (
    <div style={{ display: "grid", gap: 8 }} data-problem={props.problem} data-testid={props.testId}>
      <p role={props.role} style={{ margin: 0 }}>
        {props.title ? <strong>{props.title}</strong> : null} {props.text}
      </p>
      {props.action ? (
        <div>
          <Button onClick={props.action.run}>{props.action.label}</Button>
        </div>
      ) : null}
    </div>
  );
}

function PlainProblem(props: ComponentProps<typeof Chunk.ProblemMessage>) {
  const { t } = useI18n();
  const kind = errorKind(props.problem);
  const text = problemTexts(t, kind);
  const action = props.onRetry
    ? { label: t.errors.retry, run: props.onRetry }
    : props.onDismiss
      ? { label: t.errors.dismiss, run: props.onDismiss }
      : undefined;
  return (
    <PlainNotice
      role="alert"
      title={text.message}
      text={text.next}
      problem={kind}
      {...(action ? { action } : {})}
    />
  );
}

function PlainPending(props: ComponentProps<typeof Chunk.PendingAttempts>) {
  const { t } = useI18n();
  if (props.count === 0) return null;
  return (
    <PlainNotice
      role="status"
      text={t.queue.pending(props.count)}
      action={{ label: t.queue.retry, run: props.onSend }}
      testId="pending-attempts"
    />
  );
}

function PlainInfo(props: ComponentProps<typeof Chunk.InfoNotice>) {
  return (
    <PlainNotice text={props.text} {...(props.role ? { role: props.role } : {})} testId={props.testId} />
  );
}

function PlainScreenLoadFailed(props: ComponentProps<typeof Chunk.ScreenLoadFailed>) {
  const { t } = useI18n();
  return (
    <PlainNotice
      role="alert"
      title={t.errors.screenOffline}
      text={t.errors.screenOfflineNext}
      action={{ label: t.errors.retry, run: props.onRetry }}
      testId="screen-load-failed"
    />
  );
}

function PlainCrash(props: ComponentProps<typeof Chunk.CrashNotice>) {
  const { t } = useI18n();
  return (
    <div style={{ padding: 12 }}>
      <PlainNotice
        role="alert"
        title={t.errors.crash}
        text={t.errors.unknown.next}
        action={{ label: t.errors.retry, run: props.onReset }}
      />
    </div>
  );
}

export const ProblemMessage = deferred("ProblemMessage", PlainProblem);
export const ScreenLoadFailed = deferred("ScreenLoadFailed", PlainScreenLoadFailed);
export const CrashNotice = deferred("CrashNotice", PlainCrash);
export const InfoNotice = deferred("InfoNotice", PlainInfo);
const DeferredPending = deferred("PendingAttempts", PlainPending);

/** How many attempts wait on this device; nothing (and no code fetched) while none does. */
export function PendingAttempts(props: ComponentProps<typeof Chunk.PendingAttempts>) {
  return props.count === 0 ? null : <DeferredPending {...props} />;
}
