#!/usr/bin/env node
/**
 * Validates an add-in manifest offline: against the add-in manifest XML schemas kept in schemas/ (xmllint compiled
 * to WebAssembly, no network), then a few rules the schemas cannot express — every resid resolves to a resource,
 * and every user-visible string has a vi-VN override.
 * Usage: node scripts/validateManifest.mjs [manifest.xml]. Exits 0 when valid, 1 with one line per problem otherwise.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const IMPORTED = [
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
  // Our placeholder for a schema Microsoft never published (see schemas/README.md).
  "ContentAppVersionOverridesV1_0.xsd",
];
const LOCALE = "vi-VN";

/** Problems the schema cannot see; `xml` is the manifest text. */
export function checkResources(xml) {
  const problems = [];
  const line = (index) => xml.slice(0, index).split("\n").length;
  const ids = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!ids.has(m[1])) problems.push(`line ${line(m.index)}: resid "${m[1]}" has no matching resource`);
  }
  for (const m of xml.matchAll(/<bt:String\s+id="([^"]+)"[^>]*?(\/>|>([\s\S]*?)<\/bt:String>)/g)) {
    if (!(m[3] ?? "").includes(`Locale="${LOCALE}"`))
      problems.push(`line ${line(m.index)}: string "${m[1]}" has no ${LOCALE} override`);
  }
  for (const element of ["DisplayName", "Description"]) {
    const m = new RegExp(`<${element}\\s[^>]*?(/>|>([\\s\\S]*?)</${element}>)`).exec(xml);
    if (m && !(m[2] ?? "").includes(`Locale="${LOCALE}"`))
      problems.push(`line ${line(m.index)}: ${element} has no ${LOCALE} override`);
  }
  return problems;
}

/** Validates one manifest file; returns the problems found (empty when valid). */
export async function validateManifest(file) {
  let xml;
  try {
    xml = await readFile(file, "utf8");
  } catch (error) {
    return [`cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`];
  }
  const schema = { fileName: MAIN_SCHEMA, contents: await readFile(path.join(SCHEMA_DIR, MAIN_SCHEMA), "utf8") };
  const preload = await Promise.all(
    IMPORTED.map(async (name) => ({ fileName: name, contents: await readFile(path.join(SCHEMA_DIR, name), "utf8") })),
  );
  const fileName = path.basename(file);
  let result;
  try {
    result = await validateXML({ xml: [{ fileName, contents: xml }], schema, preload });
  } catch (error) {
    // xmllint-wasm rejects (rather than reporting) when the schemas themselves cannot be compiled.
    return [`xmllint could not run: ${String(error.message ?? error).trim()}`];
  }
  const problems = result.errors.map((e) => (e.loc ? `line ${e.loc.lineNumber}: ${e.message}` : e.message).trim());
  if (!result.valid && !problems.length) problems.push(result.rawOutput.trim() || "the schema validation failed");
  return result.valid ? checkResources(xml) : problems;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const file = process.argv[2] ?? "manifest.xml";
  const problems = await validateManifest(file);
  if (problems.length) {
    process.stderr.write(`${file} is not a valid add-in manifest:\n${problems.map((p) => `  ${p}`).join("\n")}\n`);
    process.exit(1);
  }
  process.stdout.write(`${file} is valid (add-in manifest schemas in schemas/, ${LOCALE} overrides present).\n`);
}
