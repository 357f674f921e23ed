import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { requireTool } from "./requireTool";

const exec = promisify(execFile);

/** Runs a tool and returns its standard output; a failure carries the tool's own error output. */
async function run(tool: string, args: string[], timeout = 60_000): Promise<string> {
  try {
    return (await exec(tool, args, { timeout, maxBuffer: 32 * 1024 * 1024 })).stdout;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${tool} ${args.join(" ")} failed: ${e.stderr || e.message}`);
  }
}

/**
 * Prints an .xlsx file to PDF with LibreOffice, as a person would see it printed. Each call uses its own
 * throw-away LibreOffice profile, so parallel runs and a desktop LibreOffice never collide. Returns the PDF path.
 */
export async function convertToPdf(xlsx: string, outDir: string, infilter?: string): Promise<string> {
  const soffice = requireTool("soffice", "libreoffice-calc");
  const profile = await mkdtemp(path.join(os.tmpdir(), "attainment-lo-"));
  try {
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        // An import filter picks how the file is read, e.g. "HTML (StarWriter)": HTML as Word-like Writer reads a paste.
        ...(infilter ? [`--infilter=${infilter}`, "--convert-to", "pdf:writer_pdf_Export"] : ["--convert-to", "pdf"]),
        "--outdir",
        outDir,
        xlsx,
      ],
      120_000,
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return path.join(outDir, `${path.basename(xlsx, path.extname(xlsx))}.pdf`);
}

/** The size of every page in points, e.g. [{ width: 595.304, height: 841.89 }] for one A4 page. */
export async function pageSizes(pdf: string): Promise<{ width: number; height: number }[]> {
  const pdfinfo = requireTool("pdfinfo", "poppler-utils");
  const pages = Number(/^Pages:\s+(\d+)/m.exec(await run(pdfinfo, [pdf]))?.[1] ?? 0);
  const out = await run(pdfinfo, ["-f", "1", "-l", String(pages), pdf]);
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** The names of the fonts embedded in the PDF without their subset prefix, e.g. ["LiberationSerif-Bold", "LiberationSerif"]. */
export async function fontNames(pdf: string): Promise<string[]> {
  const out = await run(requireTool("pdffonts", "poppler-utils"), [pdf]);
  return out
    .split("\n")
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? "")
    .filter(Boolean)
    .map((name) => name.replace(/^[A-Z]{6}\+/, ""));
}

/** The PDF's text in content order with every run of white space made one space (wrapped cells join up again). */
export async function flatText(pdf: string): Promise<string> {
  const out = await run(requireTool("pdftotext", "poppler-utils"), ["-raw", "-enc", "UTF-8", pdf, "-"]);
  return out.normalize("NFC").replace(/\s+/g, " ");
}

/** The PDF's text exactly as pdftotext gives it, not normalised (to check the letters' own encoding). */
export async function rawText(pdf: string): Promise<string> {
  return run(requireTool("pdftotext", "poppler-utils"), ["-raw", "-enc", "UTF-8", pdf, "-"]);
}

/** A word on a page and its box, in points from the top-left corner. */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
}

const decodeEntities = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e] ?? _,
  );

/** Every word of the PDF with its position (pdftotext -bbox). */
export async function words(pdf: string): Promise<PdfWord[]> {
  const html = await run(requireTool("pdftotext", "poppler-utils"), ["-bbox", "-enc", "UTF-8", pdf, "-"]);
  const found: PdfWord[] = [];
  html
    .split("<page ")
    .slice(1)
    .forEach((pageHtml, index) => {
      for (const m of pageHtml.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
      )) {
        found.push({
          page: index + 1,
          text: decodeEntities(m[4] ?? "").normalize("NFC"),
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
        });
      }
    });
  return found;
}

/** Renders the PDF's pages as PNG images at `dpi` (`<prefix>-1.png`, …) and returns their paths. */
export async function renderPng(pdf: string, prefix: string, dpi = 96): Promise<string[]> {
  const pages = (await pageSizes(pdf)).length;
  await run(requireTool("pdftoppm", "poppler-utils"), ["-png", "-r", String(dpi), pdf, prefix]);
  const digits = String(pages).length;
  return Array.from({ length: pages }, (_, i) => `${prefix}-${String(i + 1).padStart(digits, "0")}.png`);
}
