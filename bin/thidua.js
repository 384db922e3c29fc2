#!/usr/bin/env node
// The command is compiled by `npm ci` (the prepare script) into lib/.
require("../lib/src/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
