/**
 * The manifest validates offline against the add-in schemas in schemas/, and the validator fails readably
 * on a broken copy. Runs the real script as `npm run validate` does.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts/validateManifest.mjs");

async function validate(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [SCRIPT, file], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
let manifest: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "manifest-"));
  manifest = await readFile(path.join(ROOT, "manifest.xml"), "utf8");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function copyWith(name: string, change: (xml: string) => string): Promise<string> {
  const file = path.join(dir, name);
  const changed = change(manifest);
  expect(changed).not.toBe(manifest);
  await writeFile(file, changed, "utf8");
  return file;
}

describe("manifest.xml", () => {
  it("is valid", async () => {
    const result = await validate("manifest.xml");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("manifest.xml is valid");
  }, 30_000);

  it("declares the ribbon function, the panel and ExcelApi 1.1 as the minimum", () => {
    expect(manifest).toContain("<FunctionName>computeAttainment</FunctionName>");
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.1"/>');
    expect(manifest).toContain('<bt:Set Name="AddinCommands" MinVersion="1.1"/>');
    expect(manifest).toMatch(/Value="Tính tỷ lệ đạt"/);
    expect(manifest).toMatch(/Value="Mở bảng điều khiển"/);
    expect(manifest.normalize("NFC")).toBe(manifest);
  });

  it.each([
    [
      "an element out of place",
      (xml: string) => xml.replace("<Version>1.0.0.0</Version>", "<Version>1.0.0.0</Version><Bogus/>"),
      /line \d+: .*Bogus.*not expected/,
    ],
    [
      "a value outside the schema",
      (xml: string) => xml.replace("ReadWriteDocument", "Everything"),
      /'Everything' is not an element of the set/,
    ],
    [
      "a resource id with no resource",
      (xml: string) => xml.replace('resid="Compute.Tooltip"', 'resid="Compute.Nothing"'),
      /resid "Compute.Nothing" has no matching resource/,
    ],
    [
      "a string without its Vietnamese override",
      (xml: string) => xml.replace('<bt:Override Locale="vi-VN" Value="Chỉ tiêu"/>', ""),
      /string "Group.Label" has no vi-VN override/,
    ],
    ["text that is not XML", (xml: string) => xml.slice(0, 400), /parser error/],
  ])(
    "is rejected, readably, with %s",
    async (_name, change, message) => {
      const file = await copyWith(`broken-${_name.replace(/\W+/g, "-")}.xml`, change);
      const result = await validate(file);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("is not a valid add-in manifest:");
      expect(result.stderr).toMatch(message);
    },
    30_000,
  );

  it("says so when the file is missing", async () => {
    const result = await validate(path.join(dir, "missing.xml"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot read .*missing\.xml: no such file/);
  });
});
