// Jest reporter: after `npm test`, one line naming the browser and print suites that were left out and why.
// They run only with THIDUA_ALL=1 (`npm run test:all`, .ci/run), where Debian's chromium and LibreOffice are installed
// (test/e2e/util.ts, test/print/util.ts); everything else needs only npm.
"use strict";

const path = require("path");

const KINDS = [
  { dir: "e2e", label: "browser", needs: "chromium" },
  { dir: "print", label: "print", needs: "libreoffice-calc-nogui, poppler-utils" },
];

class SkippedSuitesReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    if (process.env.THIDUA_ALL === "1") return;
    const skipped = results.testResults
      .map((suite) => ({
        suite,
        file: path.relative(this.rootDir, suite.testFilePath).split(path.sep).join("/"),
      }))
      .filter(
        ({ suite }) =>
          suite.numPendingTests > 0 && suite.numPassingTests + suite.numFailingTests === 0
      )
      .map((entry) => ({
        ...entry,
        kind: KINDS.find((k) => entry.file.startsWith(`test/${k.dir}/`)),
      }))
      .filter((entry) => entry.kind);
    if (skipped.length === 0) return;
    const kinds = KINDS.filter((k) => skipped.some((s) => s.kind === k));
    const tests = skipped.reduce((n, s) => n + s.suite.numPendingTests, 0);
    process.stderr.write(
      `Skipped ${kinds.map((k) => k.label).join(" and ")} suites (${skipped.map((s) => s.file).join(", ")}; ` +
        `${tests} tests): they need Debian's ${kinds.map((k) => k.needs).join(", ")} and fonts-liberation2; ` +
        "set THIDUA_ALL=1 or run `npm run test:all` where those are installed (.ci/run installs them).\n"
    );
  }
}

module.exports = SkippedSuitesReporter;
