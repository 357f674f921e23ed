/* npm run bench: prints one JSON line per measurement (engine, CLI against bare ExcelJS, Office adapter, bundle). */
import { createRequire } from "node:module";
import fs from "node:fs";

const require = createRequire(import.meta.url);
require("./registerTs.cjs");

const benches = ["engine", "cli", "web", "excel", "bundle"].filter((name) =>
  fs.existsSync(new URL(`../bench/${name}.bench.ts`, import.meta.url)),
);
for (const name of benches) {
  const { run } = require(`../bench/${name}.bench.ts`);
  for (const line of await run()) process.stdout.write(`${JSON.stringify(line)}\n`);
}
