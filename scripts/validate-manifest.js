#!/usr/bin/env node
// npm run validate: checks manifest.xml (and dist/manifest.xml after a build) against Microsoft's
// add-in-only manifest XSDs, offline, with xmllint-wasm (works on Windows too, no libxml2 needed).
// The XSDs are not part of this repository: MANIFEST_XSD_DIR, or ../shared/schemas/office-addin-manifest
// beside the checkout. Without them the script says so and exits 0; test/manifest/ still checks structure.
"use strict";

const fs = require("fs");
const path = require("path");
const { validateXML } = require("xmllint-wasm");

const ROOT = path.resolve(__dirname, "..");
const XSD_DIR = path.resolve(
  process.env.MANIFEST_XSD_DIR ||
    path.join(ROOT, "..", "shared", "schemas", "office-addin-manifest")
);
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";

async function main() {
  if (!fs.existsSync(path.join(XSD_DIR, MAIN_XSD))) {
    console.log(`validate: skipped, no ${MAIN_XSD} in ${XSD_DIR} (set MANIFEST_XSD_DIR)`);
    return 0;
  }
  const read = (file) => ({
    fileName: file,
    contents: fs.readFileSync(path.join(XSD_DIR, file), "utf8"),
  });
  const dependencies = fs
    .readdirSync(XSD_DIR)
    .filter((f) => f.endsWith(".xsd") && f !== MAIN_XSD)
    .map(read);
  const manifests = ["manifest.xml", path.join("dist", "manifest.xml")].filter((f) =>
    fs.existsSync(path.join(ROOT, f))
  );
  let failed = 0;
  for (const file of manifests) {
    const result = await validateXML({
      xml: [{ fileName: file, contents: fs.readFileSync(path.join(ROOT, file), "utf8") }],
      schema: [read(MAIN_XSD)],
      preload: dependencies,
    });
    if (result.valid) {
      console.log(`validate: ${file} is valid against ${MAIN_XSD}`);
    } else {
      failed++;
      for (const error of result.errors) console.error(`validate: ${error.rawMessage.trim()}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`validate: ${error.message}`);
    process.exit(1);
  }
);
