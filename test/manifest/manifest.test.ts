// Structural checks of manifest.xml that run without the XSDs (CI also runs xmllint against them when
// ../shared/schemas exists). Limits and order come from OfficeAppManifestV1_1.xsd and
// OfficeAppBasicTypesV1_0.xsd (Microsoft's add-in-only manifest schemas, [MS-OWEMXML]).
import * as fs from "fs";
import * as path from "path";
import { DEV_BASE_URL, normaliseBaseUrl, rewriteManifest } from "../../scripts/manifest-url";
import { child, descendants, localName, parseXml, XmlElement } from "./xml-tree";

const ROOT = path.resolve(__dirname, "..", "..");
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const manifest = parseXml(SOURCE);

/** OfficeApp (1.1) then TaskPaneApp sequence; "?" marks minOccurs=0. */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId?",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl?",
  "HighResolutionIconUrl?",
  "SupportUrl?",
  "AppDomains?",
  "Hosts?",
  "Requirements?",
  "DefaultSettings",
  "Permissions",
  "Dictionary?",
  "VersionOverrides?",
];
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
const URL_MAX = 2048;
const RESOURCE_ID_MAX = 32;

const all = descendants(manifest);
const versionOverrides = child(manifest, "VersionOverrides");
const resources = child(versionOverrides, "Resources");

function resourceIds(group: string): Map<string, XmlElement> {
  return new Map(child(resources, group).children.map((e) => [e.attributes.id, e]));
}
const images = resourceIds("Images");
const urls = resourceIds("Urls");
const shortStrings = resourceIds("ShortStrings");
const longStrings = resourceIds("LongStrings");

/** Default value and every locale override of a localisable element. */
function allValues(element: XmlElement): string[] {
  const overrides = element.children.filter((c) => localName(c) === "Override");
  return [element.attributes.DefaultValue, ...overrides.map((o) => o.attributes.Value)];
}

function overrideFor(element: XmlElement, locale: string): string | undefined {
  return element.children.find((c) => localName(c) === "Override" && c.attributes.Locale === locale)
    ?.attributes.Value;
}

function everyUrl(root: XmlElement): string[] {
  const top = ["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((n) => child(root, n));
  const sourceLocation = child(child(root, "DefaultSettings"), "SourceLocation");
  const vo = child(child(root, "VersionOverrides"), "Resources");
  const resourceUrls = [...child(vo, "Images").children, ...child(vo, "Urls").children];
  return [...top, sourceLocation, ...resourceUrls].flatMap(allValues);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = bytes.subarray(0, 8).toString("hex");
  if (signature !== "89504e470d0a1a0a") throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in the repository that becomes the built asset at a dev-server URL. */
function sourceOfUrl(url: string): string {
  const relative = url.slice(DEV_BASE_URL.length);
  if (relative.startsWith("assets/")) return path.join(ROOT, relative);
  return path.join(ROOT, "src", "taskpane", relative);
}

describe("manifest.xml structure (OfficeAppManifestV1_1.xsd)", () => {
  it("is a well-formed TaskPaneApp in the OfficeApp 1.1 namespace", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
  });

  it("lists the OfficeApp children in the order of the schema sequence, with every required one", () => {
    const names = manifest.children.map(localName);
    let next = 0;
    for (const name of names) {
      const index = OFFICE_APP_ORDER.findIndex(
        (entry, i) => i >= next && entry.replace("?", "") === name
      );
      expect({ name, allowedHere: index !== -1 }).toEqual({ name, allowedHere: true });
      const skipped = OFFICE_APP_ORDER.slice(next, index).filter((entry) => !entry.endsWith("?"));
      expect({ name, requiredButMissingBefore: skipped }).toEqual({
        name,
        requiredButMissingBefore: [],
      });
      next = index + 1;
    }
    const missingAtEnd = OFFICE_APP_ORDER.slice(next).filter((entry) => !entry.endsWith("?"));
    expect(missingAtEnd).toEqual([]);
  });

  it("has a fixed GUID as Id and a four-part version", () => {
    expect(child(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(child(manifest, "Version").text).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
  });

  it("runs in Excel only, needs ExcelApi 1.13 and asks for ReadWriteDocument", () => {
    const hosts = child(manifest, "Hosts").children.map((h) => h.attributes.Name);
    expect(hosts).toEqual(["Workbook"]);
    const sets = child(child(manifest, "Requirements"), "Sets").children;
    expect(sets.map((s) => [s.attributes.Name, s.attributes.MinVersion])).toEqual([
      ["ExcelApi", "1.13"],
    ]);
    expect(child(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  it("speaks Vietnamese by default with an English (en-US) override of name and description", () => {
    expect(child(manifest, "DefaultLocale").text).toBe("vi-VN");
    const displayName = child(manifest, "DisplayName");
    expect(displayName.attributes.DefaultValue).toBe("Rà soát thi đua");
    expect(overrideFor(displayName, "en-US")).toBeTruthy();
    const description = child(manifest, "Description");
    expect(description.attributes.DefaultValue).toMatch(/Luật Thi đua, khen thưởng/);
    expect(overrideFor(description, "en-US")).toMatch(/Law on Emulation and Commendation/);
  });

  it("gives every short and long string resource an en-US override, in NFC", () => {
    for (const element of [...shortStrings.values(), ...longStrings.values()]) {
      expect({ id: element.attributes.id, en: overrideFor(element, "en-US") ?? null }).not.toEqual({
        id: element.attributes.id,
        en: null,
      });
      for (const value of allValues(element)) expect(value).toBe(value.normalize("NFC"));
    }
  });
});

describe("manifest.xml resources (VersionOverrides 1.0)", () => {
  it("puts one ShowTaskpane button on the Home tab that opens taskpane.html", () => {
    const tab = all.find((e) => localName(e) === "OfficeTab");
    expect(tab?.attributes.id).toBe("TabHome");
    const buttons = all.filter((e) => localName(e) === "Control");
    expect(buttons.map((b) => b.attributes["xsi:type"])).toEqual(["Button"]);
    const action = child(buttons[0], "Action");
    expect(action.attributes["xsi:type"]).toBe("ShowTaskpane");
    const url = urls.get(child(action, "SourceLocation").attributes.resid);
    expect(url?.attributes.DefaultValue).toBe(`${DEV_BASE_URL}taskpane.html`);
    expect(
      shortStrings.get(child(buttons[0], "Label").attributes.resid)?.attributes.DefaultValue
    ).toBe("Rà soát thi đua");
  });

  it("resolves every resid to a resource of the matching kind, and leaves no resource unused", () => {
    const kindOf = (element: XmlElement): Map<string, XmlElement> => {
      const name = localName(element);
      if (name === "Image") return images;
      if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(name)) return urls;
      if (["Label", "Title"].includes(name)) return shortStrings;
      if (name === "Description") return longStrings;
      throw new Error(`unexpected resid on <${element.name}> line ${element.line}`);
    };
    const used = new Set<string>();
    const referencing = all.filter((e) => e.attributes.resid !== undefined);
    expect(referencing.length).toBeGreaterThan(10);
    for (const element of referencing) {
      const resid = element.attributes.resid;
      expect({ line: element.line, resid, found: kindOf(element).has(resid) }).toEqual({
        line: element.line,
        resid,
        found: true,
      });
      used.add(resid);
    }
    const declared = [
      ...images.keys(),
      ...urls.keys(),
      ...shortStrings.keys(),
      ...longStrings.keys(),
    ];
    expect(declared.filter((id) => !used.has(id))).toEqual([]);
  });

  it("keeps resource ids unique and at most 32 characters (bt:ReferenceId)", () => {
    const ids = all.filter((e) => e.attributes.id !== undefined).map((e) => e.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(RESOURCE_ID_MAX);
  });
});

describe("manifest.xml limits (ShortString 125, LongString 250, URL 2048)", () => {
  it("keeps ProviderName, DisplayName and short string resources within ShortString", () => {
    const short = [
      child(manifest, "ProviderName").text,
      ...allValues(child(manifest, "DisplayName")),
      ...[...shortStrings.values()].flatMap(allValues),
    ];
    for (const value of short) {
      expect(value.length).toBeGreaterThan(0);
      expect({ value, length: value.length }).toEqual({
        value,
        length: Math.min(value.length, SHORT_STRING_MAX),
      });
    }
  });

  it("keeps Description and long string resources within LongString", () => {
    const long = [
      ...allValues(child(manifest, "Description")),
      ...[...longStrings.values()].flatMap(allValues),
    ];
    for (const value of long) {
      expect({ value, length: value.length }).toEqual({
        value,
        length: Math.min(value.length, LONG_STRING_MAX),
      });
    }
  });

  it("uses only https URLs under the dev-server base, each at most 2048 characters", () => {
    const found = everyUrl(manifest);
    expect(found.length).toBeGreaterThanOrEqual(8);
    for (const url of found) {
      expect(url.startsWith(DEV_BASE_URL)).toBe(true);
      expect(new URL(url).protocol).toBe("https:");
      expect(url.length).toBeLessThanOrEqual(URL_MAX);
    }
  });
});

describe("manifest.xml files", () => {
  it("points only at pages and icons that exist in the repository", () => {
    for (const url of everyUrl(manifest)) {
      expect({ url, exists: fs.existsSync(sourceOfUrl(url)) }).toEqual({ url, exists: true });
    }
  });

  it("uses PNG icons whose pixel size matches the size the manifest declares", () => {
    const declared: [string, number][] = [
      [child(manifest, "IconUrl").attributes.DefaultValue, 32],
      [child(manifest, "HighResolutionIconUrl").attributes.DefaultValue, 64],
    ];
    for (const image of all.filter((e) => localName(e) === "Image" && e.attributes.size)) {
      const resource = images.get(image.attributes.resid);
      if (resource)
        declared.push([resource.attributes.DefaultValue, Number(image.attributes.size)]);
    }
    expect(declared.map(([, size]) => size).sort((a, b) => a - b)).toEqual(
      expect.arrayContaining([16, 32, 64, 80])
    );
    for (const [url, size] of declared) {
      expect({ url, ...pngSize(sourceOfUrl(url)) }).toEqual({ url, width: size, height: size });
    }
  });
});

describe("production manifest (ADDIN_BASE_URL rewrite used by webpack.config.js)", () => {
  const base = "https://thidua.so-nnmt.gov.vn/addin/";

  it("moves every URL under the production base and leaves none on localhost", () => {
    const rewritten = rewriteManifest(SOURCE, base);
    expect(rewritten).not.toContain("localhost");
    const urlsAfter = everyUrl(parseXml(rewritten));
    expect(urlsAfter).toHaveLength(everyUrl(manifest).length);
    for (const url of urlsAfter) expect(url.startsWith(base)).toBe(true);
    expect(urlsAfter).toContain(`${base}taskpane.html`);
  });

  it("adds the missing trailing slash and keeps the source as is when no base is given", () => {
    expect(normaliseBaseUrl("https://example.gov.vn/addin")).toBe("https://example.gov.vn/addin/");
    expect(rewriteManifest(SOURCE, undefined)).toBe(SOURCE);
    expect(rewriteManifest(SOURCE, "")).toBe(SOURCE);
  });

  it("refuses a base that is not https, because Office loads add-in pages only over https", () => {
    expect(() => normaliseBaseUrl("http://example.gov.vn/addin/")).toThrow(/https/);
    expect(() => normaliseBaseUrl("thidua/addin")).toThrow(/not a URL/);
  });
});
