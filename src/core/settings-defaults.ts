/** The rule-set defaults of spec/criteria.md §6 and spec/workbook.md (print block). */
import type { Settings } from "./settings";

export function defaultSettings(): Settings {
  return {
    year: 2025,
    "cstdcs.mode": "plan",
    "ttldtt.minShare": 0.5,
    "ttldtt.strict": true,
    "quota.htxs": 0.2,
    "quota.scope": "workbook",
    "quota.cstdcs": "off",
    "rating.scoreBands": [
      { min: 90, code: "HTXSNV" },
      { min: 70, code: "HTTNV" },
      { min: 50, code: "HTNV" },
    ],
    "criteria.off": [],
    "review.sheet": true,
    "summary.order": "workbook",
    "locality.kind": "thanh_pho",
    "locality.name": "Cần Thơ",
    "vote.cstdcs": "off",
    "vote.cstdTinh": "off",
    print: {
      // empty: the header follows the signer (render/header.ts, workbook.md item 3); a value set by hand is kept
      parent: "",
      agency: "",
      place: "Cần Thơ",
      number: "",
      date: "",
      signerTitle: "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\nCHỦ TỊCH",
      signerName: "",
      recipients: "- Như trên;\n- Lưu: VT, TĐKT.",
      attachedTo: "",
    },
    mapping: {},
  };
}
