import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const DIST = path.join(__dirname, "..", "dist", "addin");

/** Gzip size of the JavaScript each page loads first (from the built pages' script tags). */
export async function run(): Promise<Record<string, unknown>[]> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    return [{ bench: "bundle", skipped: "run `npm run build` first" }];
  return ["taskpane", "index", "commands"].map((page) => {
    const html = fs.readFileSync(path.join(DIST, `${page}.html`), "utf8");
    const scripts = [...html.matchAll(/<script[^>]+src=["']?([^"' >]+)/g)]
      .map((m) => m[1]!)
      .filter((src) => !/^https?:/.test(src) && !src.startsWith("office/"));
    const bytes = scripts.reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(DIST, src))).length, 0);
    return { bench: "bundle", page, initialJsGzipKB: Math.round(bytes / 102.4) / 10 };
  });
}
