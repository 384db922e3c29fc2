// Rewrites the development base URL of manifest.xml for a hosted build. Shared by webpack.config.js
// (copy-webpack-plugin transform) and test/manifest/manifest.test.ts, so the test checks what ships.
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";

/** Normalises ADDIN_BASE_URL: must be absolute https (Office refuses http pages); always ends in "/". */
function normaliseBaseUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${value}"`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must use https: "${value}"`);
  if (url.search || url.hash)
    throw new Error(`ADDIN_BASE_URL must not have ?query or #hash: "${value}"`);
  const href = url.href;
  return href.endsWith("/") ? href : `${href}/`;
}

/** manifest text with every DEV_BASE_URL prefix replaced; unchanged when baseUrl is empty. */
function rewriteManifest(xml, baseUrl) {
  if (!baseUrl) return xml;
  const base = normaliseBaseUrl(baseUrl);
  // Attribute values and text are XML-escaped in the manifest: a base with & must be escaped too.
  const escaped = base.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return xml.split(DEV_BASE_URL).join(escaped);
}

module.exports = { DEV_BASE_URL, normaliseBaseUrl, rewriteManifest };
