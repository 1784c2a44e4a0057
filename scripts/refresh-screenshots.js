#!/usr/bin/env node
// `npm run screenshots`: copies the README's screenshots from the last `npm run test:e2e` run
// (test-results/screenshots/) into docs/screenshots/. Run the e2e suite first; a missing shot is an error.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const FROM = path.join(ROOT, "test-results", "screenshots");
const TO = path.join(ROOT, "docs", "screenshots");

/** docs/screenshots/<name> ← test-results/screenshots/<shot>, as the e2e specs name them. */
const SHOTS = {
  "exercise-word-fr.png": "word-fr-exercise.png",
  "home-word-en.png": "word-en-home.png",
  "home-outlook-fr-dark.png": "outlook-read-fr-home-dark.png",
  "feedback-word-en.png": "word-en-feedback.png",
  "feedback-excel-fr.png": "excel-fr-feedback-folded.png",
  "prompt-too-long-word-en.png": "word-en-prompt-too-long.png",
  "personal-data-outlook-en.png": "outlook-read-en-personal-data.png",
  "progress-word-fr.png": "word-fr-progress-first-attempt.png",
  "charter-word-fr.png": "word-fr-charter.png",
  "erase-dialog-word-fr.png": "erase-dialog-word-fr.png",
  "results-word-fr.png": "word-fr-results-lead.png",
};

const missing = Object.values(SHOTS).filter((shot) => !fs.existsSync(path.join(FROM, shot)));
if (missing.length > 0) {
  console.error(`Run \`npm run test:e2e\` first: missing ${missing.join(", ")} in ${FROM}`);
  process.exit(1);
}
fs.mkdirSync(TO, { recursive: true });
for (const [name, shot] of Object.entries(SHOTS)) {
  fs.copyFileSync(path.join(FROM, shot), path.join(TO, name));
  console.log(`docs/screenshots/${name} ← test-results/screenshots/${shot}`);
}
