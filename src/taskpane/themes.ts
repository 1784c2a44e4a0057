import { teamsHighContrastTheme, webDarkTheme } from "@fluentui/react-components";

/** The themes the pane opens in less often: a chunk of their own, fetched only when needed. */
export const OTHER_THEMES = { dark: webDarkTheme, highContrast: teamsHighContrastTheme };
