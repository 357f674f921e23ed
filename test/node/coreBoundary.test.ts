/**
 * The engine is pure: both the lint rule and the core's own type-check refuse an import that leaves src/core,
 * whether it names a package or walks out with "../". Probed with virtual files, so nothing is written to src/core.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");
const PROBE = path.join(ROOT, "src", "core", "boundaryProbe.ts");

const probes: [string, string, boolean][] = [
  ["a module of the core", 'import { toA1 } from "./a1";\nexport const x = toA1(0, 0);\n', true],
  ["a type of the core", 'import type { CellRange } from "./types";\nexport type X = CellRange;\n', true],
  ["the port", 'import type { PortError } from "../port";\nexport type X = PortError;\n', false],
  ["the UI", 'import type { UiKey } from "../ui/i18n";\nexport type X = UiKey;\n', false],
  ["a walk out and back", 'import type { Lang } from "./../core/types";\nexport type X = Lang;\n', true],
  [
    "an adapter through ./..",
    'import { createExcelPort } from "./../excel";\nexport const x = createExcelPort;\n',
    false,
  ],
  ["a package", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n', false],
  ["a re-export from outside", 'export type { PortError } from "../port";\n', false],
];

/**
 * The boundary rule's messages for each probe, linted as if it were a file of src/core. ESLint loads its flat
 * config with a dynamic import, which jest's module system refuses, so the linting runs in one child process.
 */
function lintAll(codes: string[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const codes = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
      const out = [];
      for (const code of codes) {
        const [r] = await eslint.lintText(code, { filePath: ${JSON.stringify(PROBE)} });
        out.push(r.messages.filter((m) => m.ruleId === "attainment/core-boundary").map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script, JSON.stringify(codes)], { cwd: ROOT, encoding: "utf8" }),
  );
}

/** Diagnostics of the core's tsconfig with the probe added as one more source file. */
function typeErrors(code: string): string[] {
  const configPath = path.join(ROOT, "src", "core", "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(configPath));
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, version, ...rest) =>
    path.resolve(name) === PROBE
      ? ts.createSourceFile(name, code, version)
      : getSourceFile.call(host, name, version, ...rest);
  const fileExists = host.fileExists;
  host.fileExists = (name) => path.resolve(name) === PROBE || fileExists.call(host, name);
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, PROBE], options: parsed.options, host });
  const probe = program.getSourceFile(PROBE);
  return [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSemanticDiagnostics(probe),
    ...program.getSyntacticDiagnostics(probe),
  ].map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("the core's import boundary", () => {
  it("lint: refuses every import that leaves src/core and allows the core's own", () => {
    const messages = lintAll(probes.map(([, code]) => code));
    expect(probes.map(([name], i) => [name, messages[i]!.length === 0])).toEqual(
      probes.map(([name, , allowed]) => [name, allowed]),
    );
  }, 60_000);

  it.each(
    probes.filter(([name]) => name !== "a package").map(([name, code, allowed]) => [name, allowed, code] as const),
  )(
    "type-check: %s (allowed: %p)",
    (_name, allowed, code) => {
      const errors = typeErrors(code);
      if (allowed) expect(errors).toEqual([]);
      else expect(errors.join("\n")).toMatch(/is not under 'rootDir'/);
    },
    30_000,
  );
});
