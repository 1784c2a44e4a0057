import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { EarlyBoot } from "./boot";
// The light theme's CSS variables, generated at build time into the pane's stylesheet.
import "./theme/light.css";

/** Renders the pane into `container`, with the boot that index.tsx started. */
export function mount(container: HTMLElement, boot: EarlyBoot): void {
  // A transition: React yields while it renders the first frame, so the answers already on their way
  // are handled as they arrive instead of after the whole render.
  startTransition(() => createRoot(container).render(<App boot={boot} />));
}
