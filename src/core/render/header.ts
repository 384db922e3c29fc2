/**
 * The summary's header block follows its signer (spec/workbook.md item 3, Nghị định 30/2020/NĐ-CP): the body named
 * over the document is the one that issues it.
 * - Signed for the council ("TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG / CHỦ TỊCH", the default): "SỞ NÔNG NGHIỆP VÀ MÔI
 *   TRƯỜNG" over "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"; number symbol DS-HĐTĐKT.
 * - Signed by the director ("GIÁM ĐỐC", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"): the provincial-level People's Committee
 *   (localityParams(settings).ubndUpper, "UBND THÀNH PHỐ CẦN THƠ") over "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"; symbol
 *   DS-SNNMT.
 * `print.parent` and `print.agency` empty (the default) mean "follow the signer"; a value set by hand is kept, and
 * `headerSignerMismatch` says when it disagrees with the signer (the pane shows it).
 *
 * Decisions where the spec is silent:
 * - The number's symbol is "DS-" (danh sách, NĐ 30/2020 Phụ lục III) followed by the initials of the issuing body's
 *   words ("và" and dashes left out): "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" → DS-HĐTĐKT, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" →
 *   DS-SNNMT. `print.number` holding a "/" is printed as written; a bare number gets the symbol after it.
 * - A signer title that names neither the council nor the director is treated as the council's (the printout is the
 *   council's document), and raises no warning.
 */
import { localityParams } from "../locality";
import type { Msg } from "../records";
import type { Settings } from "../settings";

export const DEPARTMENT_UPPER = "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG";
export const COUNCIL_UPPER = "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG";

export type Signer = "council" | "director" | "other";

type HeaderSettings = Pick<Settings, "print" | "locality.kind" | "locality.name">;

const fold = (s: string): string => s.normalize("NFC").toLocaleUpperCase("vi").replace(/\s+/g, " ");

export function signerOf(signerTitle: string): Signer {
  const t = fold(signerTitle);
  if (t.includes("HỘI ĐỒNG")) return "council";
  if (t.includes("GIÁM ĐỐC")) return "director";
  return "other";
}

/** Parent body and issuing body the signer calls for. */
export function headerForSigner(
  signer: Signer,
  settings: Pick<Settings, "locality.kind" | "locality.name">
): { parent: string; agency: string } {
  return signer === "director"
    ? { parent: localityParams(settings).ubndUpper, agency: DEPARTMENT_UPPER }
    : { parent: DEPARTMENT_UPPER, agency: COUNCIL_UPPER };
}

/**
 * The defaults of the first release, which a settings sheet saved then still holds: they were never the clerk's
 * choice, so they follow the signer like empty values (else every such workbook would print the Sở's header under
 * the council's signature, the mismatch the legal review found).
 */
const FIRST_RELEASE = { parent: "UBND THÀNH PHỐ CẦN THƠ", agency: DEPARTMENT_UPPER };

function handSet(p: HeaderSettings["print"]): { parent: string; agency: string } {
  const parent = p.parent.trim();
  const agency = p.agency.trim();
  if (fold(parent) === FIRST_RELEASE.parent && fold(agency) === FIRST_RELEASE.agency) {
    return { parent: "", agency: "" };
  }
  return { parent, agency };
}

/** What the header prints: hand-set values as they are, empty ones from the signer. */
export function headerLines(settings: HeaderSettings): { parent: string; agency: string } {
  const derived = headerForSigner(signerOf(settings.print.signerTitle), settings);
  const p = handSet(settings.print);
  return {
    parent: p.parent || derived.parent,
    agency: p.agency || derived.agency,
  };
}

/** "DS-HĐTĐKT" from "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG". */
export function numberSymbol(agency: string): string {
  const initials = fold(agency)
    .split(/[\s-]+/)
    .filter((w) => w && w !== "VÀ" && /\p{L}/u.test(w))
    .map((w) => w[0])
    .join("");
  return `DS-${initials}`;
}

/** The part after "Số: ": "…/DS-HĐTĐKT", "15/DS-HĐTĐKT", or the clerk's own "15/BC-SNNMT". */
export function numberText(settings: HeaderSettings): string {
  const n = settings.print.number.trim();
  if (n.includes("/")) return n;
  return `${n || "…"}/${numberSymbol(headerLines(settings).agency)}`;
}

/**
 * A header set by hand that disagrees with the signer (NĐ 30/2020: the issuing body is the signer's): the council
 * signs under "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", the director under the department with the People's Committee above.
 * Null when the header follows the signer or agrees with it.
 */
export function headerSignerMismatch(settings: HeaderSettings): Msg | null {
  const p = settings.print;
  if (!p.parent.trim() && !p.agency.trim()) return null;
  const signer = signerOf(p.signerTitle);
  if (signer === "other") return null;
  const { parent, agency } = headerLines(settings);
  const council = fold(agency).includes("HỘI ĐỒNG");
  const ok =
    signer === "council"
      ? council
      : !council && fold(agency).startsWith("SỞ") && fold(parent).includes("UBND");
  if (ok) return null;
  const want = headerForSigner(signer, settings);
  return {
    key:
      signer === "council" ? "RENDER_HEADER_MISMATCH_COUNCIL" : "RENDER_HEADER_MISMATCH_DIRECTOR",
    params: { parent, agency, wantParent: want.parent, wantAgency: want.agency },
  };
}
