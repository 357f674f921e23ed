/* Lets node require the project's TypeScript directly (benchmarks, sample generator), compiled by swc like the build. */
const { transformSync } = require("@swc/core");
const fs = require("node:fs");

for (const ext of [".ts", ".tsx"]) {
  require.extensions[ext] = (module, filename) => {
    const { code } = transformSync(fs.readFileSync(filename, "utf8"), {
      filename,
      jsc: { parser: { syntax: "typescript", tsx: ext === ".tsx" }, target: "es2022" },
      module: { type: "commonjs" },
      sourceMaps: "inline",
    });
    module._compile(code, filename);
  };
}
