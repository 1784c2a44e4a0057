import path from "node:path";
import { tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { loadTheme, providerTheme, themeReady } from "../../../src/taskpane/theme";

// The build's loaders are CommonJS under scripts/.
/* eslint-disable @typescript-eslint/no-require-imports */
const { inlineTokens } = require(
  path.join(__dirname, "../../../scripts/webpack/inline-tokens-loader.js"),
) as {
  inlineTokens: (source: string) => string;
};
const { lightThemeCss } = require(path.join(__dirname, "../../../scripts/webpack/theme-css-loader.js")) as {
  lightThemeCss: () => string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

describe("design tokens written as strings at build time", () => {
  it("writes each read of Fluent UI's tokens as its value, fallbacks included", () => {
    const source = [
      'import { tokens } from "@fluentui/react-theme";',
      "const textPadding = tokens.spacingHorizontalXXS;",
      "const moz = `calc(${tokens.strokeWidthThin} + 0.25px)`;",
      "const z = tokens.zIndexPopup;",
    ].join("\n");
    const out = inlineTokens(source);
    expect(out).toContain(`const textPadding = ${JSON.stringify(tokens.spacingHorizontalXXS)};`);
    expect(out).toContain('calc(${"var(--strokeWidthThin)"} + 0.25px)');
    expect(out).toContain(`const z = ${JSON.stringify(tokens.zIndexPopup)};`);
    expect(tokens.zIndexPopup).toMatch(/^var\(--zIndexPopup, \d+\)$/);
    expect(out).not.toMatch(/tokens\.\w/);
  });

  it("rewrites the pane's own reads through @fluentui/react-components, and the tokens package's own", () => {
    expect(
      inlineTokens(
        'import { Text, tokens } from "@fluentui/react-components";\nx(tokens.colorNeutralBackground1);',
      ),
    ).toContain('x("var(--colorNeutralBackground1)");');
    expect(
      inlineTokens('import { tokens } from "../tokens.js";\nconst a = { f: tokens.fontFamilyBase };'),
    ).toContain('f: "var(--fontFamilyBase)"');
  });

  it("leaves alone unknown names, other objects' `tokens`, renamed imports and files that do not import them", () => {
    const imported = 'import { tokens } from "@fluentui/react-theme";\n';
    expect(inlineTokens(`${imported}tokens.notAToken; source.tokens.colorNeutralBackground1;`)).toBe(
      `${imported}tokens.notAToken; source.tokens.colorNeutralBackground1;`,
    );
    const renamed =
      'import { tokens as t } from "@fluentui/react-theme";\nconst tokens = make(); tokens.get();';
    expect(inlineTokens(renamed)).toBe(renamed);
    const local = "const tokens = createTokenSource(); tokens.colorNeutralBackground1;";
    expect(inlineTokens(local)).toBe(local);
  });
});

describe("the light theme, as CSS written at build time", () => {
  it("sets every variable of Fluent UI's webLightTheme on :root, with the theme's values", () => {
    const css = lightThemeCss();
    const rule = /:root \{ (.*) \}/.exec(css)?.[1] ?? "";
    const declared = Object.fromEntries(
      rule
        .split("; ")
        .filter(Boolean)
        .map((d) => {
          const at = d.indexOf(": ");
          return [d.slice(2, at), d.slice(at + 2).replace(/;$/, "")];
        }),
    );
    expect(Object.keys(declared).sort()).toEqual(Object.keys(webLightTheme).sort());
    for (const [name, value] of Object.entries(webLightTheme)) expect(declared[name]).toBe(String(value));
  });

  it("gives FluentProvider no theme for light (the stylesheet has it) and the dark one once fetched", async () => {
    expect(themeReady("light")).toBe(true);
    expect(providerTheme("light")).toBeUndefined();
    expect(themeReady("dark")).toBe(false);
    await loadTheme("dark");
    expect(themeReady("dark")).toBe(true);
    expect(providerTheme("dark")).toBe(webDarkTheme);
    expect(themeReady("highContrast")).toBe(true);
  });
});
