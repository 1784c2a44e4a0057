import nameData from "../../../content/privacy/names.json";
import { RE2JS, RE2JSException } from "re2js";
import { registerGuardData } from "./guardEngines";

/**
 * Loads the guard's heavy parts — the name dataset and the linear-time regex engine (about 180 KB
 * gzipped together) — and hands them to the detectors. The `src/core/privacy` entry point imports
 * this module, so whatever detects through it has them; modules that only need the policy's schema
 * or types (the pane's first screen) import `policy.ts` or `findings.ts` directly and stay light.
 */
registerGuardData({ names: nameData, regexEngine: { RE2JS, RE2JSException } });
