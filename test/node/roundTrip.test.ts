import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS, MARKERS, ORIGINALS_SHEET, type Settings } from "../../src/core";
import { computeFile } from "../../src/xlsx";
import { loadWorkbook, readMarkers } from "../support/exceljsGrid";
import { evaluateSheet } from "../support/evaluate";
import { loadSample, nodeCodec, SAMPLE_HEADER, SAMPLE_PATH, SAMPLE_SHEET } from "../support/sample";
import fs from "node:fs";
import { strFromU8, unzipSync } from "fflate";

const settings: Settings = { ...DEFAULT_SETTINGS };

async function run(input: Uint8Array, s: Settings = settings) {
  const r = await computeFile(input, s, nodeCodec);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return { ...r.value, workbook: await loadWorkbook(r.value.output) };
}

const snapshot = (ws: ExcelJS.Worksheet, cols: number[]) => {
  const out: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    for (const c of cols) {
      const cell = row.getCell(c);
      out.push([r, c, cell.value, cell.numFmt ?? null, cell.font ?? null, cell.fill ?? null]);
    }
  });
  return out;
};

describe("round trip through a real workbook file", () => {
  const input = new Uint8Array(fs.readFileSync(SAMPLE_PATH));

  it("never changes the officer's number, label, target, result or note cells", async () => {
    const before = snapshot((await loadSample()).getWorksheet(SAMPLE_SHEET)!, [1, 2, 3, 4, 6]);
    const { workbook } = await run(input);
    expect(snapshot(workbook.getWorksheet(SAMPLE_SHEET)!, [1, 2, 3, 4, 6])).toEqual(before);
    expect(new Uint8Array(fs.readFileSync(SAMPLE_PATH))).toEqual(input);
  });

  it("writes live formulas whose evaluation (HyperFormula) equals the engine's numbers and statuses", async () => {
    const { workbook, analysis } = await run(input);
    const ws = workbook.getWorksheet(SAMPLE_SHEET)!;
    expect(ws.getCell("G3").value).toBe("Đánh giá");
    expect(ws.getCell("E21").value).toMatchObject({
      formula: 'IF(COUNT(C21,D21)<2,"",ROUND(100+(D21-C21),0))',
      result: 108,
    });
    const { hf, id } = evaluateSheet(ws);
    let formulas = 0;
    for (const ind of analysis.indicators) {
      if (ws.getCell(ind.row + 1, 5).type !== ExcelJS.ValueType.Formula) continue;
      formulas++;
      expect(hf.getCellValue({ sheet: id, row: ind.row, col: 4 })).toBe(ind.attainment);
      expect(hf.getCellValue({ sheet: id, row: ind.row, col: 6 })).toBe(
        { exceeded: "Vượt", met: "Đạt", notMet: "Không đạt", notEvaluated: "Chưa đánh giá" }[ind.status],
      );
    }
    expect(formulas).toBe(14);
    // A later edit of a result recomputes: 20 → 19 is now not met.
    hf.setCellContents({ sheet: id, row: 20, col: 3 }, 19);
    expect(hf.getCellValue({ sheet: id, row: 20, col: 4 })).toBe(99);
    expect(hf.getCellValue({ sheet: id, row: 20, col: 6 })).toBe("Không đạt");
  });

  it("writes values where formulas cannot follow (multi-line, qualitative, merged note)", async () => {
    const { workbook } = await run(input);
    const ws = workbook.getWorksheet(SAMPLE_SHEET)!;
    expect([ws.getCell("E10").value, ws.getCell("G10").value]).toEqual(["105\n130", "Vượt\nVượt"]);
    expect([ws.getCell("E28").value, ws.getCell("G28").value]).toEqual(["Đạt", "Đạt"]);
    expect(ws.getCell("C20").value).toBe("Cờ thi đua Bộ Công Thương, \n\nBằng khen UBND tỉnh.");
    expect(ws.getCell("G20").value).toBe("Chưa đánh giá");
  });

  it("colours attainment and status by conditional formats, most specific status first", async () => {
    const { workbook } = await run(input);
    const cfs = (
      workbook.getWorksheet(SAMPLE_SHEET) as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(cfs.map((c) => c.ref)).toEqual(["E4:E19", "E21:E28", "G4:G28"]);
    expect(cfs[0]!.rules.map((r) => r.formulae[0])).toEqual([
      'ISNUMBER(SEARCH("Không đạt",$G4))',
      'ISNUMBER(SEARCH("Chưa đánh giá",$G4))',
      'ISNUMBER(SEARCH("Vượt",$G4))',
      'ISNUMBER(SEARCH("Đạt",$G4))',
    ]);
  });

  it("adds an appendix and a summary sheet, marked, ready to print on A4 one page wide", async () => {
    const { workbook } = await run(input);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([SAMPLE_SHEET, ORIGINALS_SHEET, "Phụ lục", "Tổng hợp"]);
    expect(readMarkers(workbook)).toEqual({ appendix: "Phụ lục", summary: "Tổng hợp", originals: ORIGINALS_SHEET });
    // ExcelJS reads the originals sheet as very hidden: Excel lists it nowhere, not even under Unhide.
    expect(workbook.getWorksheet(ORIGINALS_SHEET)!.state).toBe("veryHidden");
    const app = workbook.getWorksheet("Phụ lục")!;
    expect(app.pageSetup).toMatchObject({
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    });
    // The header's words and line breaks as the officer typed them (blank lines dropped).
    expect((app.getRow(3).values as unknown[]).slice(1)).toEqual(SAMPLE_HEADER);
    expect(app.getCell("B3").font).toMatchObject({ name: "Times New Roman", size: 13, bold: true });
    const row = (label: string) => app.getColumn(2).values.findIndex((v) => v === label);
    expect((app.getRow(row("+ Cá nhân:")).values as unknown[]).slice(1)).toEqual([
      undefined,
      "+ Cá nhân:",
      20,
      28,
      108,
    ]);
    // The two-line row stays one row, each value by its label line.
    const twoLines = row(
      "- Cá nhân hoàn thành tốt nhiệm vụ.\nTrong đó: có ít nhất 50% cá nhân hoàn thành xuất sắc nhiệm vụ",
    );
    expect((app.getRow(twoLines).values as unknown[]).slice(3, 6)).toEqual(["95\n50", "100\n80", "105\n130"]);
    // Items typed with leading spaces keep their indent as an indent level, not spaces.
    const item = app.getRow(row("+ Tập thể lao động tiên tiến")).getCell(2);
    expect(item.alignment).toMatchObject({ horizontal: "left", indent: 2 });
    expect(app.getRow(row("- Tập thể:")).getCell(2).alignment).toMatchObject({ indent: 1 });
    const summary = workbook.getWorksheet("Tổng hợp")!;
    const texts = summary.getColumn(1).values.filter((v): v is string => typeof v === "string");
    expect(texts).toContain("Tổng cộng: có 08/08 chỉ tiêu đạt và vượt so với Nghị quyết; trong đó 05 nội dung vượt.");
    expect(texts).toContain("Về khen thưởng – Cá nhân");
    expect(texts).toContain("Chỉ tiêu của bảng");
    // The method's line speaks as the panel does: the method "khớp với" the reported rates.
    expect(texts.find((t) => t.startsWith("Cách tính:"))).toMatch(/\(tự động: khớp với 15\/16 tỷ lệ đã báo cáo\)/);
  });

  it("replaces its own sheets on a re-run and never duplicates them", async () => {
    const first = await run(input);
    const second = await run(first.output);
    expect(second.workbook.worksheets.map((w) => w.name)).toEqual([
      SAMPLE_SHEET,
      ORIGINALS_SHEET,
      "Phụ lục",
      "Tổng hợp",
    ]);
    expect(second.workbook.getWorksheet(SAMPLE_SHEET)!.getCell("E21").value).toMatchObject({ result: 108 });
    // The second run reads the first run's status column back as its own and keeps the same cells.
    expect(second.workbook.getWorksheet(SAMPLE_SHEET)!.getCell("H3").value).toBeNull();
  });

  it("reads every block of a table in blocks again on a re-run, each block headed by our columns", async () => {
    // A council's KPIs, each a block of years under its caption and the same header; the rate goes in a new column.
    const kpis = new Uint8Array(fs.readFileSync("test/fixtures/real/en-copeland-kpi-2016-2020/table.xlsx"));
    const first = await run(kpis);
    const second = await run(first.output);
    const blocks = (a: typeof first.analysis) => a.table.blocks.map((b) => [b.headerTop, b.firstRow, b.lastRow]);
    expect(first.analysis.table.blocks).toHaveLength(2);
    expect(blocks(second.analysis)).toEqual(blocks(first.analysis));
    expect(second.analysis.indicators.map((i) => [i.row, i.status])).toEqual(
      first.analysis.indicators.map((i) => [i.row, i.status]),
    );
    const ws = first.workbook.getWorksheet(first.analysis.table.sheet)!;
    const headerRow = (r: number) => (ws.getRow(r + 1).values as unknown[]).slice(1);
    const col = headerRow(first.analysis.table.headerTop).indexOf("Tỷ lệ đạt được (%)");
    expect(col).toBeGreaterThan(0);
    for (const b of first.analysis.table.blocks) expect(headerRow(b.headerTop)[col]).toBe("Tỷ lệ đạt được (%)");
  });

  it("never touches a sheet of the user's that shares a generated sheet's name", async () => {
    const wb = await loadSample();
    wb.addWorksheet("Phụ lục").getCell("A1").value = "Phụ lục của tôi";
    const { workbook } = await run(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      SAMPLE_SHEET,
      "Phụ lục",
      ORIGINALS_SHEET,
      "Phụ lục (2)",
      "Tổng hợp",
    ]);
    expect(workbook.getWorksheet("Phụ lục")!.getCell("A1").value).toBe("Phụ lục của tôi");
    expect(readMarkers(workbook).appendix).toBe("Phụ lục (2)");
  });

  it("switches the generated sheets to English, replacing the Vietnamese ones", async () => {
    const first = await run(input);
    const { workbook } = await run(first.output, { ...settings, lang: "en" });
    expect(workbook.worksheets.map((w) => w.name)).toEqual([SAMPLE_SHEET, ORIGINALS_SHEET, "Appendix", "Summary"]);
    expect(workbook.getWorksheet(SAMPLE_SHEET)!.getCell("G21").value).toMatchObject({ result: "Exceeded" });
    expect(Object.keys(readMarkers(workbook)).sort()).toEqual(Object.keys(MARKERS).sort());
  });

  it("lists the sheets in docProps/app.xml as Excel would, renamed ones included", async () => {
    const first = await run(input);
    const second = await run(first.output, { ...settings, lang: "en" });
    const titles = (bytes: Uint8Array) =>
      [...strFromU8(unzipSync(bytes)["docProps/app.xml"]!).matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]);
    expect(titles(first.output)).toEqual(["Worksheets", SAMPLE_SHEET, ORIGINALS_SHEET, "Phụ lục", "Tổng hợp"]);
    expect(titles(second.output)).toEqual(["Worksheets", SAMPLE_SHEET, ORIGINALS_SHEET, "Appendix", "Summary"]);
  });

  it("writes hostile labels as text, never as formulas", async () => {
    const hostile = [
      '=HYPERLINK("http://example.com","click")',
      "+cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0",
    ];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Bảng");
    ws.addRow(["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện", "Ghi chú"]);
    hostile.forEach((label, i) => ws.addRow([i + 1, label, 10, 12, label]));
    const { workbook } = await run(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const app = workbook.getWorksheet("Phụ lục")!;
    for (const label of hostile) {
      const cells: ExcelJS.Cell[] = [];
      app.eachRow((row) => row.eachCell((cell) => cell.value === label && cells.push(cell)));
      expect(cells).toHaveLength(2);
      for (const cell of cells) expect(cell.type).toBe(ExcelJS.ValueType.String);
    }
    const summary = workbook.getWorksheet("Tổng hợp")!;
    summary.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});
