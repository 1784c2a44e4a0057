import { initHost } from "../../office/connect";
import type { HostSession, PreviewSession } from "../../office";
import type { PaneHost, PreviewControls } from "./host";

/** Connects to Office, or to the preview host in a plain browser (src/office decides which). */
export async function connectHost(): Promise<PaneHost> {
  const session = await initHost();
  // In the chunk initHost has just fetched for the preview: no extra request, and none at all in Office.
  const preview = session.isPreview
    ? (await import(/* webpackChunkName: "preview-host" */ "./previewControls")).previewControls(
        session as PreviewSession,
      )
    : undefined;
  return paneHost(session, preview);
}

/** The session seen through the pane's needs; host and mode stay live (the preview can switch sample). */
function paneHost(session: HostSession, preview: PreviewControls | undefined): PaneHost {
  return {
    get host() {
      return session.host;
    },
    get mode() {
      return session.mode;
    },
    isPreview: session.isPreview,
    displayLanguage: session.displayLanguage,
    theme: session.theme
      ? {
          isDarkTheme: session.theme.isDark,
          bodyBackgroundColor: session.theme.bodyBackgroundColor,
          highContrast: session.theme.highContrast,
        }
      : null,
    notice: session.notice,
    readContext: () => session.readContext(),
    writeAnswer: session.writeAnswer ? (request) => session.writeAnswer!(request) : undefined,
    onContextChanged: session.onContextChanged
      ? (listener) => session.onContextChanged!(listener)
      : undefined,
    preview,
  };
}
