/** Unit and integration tests (end-to-end tests run with `npm run test:e2e`). */
const swc = {
  jsc: {
    parser: { syntax: "typescript", tsx: true },
    transform: { react: { runtime: "automatic" } },
    target: "es2022",
  },
  module: { type: "commonjs" },
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: { "^.+\\.(t|j|mj)sx?$": ["@swc/jest", swc] },
  // ESM-only dependencies are transformed to CommonJS for Jest's module system.
  transformIgnorePatterns: [
    "/node_modules/(?!(jose|kysely|node-fetch|data-uri-to-buffer|fetch-blob|formdata-polyfill|strip-bom|content-disposition|cookie)/)",
  ],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
  testTimeout: 30000,
  // Tests that run `node bin/parcours.js` use the compiled build, as users do: made fresh once here.
  globalSetup: "<rootDir>/scripts/build-server-for-tests.js",
};
