/**
 * Builds the reference task pane (bench/template-ref) with Parcours' own production webpack settings
 * (same swc-loader options, targets, minifier and vendor split): only the entry, the page and the
 * copied logo differ, and the pane's build-time style extraction is left out (the template has none). Used by bench/pane.bench.ts; never part of the add-in.
 */
"use strict";

const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const paneConfig = require("../../webpack.config.js");

module.exports = async (env, argv) => {
  const config = await paneConfig(env, argv);
  config.entry = { taskpane: path.join(__dirname, "index.tsx") };
  // The template computes and inserts its styles at runtime: no build-time extraction, swc alone.
  const typescript = config.module.rules.find((rule) =>
    [rule.use].flat().some((u) => u.loader === "swc-loader"),
  );
  config.module.rules = [
    { ...typescript, use: [typescript.use].flat().filter((u) => u.loader === "swc-loader") },
  ];
  config.plugins = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: path.join(__dirname, "taskpane.html"),
      chunks: ["taskpane"],
      scriptLoading: "defer",
    }),
    new CopyWebpackPlugin({
      patterns: [{ from: path.join(__dirname, "../../assets/icon-80.png"), to: "assets/logo.png" }],
    }),
  ];
  return config;
};
