import { createContext, useContext, type ReactNode } from "react";
import type { ApiClient, TokenSource } from "../api/client";
import type { SignInMethod } from "../auth/tokenSource";
import type { AttemptQueue } from "../queue/attemptQueue";
import type { PaneHost } from "./host";

/** Long-lived things the screens use: the host session, the API client and the attempt queue. */
export interface Services {
  host: PaneHost;
  api: ApiClient;
  queue: AttemptQueue;
  signIn: SignInMethod;
  /** Where the API token comes from; sign-out drops the one kept in memory. */
  tokens?: TokenSource;
  /**
   * Leaves this learner's session: after their data was erased (the pane starts again, on
   * onboarding) or after signing out. Given by the pane's root.
   */
  leave?: (reason: "erased" | "signedOut") => void;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider(props: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices must be used inside <ServicesProvider>");
  return services;
}
