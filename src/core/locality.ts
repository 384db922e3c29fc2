/**
 * Names that follow the locality (spec/criteria.md §6 `locality.kind`, `locality.name`): after the 2025 merger the
 * department may sit in a centrally-run city, whose titles read "Chiến sĩ thi đua thành phố" and "Bằng khen của Chủ
 * tịch UBND thành phố Cần Thơ"; a province keeps "cấp tỉnh" and "UBND tỉnh …".
 * Templates that name these bodies take the parameters below, so one catalogue entry serves both kinds.
 */
import type { Settings } from "./settings";

export interface LocalityParams extends Record<string, string> {
  /** "thành phố" | "cấp tỉnh" (after "Chiến sĩ thi đua") */
  levelVi: string;
  levelEn: string;
  /** "UBND thành phố Cần Thơ" | "UBND tỉnh Bắc Ninh" */
  ubndVi: string;
  ubndEn: string;
  /** "UBND THÀNH PHỐ CẦN THƠ" for the header block */
  ubndUpper: string;
}

export function localityParams(
  settings: Pick<Settings, "locality.kind" | "locality.name">
): LocalityParams {
  const city = settings["locality.kind"] === "thanh_pho";
  const name = settings["locality.name"].trim();
  const ubndVi = `UBND ${city ? "thành phố" : "tỉnh"}${name ? ` ${name}` : ""}`;
  return {
    levelVi: city ? "thành phố" : "cấp tỉnh",
    levelEn: city ? "City" : "Provincial",
    ubndVi,
    ubndEn: `People's Committee of ${name ? `${name} ` : "the "}${city ? "City" : "Province"}`,
    ubndUpper: ubndVi.toLocaleUpperCase("vi"),
  };
}
