import { webLightTheme, type Theme } from "@fluentui/react-components";

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

const THEMES: Partial<Record<ThemeName, Theme>> = { light: webLightTheme };

/** The theme if it is already here (light always is). */
export function loadedTheme(name: ThemeName): Theme | undefined {
  return THEMES[name];
}

/** The theme, fetching the dark and high-contrast ones on first use. */
export async function loadTheme(name: ThemeName): Promise<Theme> {
  const here = THEMES[name];
  if (here) return here;
  const { OTHER_THEMES } = await import(/* webpackChunkName: "themes" */ "./themes");
  Object.assign(THEMES, OTHER_THEMES);
  return OTHER_THEMES[name as keyof typeof OTHER_THEMES];
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
