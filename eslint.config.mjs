// Office add-in conventions (eslint-plugin-office-addins, the rules office-addin-lint applies) plus strict TypeScript.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

export default [
  { ignores: ["node_modules/", "lib/", "dist/", "out/", "coverage/", "test-output/", "**/*.d.ts"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.jest } },
    settings: { react: { version: "19.0" } },
    rules: { "react/react-in-jsx-scope": "off", "no-undef": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "error" },
  },
];
