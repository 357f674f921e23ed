/*
 * npm run bench: prints one JSON line per measurement (engine, CLI against bare ExcelJS, Office adapter, bundle).
 * BENCH=engine,cli runs only those. Node's full collector is exposed (as with --expose-gc) so that a bench can
 * collect one run's garbage before timing the next.
 */
import { createRequire } from "node:module";
import fs from "node:fs";
import v8 from "node:v8";
import vm from "node:vm";

if (typeof globalThis.gc !== "function") {
  v8.setFlagsFromString("--expose-gc");
  globalThis.gc = vm.runInNewContext("gc");
}

const require = createRequire(import.meta.url);
require("./registerTs.cjs");

const only = process.env.BENCH?.split(",");
const benches = ["engine", "cli", "web", "excel", "bundle"].filter(
  (name) => (!only || only.includes(name)) && fs.existsSync(new URL(`../bench/${name}.bench.ts`, import.meta.url)),
);
for (const name of benches) {
  const { run } = require(`../bench/${name}.bench.ts`);
  for (const line of await run()) process.stdout.write(`${JSON.stringify(line)}\n`);
}
