import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const DIST = path.join(__dirname, "..", "dist", "addin");
const CLI = path.join(__dirname, "..", "dist", "cli", "attainment.js");

/** A string only ExcelJS's code holds (its merge check), to prove no bundle carries it. */
const EXCELJS_MARK = "Cannot merge already merged cells";

/**
 * Gzip size of the JavaScript each page loads first (from the built pages' script tags), the web page's engine
 * worker chunk (the package reader and writer, fflate and the engine), and whether any bundle holds ExcelJS.
 */
export async function run(): Promise<Record<string, unknown>[]> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    return [{ bench: "bundle", skipped: "run `npm run build` first" }];
  const chunks = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
  const gzipKB = (f: string) => Math.round(zlib.gzipSync(fs.readFileSync(path.join(DIST, f))).length / 102.4) / 10;
  const worker = chunks.filter((f) => fs.readFileSync(path.join(DIST, f), "utf8").includes("deflate-raw"));
  const withExcelJs = [...chunks, ...(fs.existsSync(CLI) ? [CLI] : [])].filter((f) =>
    fs.readFileSync(path.isAbsolute(f) ? f : path.join(DIST, f), "utf8").includes(EXCELJS_MARK),
  );
  const pages = ["taskpane", "index", "commands"].map((page) => {
    const html = fs.readFileSync(path.join(DIST, `${page}.html`), "utf8");
    const scripts = [...html.matchAll(/<script[^>]+src=["']?([^"' >]+)/g)]
      .map((m) => m[1]!)
      .filter((src) => !/^https?:/.test(src) && !src.startsWith("office/"));
    const bytes = scripts.reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(DIST, src))).length, 0);
    return { bench: "bundle", page, initialJsGzipKB: Math.round(bytes / 102.4) / 10 };
  });
  return [
    ...pages,
    { bench: "bundle", chunk: "engine worker", gzipKB: worker.reduce((n, f) => n + gzipKB(f), 0) },
    { bench: "bundle", bundlesWithExcelJs: withExcelJs },
  ];
}
