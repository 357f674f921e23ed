#!/usr/bin/env node
"use strict";
let cli;
try {
  cli = require("../dist/cli/attainment.js");
} catch {
  process.stderr.write(
    "The attainment CLI is not built yet: run `npm ci` (or `npm run prepare`) in the project first.\n",
  );
  process.exit(1);
}
cli.run();
