/**
 * Builds the reference task pane (bench/template-ref) with Parcours' own production webpack settings
 * (same swc-loader options, targets, minifier and vendor split): only the entry, the page and the
 * copied logo differ. Used by bench/pane.bench.ts; never part of the add-in.
 */
"use strict";

const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const paneConfig = require("../../webpack.config.js");

module.exports = async (env, argv) => {
  const config = await paneConfig(env, argv);
  config.entry = { taskpane: path.join(__dirname, "index.tsx") };
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
