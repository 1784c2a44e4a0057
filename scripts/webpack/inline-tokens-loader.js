/**
 * Webpack loader: writes Fluent UI's design tokens (`tokens.colorNeutralBackground1`, which is only the
 * string "var(--colorNeutralBackground1)") as that string where the code reads them.
 *
 * Fluent UI's components ship their styles precompiled, but their style modules still read `tokens` at
 * the top level (e.g. `const textPadding = tokens.spacingHorizontalXXS`, left over from the styles' source
 * and never used once precompiled). Webpack cannot tell such a property read has no effect, so the whole
 * `tokens` object (467 strings, ~30 KB) shipped with the first screen. With the reads written as strings,
 * nothing imports `tokens` any more and it leaves the bundle. The values are Fluent UI's own, read from the
 * installed package; a name it does not know is left as it is.
 *
 * Only files that import `tokens` from Fluent UI (or @fluentui/tokens' own modules) are rewritten, and only
 * reads of that exact binding (`tokens.<name>`, not `x.tokens.<name>` nor a renamed import).
 */
"use strict";

const { tokens } = require("@fluentui/tokens");

const IMPORTS_TOKENS =
  /import\s*\{[^}]*\btokens\b(?!\s+as\b)[^}]*\}\s*from\s*["'](?:@fluentui\/(?:react-components|react-theme|tokens)|\.{1,2}\/(?:\.\.\/)*tokens(?:\.js)?)["']/;
const READ = /(?<![\w$.])tokens\.([A-Za-z_$][\w$]*)(?![\w$])/g;

/** The source with every known `tokens.<name>` read written as its string value. */
function inlineTokens(source) {
  if (!IMPORTS_TOKENS.test(source)) return source;
  return source.replace(READ, (read, name) =>
    Object.prototype.hasOwnProperty.call(tokens, name) ? JSON.stringify(tokens[name]) : read,
  );
}

module.exports = function inlineTokensLoader(source, map) {
  this.callback(null, inlineTokens(String(source)), map);
};
module.exports.inlineTokens = inlineTokens;
