/**
 * A department's build: `npm run build -- --env host=…` (same as ADDIN_HOST=… npm run build) for an example
 * host writes a dist whose manifest points every URL at that host, validates offline against the add-in schemas,
 * and whose pages name no localhost and load their scripts relative to themselves.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { BUILD_TIMEOUT_MS, runWebpack } from "./support/buildOnce";
import { RESULTS, ROOT } from "./support/paths";

const HOST = "https://so-noi-vu.example.gov.vn/chi-tieu";
const OUT = path.join(RESULTS, "e2e-build/deploy");
const run = promisify(execFile);

let manifest: string;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  await runWebpack([
    "--config-name",
    "addin",
    "--mode",
    "production",
    "--env",
    `host=${HOST}`,
    "--output-path",
    OUT,
    "--stats",
    "errors-warnings",
  ]);
  manifest = readFileSync(path.join(OUT, "manifest.xml"), "utf8");
}, BUILD_TIMEOUT_MS);

describe("a build for a department's host", () => {
  it("points every SourceLocation, icon, URL and AppDomain of the manifest at the host", () => {
    const urls = [
      ...manifest.matchAll(
        /<(SourceLocation|IconUrl|HighResolutionIconUrl|SupportUrl|bt:Image|bt:Url)\b[^>]*DefaultValue="([^"]+)"/g,
      ),
    ].map((m) => [m[1], m[2]]);
    expect(urls.map(([element]) => element)).toEqual(
      expect.arrayContaining([
        "SourceLocation",
        "IconUrl",
        "HighResolutionIconUrl",
        "SupportUrl",
        "bt:Image",
        "bt:Url",
      ]),
    );
    for (const [, url] of urls) expect(url?.startsWith(`${HOST}/`)).toBe(true);
    for (const m of manifest.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)) expect(m[1]?.startsWith(HOST)).toBe(true);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${HOST}/taskpane.html"/>`);
    expect(manifest).toContain(`<bt:Url id="Commands.Url" DefaultValue="${HOST}/commands.html"/>`);
  });

  it("names localhost nowhere: not in the manifest, the pages, the scripts or the server settings", () => {
    const files = readdirSync(OUT).filter((f) => /\.(xml|html|js|config)$/.test(f));
    expect(files).toEqual(expect.arrayContaining(["manifest.xml", "taskpane.html", "commands.html", "web.config"]));
    const named = files.filter((f) => /localhost/i.test(readFileSync(path.join(OUT, f), "utf8")));
    expect(named).toEqual([]);
  });

  it("is a valid manifest (npm run validate, offline)", async () => {
    const { stdout } = await run(process.execPath, ["scripts/validateManifest.mjs", path.join(OUT, "manifest.xml")], {
      cwd: ROOT,
    });
    expect(stdout).toContain("manifest.xml is valid");
  }, 30_000);

  it("has pages whose scripts sit beside them, so any https static host can serve the folder", () => {
    for (const page of ["taskpane.html", "commands.html", "dialog.html", "index.html"]) {
      const html = readFileSync(path.join(OUT, page), "utf8");
      const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]!);
      const own = scripts.filter((src) => !src.startsWith("https://appsforoffice.microsoft.com/"));
      expect(own.length).toBeGreaterThan(0);
      for (const src of own) {
        expect(src).not.toMatch(/^(https?:)?\/\//);
        expect(existsSync(path.join(OUT, src))).toBe(true);
      }
    }
  });
});
