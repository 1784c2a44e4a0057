import assert from "node:assert/strict";
import { acceptCharter, checkAccessibility, freshUser, screenshot, type Spec } from "../support";

/** The preview host takes `&theme=dark|contrast`, as Office would report its theme. */
function themeSpec(theme: "dark" | "contrast", lang: "fr" | "en"): Spec {
  return {
    name: `the ${theme} theme follows the host and passes axe (${lang})`,
    async run(ctx) {
      const context = await ctx.browser.newContext({
        locale: lang === "fr" ? "fr-FR" : "en-US",
        viewport: { width: 320, height: 900 },
      });
      try {
        const page = await context.newPage();
        const user = freshUser(`theme-${theme}`);
        await page.goto(
          `${ctx.baseURL}/taskpane.html?host=outlook-read&lang=${lang}&theme=${theme}&user=${user}`,
        );
        await acceptCharter(page, lang);
        const background = await page.evaluate(() => {
          const provider = document.querySelector(".fui-FluentProvider") as HTMLElement | null;
          return provider ? getComputedStyle(provider).backgroundColor : "";
        });
        const [r, g, b] = (background.match(/\d+/g) ?? ["255", "255", "255"]).map(Number) as [
          number,
          number,
          number,
        ];
        assert.ok(r + g + b < 200, `a dark background (${background})`);
        // 320 px is the narrowest task pane: nothing may scroll sideways.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 0, `no horizontal scroll at 320 px (${overflow} px)`);
        await checkAccessibility(page, `${theme} home`);
        await screenshot(ctx, page, `outlook-read-${lang}-home-${theme}`);
      } finally {
        await context.close();
      }
    },
  };
}

export const specs: Spec[] = [themeSpec("dark", "fr"), themeSpec("contrast", "en")];
