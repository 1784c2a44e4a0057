#!/usr/bin/env node
// `npm run validate [-- <dir>]`: checks manifest.xml, manifest.outlook.xml and manifest.json offline.
"use strict";
const path = require("node:path");
const { validateAll } = require("./manifests");

const dir = path.resolve(process.argv[2] || path.join(__dirname, ".."));
validateAll(dir).then(
  (results) => {
    let failed = 0;
    for (const { file, errors } of results) {
      if (errors.length === 0) console.log(`✓ ${file}`);
      else {
        failed++;
        console.log(`✗ ${file}`);
        for (const e of errors) console.log(`    ${e}`);
      }
    }
    process.exitCode = failed ? 1 : 0;
  },
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
