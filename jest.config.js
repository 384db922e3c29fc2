/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  testPathIgnorePatterns: ["/node_modules/", "/test/stubs/", "/test/fixtures/"],
  // One closing line naming the browser and print suites left out without THIDUA_ALL=1, and why.
  reporters: ["default", "<rootDir>/test/support/skipped-suites-reporter.js"],
};
