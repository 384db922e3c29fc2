/** The Fluent theme: Office's own when the pane runs in Office (dark when Office's background is dark), the
 * web light theme otherwise. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance of an #RRGGBB colour, 0 (black) to 1 (white); null when it cannot be read. */
export function luminance(hex: string | undefined | null): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec((hex ?? "").trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function themeFor(officeBackground: string | undefined | null): Theme {
  const l = luminance(officeBackground);
  return l !== null && l < 0.35 ? webDarkTheme : webLightTheme;
}
