/** Request and response shapes of the tenant API, shared by the server and the task pane. */
export * from "./problem";
export * from "./health";
export * from "./me";
export * from "./attempts";
export * from "./admin";
export * from "./dev";
export * from "./xapi";
export * from "./llm";
export * from "./improve";
export * from "./jobs";
export * from "./use-cases";
export * from "./feedback";
export * from "./real-work";
export * from "./prompts";
