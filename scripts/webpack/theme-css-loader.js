/**
 * Webpack loader for src/taskpane/theme/light.css: replaces the file's content with Fluent UI's light
 * theme (`webLightTheme`) written as CSS variables on `:root`, by Fluent UI's own `createCSSRuleFromTheme`
 * (what FluentProvider would otherwise compute and insert in the browser). The first screen then ships
 * neither the theme object nor the work of turning it into CSS; FluentProvider gets no theme for the light
 * one, and the dark and high-contrast themes, given to it when Office asks for them, override these
 * variables on the pane's root element and its portals.
 */
"use strict";

const { createCSSRuleFromTheme } = require("@fluentui/react-provider");
const { webLightTheme } = require("@fluentui/react-theme");

function lightThemeCss() {
  return `/* Fluent UI webLightTheme, written at build time (scripts/webpack/theme-css-loader.js). */\n${createCSSRuleFromTheme(":root", webLightTheme)}\n`;
}

module.exports = function themeCssLoader() {
  return lightThemeCss();
};
module.exports.lightThemeCss = lightThemeCss;
