import {
  applySetting,
  parseAssignments,
  resolveSettings,
  settingsToEntries,
} from "../../src/core/settings-io";
import { defaultSettings } from "../../src/core/settings-defaults";

describe("settings (spec/criteria.md §6)", () => {
  it("start from the rule-set defaults of §6", () => {
    const { settings, issues } = resolveSettings({});
    expect(issues).toEqual([]);
    expect(settings.year).toBe(2025);
    expect(settings["cstdcs.mode"]).toBe("plan");
    expect(settings["ttldtt.minShare"]).toBe(0.5);
    expect(settings["ttldtt.strict"]).toBe(true);
    expect(settings["quota.htxs"]).toBe(0.2);
    expect(settings["quota.scope"]).toBe("workbook");
    expect(settings["quota.cstdcs"]).toBe("off");
    expect(settings["rating.scoreBands"]).toEqual([
      { min: 90, code: "HTXSNV" },
      { min: 70, code: "HTTNV" },
      { min: 50, code: "HTNV" },
    ]);
    // empty: the summary's header follows the signer (spec/workbook.md item 3)
    expect(settings.print.agency).toBe("");
    expect(settings.print.parent).toBe("");
  });

  it("let --set override the settings sheet, which overrides the defaults", () => {
    const { settings } = resolveSettings(
      { "ttldtt.minShare": "0.7", "quota.htxs": "25%", year: "2024" },
      { "ttldtt.minShare": "0,6" }
    );
    expect(settings["ttldtt.minShare"]).toBe(0.6);
    expect(settings["quota.htxs"]).toBe(0.25);
    expect(settings.year).toBe(2024);
  });

  it("never change the defaults object it started from", () => {
    const base = defaultSettings();
    resolveSettings({ "criteria.off": "I3,I4", "mapping[Cá nhân].rating": "F" }, {}, base);
    expect(base["criteria.off"]).toEqual([]);
    expect(base.mapping).toEqual({});
  });

  it("report an invalid or unknown value instead of using it", () => {
    const { settings, issues } = resolveSettings({
      "quota.htxs": "1.5",
      colour: "red",
      "cstdcs.mode": "x",
    });
    expect(settings["quota.htxs"]).toBe(0.2);
    expect(settings["cstdcs.mode"]).toBe("plan");
    expect(issues.map((i) => i.msg.key).sort()).toEqual([
      "SETTING_INVALID",
      "SETTING_INVALID",
      "SETTING_UNKNOWN",
    ]);
  });

  it("read score bands, switched-off criteria, booleans in Vietnamese and quota.cstdcs off or a share", () => {
    const s = defaultSettings();
    expect(applySetting(s, "rating.scoreBands", "85:HTXSNV, 65:HTTNV, 50:HTNV")).toBeNull();
    expect(s["rating.scoreBands"][0]).toEqual({ min: 85, code: "HTXSNV" });
    expect(applySetting(s, "criteria.off", "i3; I4")).toBeNull();
    expect(s["criteria.off"]).toEqual(["I3", "I4"]);
    expect(applySetting(s, "ttldtt.strict", "không")).toBeNull();
    expect(s["ttldtt.strict"]).toBe(false);
    expect(applySetting(s, "quota.cstdcs", "0.15")).toBeNull();
    expect(s["quota.cstdcs"]).toBe(0.15);
    expect(applySetting(s, "rating.scoreBands", "90:GOOD")?.msg.key).toBe("SETTING_INVALID");
  });

  it("keep a mapping per sheet even when sheet names and field ids contain dots", () => {
    const s = defaultSettings();
    expect(applySetting(s, "mapping[DS 2025.v2].history.2024.rating", "k")).toBeNull();
    expect(applySetting(s, "mapping[Cá nhân].name", "C+D")).toBeNull();
    expect(s.mapping).toEqual({
      "DS 2025.v2": { "history.2024.rating": ["K"] },
      "Cá nhân": { name: ["C", "D"] },
    });
  });

  it("round-trip through the settings sheet's key/value rows", () => {
    const { settings } = resolveSettings({
      "summary.order": "alphabetical",
      "print.signerName": "Nguyễn Văn A",
      "print.signerTitle": "TM. HỘI ĐỒNG\\nCHỦ TỊCH",
      "mapping[Cá nhân].rating": "F",
      "quota.cstdcs": "0.15",
    });
    const again = resolveSettings(Object.fromEntries(settingsToEntries(settings)));
    expect(again.issues).toEqual([]);
    expect(again.settings).toEqual(settings);
    expect(settings.print.signerTitle).toBe("TM. HỘI ĐỒNG\nCHỦ TỊCH");
  });

  it("split --set arguments at the first equals sign and reject ones without it", () => {
    expect(parseAssignments(["year=2025", "print.place=Cần Thơ=x", "oops"])).toEqual({
      entries: { year: "2025", "print.place": "Cần Thơ=x" },
      bad: ["oops"],
    });
  });
});
