#!/usr/bin/env node
// The command is compiled by `npm ci` (the prepare script) into lib/.
// `thidua --version` answers from package.json alone, before the checker (exceljs, the rules) is loaded.
const args = process.argv.slice(2);
if (args[0] === "--version" || args[0] === "-v" || args[0] === "-V") {
  process.stdout.write(`${require("../package.json").version}\n`);
} else {
  require("../lib/src/cli/main.js")
    .main(args)
    .then((code) => {
      process.exitCode = code;
    });
}
