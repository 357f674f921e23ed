/* Preloaded into the CLI by the benchmark (node --require): writes the process's peak resident set, in KB, at exit. */
const fs = require("node:fs");

process.on("exit", () => {
  if (process.env.PEAK_RSS_FILE) fs.writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS));
});
