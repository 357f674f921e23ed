/**
 * The report as Word-like consumers get it, read back by LibreOffice Writer: the "Copy for Word" HTML (imported
 * as Writer imports a paste) and the .docx, each printed to PDF and to PNG. The table keeps its six columns
 * within the A4 text area, every label is there, Vietnamese letters come out as typed (NFC).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  computeWorkbook,
  DEFAULT_SETTINGS,
  type Analysis,
  type GeneratedSheetPlan,
  type SheetGrid,
} from "../../src/core";
import { renderAppendixHtml, REPORT_PAGE } from "../../src/report";
import { buildReportDocx } from "../../src/report/buildReportDocx";
import { computeFile } from "../../src/xlsx";
import { nodeCodec } from "../support/sample";
import { publishImage } from "./support/docImages";
import { convertToPdf, flatText, pageSizes, rawText, renderPng, words, type PdfWord } from "./support/pdfTools";
import { RESULTS, SAMPLE } from "./support/paths";

const OUT = path.join(RESULTS, "report");
const HEADERS = [
  "Số TT",
  "Nội dung chỉ tiêu",
  "Chỉ tiêu Nghị quyết %",
  "Kết quả đạt được %",
  "Tỷ lệ đạt được %",
  "Ghi chú",
];
/** One word from each column's header, left to right. */
const COLUMN_WORDS = ["Số", "Nội", "Nghị", "Kết", "Tỷ", "Ghi"];
const MM = 72 / 25.4;

let analysis: Analysis;
let appendix: GeneratedSheetPlan;
const pdfs: Record<"html" | "docx", string> = { html: "", docx: "" };

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const computed = await computeFile(readFileSync(SAMPLE), DEFAULT_SETTINGS, nodeCodec);
  if (!computed.ok) throw new Error(`the sample did not compute: ${JSON.stringify(computed.error)}`);
  analysis = computed.value.analysis;
  appendix = computed.value.plan.generated.find((g) => g.role === "appendix")!;

  const html = path.join(OUT, "phu-luc-dan.html");
  writeFileSync(html, renderAppendixHtml(appendix, "vi").html);
  const docx = path.join(OUT, "bao-cao.docx");
  writeFileSync(docx, await buildReportDocx({ appendix, narrative: analysis.narrative, lang: "vi" }));
  [pdfs.html, pdfs.docx] = await Promise.all([convertToPdf(html, OUT, "HTML (StarWriter)"), convertToPdf(docx, OUT)]);
}, 240_000);

/**
 * Whether the text holds a label whole, or split once where a page break cut its row (Writer lets a pasted row
 * break across pages): its two parts in order, with at most the row's other cells (a few words) between them.
 */
function holds(text: string, label: string): boolean {
  if (text.includes(label)) return true;
  const words = label.split(" ");
  return words.some((_, k) => {
    if (k === 0) return false;
    const head = words.slice(0, k).join(" ");
    const at = text.indexOf(`${head} `);
    const tail = text.indexOf(` ${words.slice(k).join(" ")}`, at + head.length);
    return (
      at >= 0 &&
      tail >= 0 &&
      text
        .slice(at + head.length, tail)
        .trim()
        .split(" ").length <= 6
    );
  });
}

/** The six header words on one page, left to right, in one band (below the narrative, which names "Nghị quyết" too). */
function headerBand(all: PdfWord[]): PdfWord[] {
  const firstHeader = all.find((w) => w.text === "Số" && all.some((n) => n.text === "TT" && n.page === w.page));
  const page = all.filter(
    (w) => w.page === (firstHeader?.page ?? 1) && Math.abs(w.yMin - (firstHeader?.yMin ?? w.yMin)) < 40,
  );
  const anchors = COLUMN_WORDS.map((text) => page.find((w) => w.text === text));
  expect(anchors.map((a) => a?.text ?? null)).toEqual(COLUMN_WORDS);
  return anchors as PdfWord[];
}

describe.each(["html", "docx"] as const)("the %s report read by LibreOffice Writer", (kind) => {
  it("keeps the table's six columns side by side, within the page", async () => {
    const all = await words(pdfs[kind]);
    const band = headerBand(all);
    const xs = band.map((w) => w.xMin);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const ys = band.map((w) => w.yMin);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(40);
    for (const size of await pageSizes(pdfs[kind])) expect(Math.abs(size.width - 595)).toBeLessThanOrEqual(2);
    for (const w of all) expect(w.xMax).toBeLessThanOrEqual(595);
  });

  it("holds every header and indicator label, Vietnamese letters as NFC", async () => {
    const text = await flatText(pdfs[kind]);
    for (const header of HEADERS) expect(text).toContain(header);
    const labels = analysis.indicators.map((i) => i.label.normalize("NFC").replace(/\s+/g, " ").trim());
    expect(labels).toHaveLength(18);
    expect(labels.filter((label) => !holds(text, label))).toEqual([]);
    expect(text).toContain("Cờ thi đua Bộ Công Thương");
  });

  it("renders to PNG for the README", async () => {
    const pages = await renderPng(pdfs[kind], path.join(OUT, kind));
    // The Word report's appendix starts on its second page; that page is the one worth showing.
    const shown = kind === "html" ? pages[0] : pages[1];
    expect(readFileSync(shown!).subarray(1, 4).toString()).toBe("PNG");
    publishImage(shown!, kind === "html" ? "word-paste.png" : "word-report.png");
  });
});

describe("the .docx layout (Nghị định 30/2020/NĐ-CP)", () => {
  it("is A4 with the decree's margins, the table inside the text area, the narrative first", async () => {
    const all = await words(pdfs.docx);
    const sizes = await pageSizes(pdfs.docx);
    for (const size of sizes) expect(Math.abs(size.height - 842)).toBeLessThanOrEqual(2);
    const left = REPORT_PAGE.marginMm.left * MM;
    const right = 595 - REPORT_PAGE.marginMm.right * MM;
    // Text sits inside the margins (borders are drawn on the text-area edge; words inside them).
    for (const w of all) {
      expect(w.xMin).toBeGreaterThanOrEqual(left - 2);
      expect(w.xMax).toBeLessThanOrEqual(right + 2);
    }
    const text = await flatText(pdfs.docx);
    expect(text.indexOf("Nhận xét chung")).toBeLessThan(text.indexOf("Số TT"));
    expect(text).toContain("Tổng cộng: có 08/08 chỉ tiêu đạt và vượt so với Nghị quyết");
  });

  it("starts the appendix on a page of its own, after the narrative", async () => {
    const all = await words(pdfs.docx);
    const narrative = all.find((w) => w.text === "Nhận");
    const header = all.find((w) => w.text === "Số" && all.some((n) => n.text === "TT" && n.page === w.page));
    expect(narrative?.page).toBe(1);
    expect(header?.page).toBe(2);
  });

  it("writes the status words of qualitative rows as NFC Vietnamese, typed decomposed or not", async () => {
    // Synthetic edge case: qualitative targets and results, the labels typed in NFD as some keyboards do.
    const nfd = (s: string) => s.normalize("NFD");
    const sheet: SheetGrid = {
      name: "Chỉ tiêu",
      merges: [],
      values: [
        ["STT", nfd("Nội dung chỉ tiêu"), nfd("Chỉ tiêu"), nfd("Kết quả"), nfd("Tỷ lệ đạt được")],
        [1, nfd("Chi bộ đạt trong sạch vững mạnh"), "Đạt", nfd("Không đạt"), null],
        [2, nfd("Công đoàn cơ sở vững mạnh"), "Đạt", "Đạt", null],
      ],
    };
    const r = computeWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const plan = r.value.plan.generated.find((g) => g.role === "appendix")!;
    const docx = path.join(OUT, "dinh-tinh.docx");
    writeFileSync(docx, await buildReportDocx({ appendix: plan, narrative: r.value.analysis.narrative, lang: "vi" }));
    const raw = (await rawText(await convertToPdf(docx, OUT))).replace(/\s+/g, " ");
    for (const word of ["Chỉ tiêu", "Đạt", "Không đạt"]) expect(raw).toContain(word.normalize("NFC"));
    expect(raw).toBe(raw.normalize("NFC"));
  });
});
