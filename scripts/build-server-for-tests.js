// Jest global setup: compiles build/ once before the test files run, when it is older than src/, so
// the tests that spawn bin/parcours.js never compile it several times at once.
"use strict";
const { buildIfStale } = require("./build-server");

module.exports = async () => {
  buildIfStale();
};
