import type { ApiClient } from "./client";
import { createTransport, firstScreenMethods, networkProblem, type ApiClientOptions } from "./transport";

/** The client's methods the first screen does not call: their code comes with the rest of the client. */
const LATER = [
  "acceptCharter",
  "exercises",
  "recordAttempt",
  "attempts",
  "exportMyData",
  "eraseMyData",
  "jobs",
  "setJob",
  "useCases",
  "proposeUseCase",
  "voteUseCase",
  "patchUseCase",
  "savedPrompts",
  "savePrompt",
  "deleteSavedPrompt",
  "teamPrompts",
  "publishPrompt",
  "unpublishPrompt",
  "feedback",
  "recordRealWorkUse",
  "results",
  "bilan",
  "pulse",
  "answerPulse",
  "resultsWorkbook",
  "privacyPolicy",
  "chat",
  "improve",
] as const satisfies readonly (keyof ApiClient)[];

type Later = (typeof LATER)[number];
type FirstScreen = keyof ReturnType<typeof firstScreenMethods>;
// Every method of the client is either the first screen's or a later one (checked at compile time).
const everyMethod: [Exclude<keyof ApiClient, Later | FirstScreen>] extends [never] ? true : false = true;
void everyMethod;

/**
 * The pane's API client: the profile and the suggestion are asked for with the entry's code; every other
 * method fetches the rest of the client (`api-client`) the first time one is called, after the first
 * screen is up, and then calls it. Same token source, same errors: a client that cannot load is the server
 * out of reach (an ApiProblem "network"), and the next call fetches it again.
 */
export function createPaneApiClient(options: ApiClientOptions): ApiClient {
  let full: Promise<ApiClient> | null = null;
  const rest = () =>
    (full ??= import(/* webpackChunkName: "api-client" */ "./client").then(
      (m) => m.createApiClient(options),
      (err: unknown) => {
        full = null;
        throw networkProblem(err);
      },
    ));
  const client: Record<string, unknown> = { ...firstScreenMethods(createTransport(options)) };
  for (const name of LATER) {
    client[name] = (...args: unknown[]) =>
      rest().then((c) => (c[name] as (...a: unknown[]) => Promise<unknown>)(...args));
  }
  return client as ApiClient;
}

/** Fetches the rest of the client ahead of use (the pane prefetches it with the screens, for offline). */
export function prefetchApiClient(): Promise<unknown> {
  return import(/* webpackChunkName: "api-client" */ "./client");
}
