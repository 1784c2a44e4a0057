import type { Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark" | "highContrast";

/** What Office tells about its theme (Office.context.officeTheme), when running inside Office. */
export interface HostThemeHint {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
  /** The host (or the OS) asks for high contrast. */
  highContrast?: boolean;
}

/**
 * Follows Office: forced colors (Windows high contrast) first, then the host's dark/light theme,
 * else the browser's preference (preview host).
 */
export function themeName(
  hint: HostThemeHint | null | undefined,
  media: (query: string) => boolean = browserMedia,
): ThemeName {
  if (hint?.highContrast || media("(forced-colors: active)")) return "highContrast";
  if (hint?.isDarkTheme !== undefined) return hint.isDarkTheme ? "dark" : "light";
  if (hint?.bodyBackgroundColor) return isDark(hint.bodyBackgroundColor) ? "dark" : "light";
  return media("(prefers-color-scheme: dark)") ? "dark" : "light";
}

/**
 * The dark and high-contrast themes, once fetched. The light one is not a JavaScript object: its CSS
 * variables are in the stylesheet, written at build time from Fluent UI's webLightTheme (theme/light.css),
 * so FluentProvider is given no theme for it.
 */
const OTHER_THEMES: Partial<Record<Exclude<ThemeName, "light">, Theme>> = {};

/** Whether the theme can be shown now (light always can). */
export function themeReady(name: ThemeName): boolean {
  return name === "light" || OTHER_THEMES[name] !== undefined;
}

/** What FluentProvider is given for a theme that is ready: nothing for the light one (see above). */
export function providerTheme(name: ThemeName): Theme | undefined {
  return name === "light" ? undefined : OTHER_THEMES[name];
}

/** Makes the theme ready, fetching the dark and high-contrast ones on first use. */
export async function loadTheme(name: ThemeName): Promise<void> {
  if (themeReady(name)) return;
  const loaded = await import(/* webpackChunkName: "themes" */ "./themes");
  Object.assign(OTHER_THEMES, loaded.OTHER_THEMES);
}

function browserMedia(query: string): boolean {
  return typeof matchMedia === "function" && matchMedia(query).matches;
}

/** Relative luminance below the midpoint → dark background. */
export function isDark(color: string): boolean {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
