/**
 * A cheap, deliberately generous test for text that may be in a legacy Vietnamese encoding (TCVN3/ABC, VNI): such
 * text shows Latin-1 characters that Unicode Vietnamese never uses (§ ¨ © ª « ¬ ® ± µ ¶ · ¸ ¹ º ¼ ½ ¾ Æ Ñ Ö ñ ö ø ï …).
 * It only decides which cells' font names are worth a request; core decides what the text is.
 */
const UNICODE_VIETNAMESE_LATIN1 = new Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ");

export function mayBeLegacyText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xa0 && c <= 0xff && !UNICODE_VIETNAMESE_LATIN1.has(s[i])) return true;
  }
  return false;
}
