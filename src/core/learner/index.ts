export * from "./mastery";
export * from "./level";
export * from "./streak";
export * from "./state";
