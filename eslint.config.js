// ESLint flat config: TypeScript rules, Office add-in rules, and the layer boundaries of DESIGN.md.
"use strict";
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const prettier = require("eslint-config-prettier");

const NODE_BUILTINS =
  "^(node:.*|assert|buffer|child_process|cluster|crypto|dgram|dns|events|fs|fs/promises|http|http2|https|net|os|path|perf_hooks|process|readline|stream|stream/promises|timers|tls|url|util|v8|vm|worker_threads|zlib)$";
const layer = (regex, message) => ({ regex, message });

module.exports = tseslint.config(
  {
    ignores: ["node_modules/", "dist/", "build/", "data/", "coverage/", "test-results/", "**/*.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "no-eval": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    // Plain Node scripts and configs (CommonJS).
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        exports: "writable",
        __dirname: "readonly",
        __filename: "readonly",
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        URL: "readonly",
        fetch: "readonly",
        AbortController: "readonly",
        structuredClone: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Office.js usage rules from Microsoft's add-in plugin, where Office.js is called.
    files: ["src/office/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // core is isomorphic: it runs in the task pane and in the API.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            layer("(^|/)(office|taskpane|server|cli)(/|$)", "src/core imports nothing outside src/core."),
            layer(NODE_BUILTINS, "src/core runs in the browser too: no Node built-ins."),
            layer(
              "^(react|react-dom|@fluentui/.*|openai|fastify|kysely|pg|better-sqlite3|jose|exceljs)$",
              "src/core stays free of UI, server and I/O libraries.",
            ),
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...[
          "window",
          "document",
          "navigator",
          "localStorage",
          "indexedDB",
          "Office",
          "Word",
          "Excel",
          "process",
          "Buffer",
          "require",
        ].map((name) => ({ name, message: "src/core is isomorphic: no DOM, Node or Office globals." })),
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            layer("(^|/)(server|cli)(/|$)", "The task pane never imports the API or the CLI."),
            layer(NODE_BUILTINS, "Browser code: no Node built-ins."),
          ],
        },
      ],
      // Office.js is reached through the host adapters (src/office), never from React code.
      "no-restricted-globals": [
        "error",
        ...["Office", "Word", "Excel", "Outlook", "OfficeExtension"].map((name) => ({
          name,
          message: "Office.js belongs in src/office: call the host adapter instead.",
        })),
      ],
    },
  },
  {
    files: ["src/office/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            layer(
              "(^|/)(server|cli|taskpane)(/|$)",
              "Host adapters never import the task pane, the API or the CLI.",
            ),
            layer(NODE_BUILTINS, "Browser code: no Node built-ins."),
          ],
        },
      ],
    },
  },
  {
    // Code that runs in the task pane, where Office on Mac (Safari before 16.4) has no lookbehind.
    files: ["src/core/**/*.ts", "src/office/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Literal[regex.pattern=/\\(\\?<[=!]/]",
          message: "No regex lookbehind in code that runs in the task pane (Office on Mac lacks it).",
        },
        {
          selector:
            "NewExpression[callee.name='RegExp'] > Literal.arguments:first-child[value=/\\(\\?<[=!]/], CallExpression[callee.name='RegExp'] > Literal.arguments:first-child[value=/\\(\\?<[=!]/]",
          message: "No regex lookbehind in code that runs in the task pane (Office on Mac lacks it).",
        },
      ],
    },
  },
  {
    files: ["src/server/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            layer(
              "(^|/)(taskpane|office|cli)(/|$)",
              "The API never imports the task pane, the host adapters or the CLI.",
            ),
          ],
        },
      ],
    },
  },
  {
    files: ["test/**/*.{ts,tsx}", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  prettier,
);
