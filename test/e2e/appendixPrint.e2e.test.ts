/**
 * The appendix as a person sees it on paper: the workbook the page produces for the sample, cut down to the
 * "Phụ lục" sheet, printed to PDF by LibreOffice. A4 portrait, all six columns side by side on the page,
 * every indicator of the sample present, set in Times New Roman or its metric twin Liberation Serif.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS, type Analysis } from "../../src/core";
import { computeFile } from "../../src/xlsx";
import { publishImage } from "./support/docImages";
import { convertToPdf, flatText, fontNames, pageSizes, renderPng, words } from "./support/pdfTools";
import { RESULTS, SAMPLE, SCREENSHOTS } from "./support/paths";
import { nodeCodec } from "../support/sample";

const OUT = path.join(RESULTS, "appendix");
const APPENDIX = "Phụ lục";
/** One word from each appendix column's header, left to right: Số TT | Nội dung | Chỉ tiêu Nghị quyết | Kết quả | Tỷ lệ | Ghi chú. */
const COLUMN_WORDS = ["Số", "Nội", "Nghị", "Kết", "Tỷ", "Ghi"];
const HEADERS = [
  "Số TT",
  "Nội dung chỉ tiêu",
  "Chỉ tiêu Nghị quyết %",
  "Kết quả đạt được %",
  "Tỷ lệ đạt được %",
  "Ghi chú",
];

let pdf: string;
let analysis: Analysis;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const computed = await computeFile(readFileSync(SAMPLE), DEFAULT_SETTINGS, nodeCodec);
  if (!computed.ok) throw new Error(`the sample did not compute: ${JSON.stringify(computed.error)}`);
  analysis = computed.value.analysis;

  // Keep only the appendix, so LibreOffice prints nothing else; drop the markers of the removed sheets too.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(computed.value.output as unknown as ExcelJS.Buffer);
  for (const sheet of [...workbook.worksheets]) if (sheet.name !== APPENDIX) workbook.removeWorksheet(sheet.id);
  const names = workbook.definedNames as unknown as {
    matrixMap: Record<string, unknown>;
    model: { name: string; ranges: string[] }[];
  };
  for (const { name, ranges } of names.model)
    if (!ranges.some((r) => r.startsWith(`'${APPENDIX}'!`))) delete names.matrixMap[name];
  const xlsx = path.join(OUT, "phu-luc.xlsx");
  await workbook.xlsx.writeFile(xlsx);
  pdf = await convertToPdf(xlsx, OUT);
}, 180_000);

describe("the printed appendix", () => {
  it("is on A4 portrait pages", async () => {
    const sizes = await pageSizes(pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(1);
    for (const size of sizes) {
      expect(Math.abs(size.width - 595)).toBeLessThanOrEqual(2);
      expect(Math.abs(size.height - 842)).toBeLessThanOrEqual(2);
    }
  });

  it("is one page wide: the six column headers sit side by side on the first page", async () => {
    const all = await words(pdf);
    const firstPage = all.filter((w) => w.page === 1);
    const anchors = COLUMN_WORDS.map((text) => firstPage.find((w) => w.text === text));
    expect(anchors.map((a) => a?.text ?? null)).toEqual(COLUMN_WORDS);
    const found = anchors.filter((a): a is NonNullable<typeof a> => a !== undefined);
    const xs = found.map((a) => a.xMin);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // All in one header band (wrapped headers are centred vertically, so allow a line or two of offset).
    const ys = found.map((a) => a.yMin);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(30);
    for (const w of all) expect(w.xMax).toBeLessThanOrEqual(595);
  });

  it("holds the header words and every indicator of the sample", async () => {
    const text = await flatText(pdf);
    for (const header of HEADERS) expect(text).toContain(header);
    const labels = analysis.indicators.map((i) => i.label.normalize("NFC").replace(/\s+/g, " ").trim());
    expect(labels).toHaveLength(18);
    expect(labels.filter((label) => !text.includes(label))).toEqual([]);
  });

  it("is set in Times New Roman or Liberation Serif, Vietnamese letters included", async () => {
    const fonts = await fontNames(pdf);
    const serif = (name: string) => /^(TimesNewRoman|LiberationSerif)/i.test(name);
    expect(fonts.some(serif)).toBe(true);
    const others = fonts.filter((name) => !serif(name));
    if (others.length > 0) {
      throw new Error(
        `some letters were drawn in ${others.join(", ")} instead of Liberation Serif: Liberation 1.x has no Vietnamese ` +
          "letters. Install the 2.x fonts with: apt-get install -y fonts-liberation2",
      );
    }
  });

  it("renders to an image for the README", async () => {
    const [first] = await renderPng(pdf, path.join(OUT, "appendix"));
    expect(first).toBeDefined();
    const png = readFileSync(first!);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    mkdirSync(SCREENSHOTS, { recursive: true });
    copyFileSync(first!, path.join(SCREENSHOTS, "appendix.png"));
    publishImage(first!, "appendix.png");
  });
});
