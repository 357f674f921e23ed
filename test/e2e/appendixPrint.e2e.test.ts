/**
 * The appendix as a person sees it on paper: the workbook the page produces for the sample, cut down to the
 * "Phụ lục" sheet, printed to PDF by LibreOffice. A4 portrait, all six columns side by side on the page,
 * every indicator of the sample present, set in Times New Roman or its metric twin Liberation Serif; and the
 * seed report's own appendix point by point: header line breaks, indents, the two-line row, merged section and
 * note rows, the "Đạt" row, row heights by lines.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS, type Analysis } from "../../src/core";
import { computeFile } from "../../src/xlsx";
import { publishImage } from "./support/docImages";
import { convertToPdf, flatText, fontNames, pageSizes, renderPng, words } from "./support/pdfTools";
import { RESULTS, SAMPLE, SCREENSHOTS } from "./support/paths";
import { nodeCodec, SAMPLE_HEADER } from "../support/sample";

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
let sheet: ExcelJS.Worksheet;

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
  sheet = workbook.getWorksheet(APPENDIX)!;
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

  it("matches the report's appendix in the workbook: header breaks, merges, the two-line row, indents, heights", () => {
    const row = (label: string) => {
      const at = sheet.getColumn(2).values.findIndex((v) => typeof v === "string" && v.startsWith(label));
      if (at < 0) throw new Error(`no row "${label}" in the appendix`);
      return sheet.getRow(at);
    };
    const header = sheet.getRow(3);
    expect([1, 2, 3, 4, 5, 6].map((c) => header.getCell(c).value)).toEqual(SAMPLE_HEADER);
    const merged = (sheet.model as unknown as { merges: string[] }).merges;
    for (const label of ["Về công tác chuyên môn", "Về công tác công đoàn"]) {
      const r = row(label);
      expect(merged).toContain(`B${r.number}:F${r.number}`);
      expect(r.getCell(2).font).toMatchObject({ bold: true });
    }
    expect(merged).toContain(`C${row("+ Tập thể:").number}:E${row("+ Tập thể:").number}`);
    const two = row("- Cá nhân hoàn thành tốt nhiệm vụ.");
    expect(two.getCell(2).value).toBe(
      "- Cá nhân hoàn thành tốt nhiệm vụ.\nTrong đó: có ít nhất 50% cá nhân hoàn thành xuất sắc nhiệm vụ",
    );
    expect([3, 4, 5].map((c) => two.getCell(c).value)).toEqual(["95\n50", "100\n80", "105\n130"]);
    expect([3, 4, 5].map((c) => row("Danh hiệu “Công đoàn").getCell(c).value)).toEqual(["Đạt", "Đạt", "Đạt"]);
    expect(row("   + Tập thể lao động tiên tiến".trim()).getCell(2).alignment).toMatchObject({ indent: 2 });
    expect(row("- Tập thể:").getCell(2).alignment).toMatchObject({ indent: 1 });
    // One line about 20 points, two 37, three 54: never the 55 points of the old estimate for two lines.
    expect(row("Đoàn viên đủ điều kiện").height).toBe(20);
    expect(row("- CCVC và người lao động").height).toBe(37);
    expect(row("Chỉ tiêu 1:").height).toBe(54);
  });

  it("prints the report's appendix: the header's own line breaks, the items' indent, each value by its label line", async () => {
    const page = (await words(pdf)).filter((w) => w.page === 1);
    const word = (text: string, after = 0) => {
      const found = page.find((w) => w.text === text && w.yMin > after);
      if (!found) throw new Error(`"${text}" is not on the first page`);
      return found;
    };
    // "Chỉ tiêu↵Nghị quyết↵%": "Nghị quyết" on one line, "%" under it.
    const nghi = word("Nghị");
    expect(Math.abs(word("quyết").yMin - nghi.yMin)).toBeLessThan(2);
    expect(word("%").yMin).toBeGreaterThan(nghi.yMin + 5);
    // "+ " items typed with spaces sit further right than the "- " groups above them; "+ Tập thể:", typed without
    // spaces, where the "- " lines are.
    const dash = Math.min(...page.filter((w) => w.text === "-").map((w) => w.xMin));
    const plus = page.filter((w) => w.text === "+").map((w) => w.xMin - dash);
    expect(plus.filter((dx) => dx > 4)).toHaveLength(5);
    expect(plus.filter((dx) => Math.abs(dx) < 1)).toHaveLength(2);
    // 50 | 80 | 130 on the line of "Trong đó:", one line below 95 | 100 | 105 on the label's first line.
    const near = (a: { yMin: number }, b: { yMin: number }) => Math.abs(a.yMin - b.yMin) < 2;
    const fifty = page.find((w) => w.text === "50" && page.some((t) => t.text === "Trong" && near(t, w)));
    const ninetyFive = page.find((w) => w.text === "95");
    if (!fifty || !ninetyFive) throw new Error("50 is not on the line of “Trong đó:”");
    expect(fifty.yMin - ninetyFive.yMin).toBeGreaterThan(8);
    expect(fifty.yMin - ninetyFive.yMin).toBeLessThan(20);
    expect(page.some((w) => w.text === "130" && near(w, fifty))).toBe(true);
    expect(page.some((w) => w.text === "105" && near(w, ninetyFive))).toBe(true);
    expect(page.some((w) => w.text === "-" && near(w, ninetyFive))).toBe(true);
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
