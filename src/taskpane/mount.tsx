import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { EarlyBoot } from "./boot";
// The light theme's CSS variables, generated at build time into the pane's stylesheet.
import "./theme/light.css";

/** Renders the pane into `container`, with the boot that index.tsx started. */
export function mount(container: HTMLElement, boot: EarlyBoot): void {
  const root = createRoot(container);
  const render = () => root.render(<App boot={boot} />);
  // The boot is over: its answers are all there, and the first frame (the shell with the suggestion) is
  // rendered in one go, without yielding between components.
  if (boot.settled()) render();
  // Otherwise a transition: React yields while it renders the first frame, so the answers still on their
  // way are handled as they arrive instead of after the whole render.
  else startTransition(render);
}
