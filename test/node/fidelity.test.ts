/**
 * The officer's workbook comes back as they gave it, plus our columns and sheets: on an office workbook with
 * charts, a chart sheet, a pivot table, an Excel table with a totals row, names of every scope, a cross-sheet
 * validation, hyperlinks, notes, grouping, protection, a hidden sheet and the officer's own conditional formats
 * (test/fixtures/package/fidelity.xlsx, made by makeFixtures.py), every part we do not own is byte-identical in
 * the output and after a re-run; the parts we change keep everything of the officer's; and LibreOffice, as an
 * independent engine, opens the output and recalculates every formula to the engine's numbers.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import zlib from "node:zlib";
import { DEFAULT_SETTINGS } from "../../src/core";
import { computeFile, type FileOutcome } from "../../src/xlsx";
import { readZip, type ZipEntry } from "../../src/xlsx/zip/readZip";
import { recalculated } from "../support/libreOffice";
import { nodeCodec } from "../support/sample";

const INPUT = path.join(__dirname, "..", "fixtures", "package", "fidelity.xlsx");
const SOURCE = "Chỉ tiêu";

/** The parts a run may change (the source sheet is sheet1), the part it drops, and the parts it adds. */
const OURS = [
  "xl/worksheets/sheet1.xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
];
const DROPPED = ["xl/calcChain.xml"];
const ADDED = ["xl/worksheets/sheet7.xml", "xl/worksheets/sheet8.xml", "xl/worksheets/sheet9.xml"];

const entries = (bytes: Uint8Array): Map<string, { entry: ZipEntry; raw: Uint8Array }> => {
  const zip = readZip(bytes);
  if (!zip.ok) throw new Error("not a zip");
  return new Map(zip.value.entries.map((e) => [e.name, { entry: e, raw: bytes.subarray(e.localOffset, e.localEnd) }]));
};
const text = (bytes: Uint8Array, part: string) => {
  const e = entries(bytes).get(part);
  if (!e) throw new Error(`no part ${part}`);
  return new TextDecoder().decode(
    zlib.inflateRawSync(
      e.raw.subarray(
        e.entry.dataOffset - e.entry.localOffset,
        e.entry.dataOffset - e.entry.localOffset + e.entry.compressedSize,
      ),
    ),
  );
};
/** Elements of a part's text, by local name (their text as written). */
const elements = (xml: string, local: string) =>
  [...xml.matchAll(new RegExp(`<(?:\\w+:)?${local}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${local}>)`, "g"))].map(
    (m) => m[0],
  );

let input: Uint8Array;
let first: FileOutcome;
let second: FileOutcome;
let dir: string;

beforeAll(async () => {
  input = new Uint8Array(fs.readFileSync(INPUT));
  const a = await computeFile(input, DEFAULT_SETTINGS, nodeCodec);
  if (!a.ok) throw new Error(JSON.stringify(a.error));
  first = a.value;
  const b = await computeFile(first.output, DEFAULT_SETTINGS, nodeCodec);
  if (!b.ok) throw new Error(JSON.stringify(b.error));
  second = b.value;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fidelity-"));
  fs.writeFileSync(path.join(dir, "first.xlsx"), first.output);
  fs.writeFileSync(path.join(dir, "second.xlsx"), second.output);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a realistic office workbook through the file adapter", () => {
  it.each([
    ["the first run", () => first.output],
    ["a re-run", () => second.output],
  ])("copies every part it does not own byte for byte, still compressed, after %s", (_when, output) => {
    const before = entries(input);
    const after = entries(output());
    const kept = [...before.keys()].filter((p) => !OURS.includes(p) && !DROPPED.includes(p));
    // Charts, the chart sheet, the pivot cache and table, the Excel table, notes, drawings, theme, shared strings,
    // the other sheets and their relationships: each one exactly as it was.
    expect(kept).toEqual(
      expect.arrayContaining([
        "xl/charts/chart1.xml",
        "xl/chartsheets/sheet1.xml",
        "xl/pivotTables/pivotTable1.xml",
        "xl/tables/table1.xml",
        "xl/comments/comment1.xml",
      ]),
    );
    for (const part of kept)
      expect([part, Buffer.from(after.get(part)?.raw ?? [])]).toEqual([part, Buffer.from(before.get(part)!.raw)]);
    expect([...after.keys()].sort()).toEqual([...kept, ...OURS, ...ADDED].sort());
  });

  it("keeps every one of the officer's names, sheets and the pivot cache in workbook.xml, and asks for a full recalculation", () => {
    const was = text(input, "xl/workbook.xml");
    for (const out of [first.output, second.output]) {
      const now = text(out, "xl/workbook.xml");
      for (const el of [
        ...elements(was, "definedName"),
        ...elements(was, "sheet"),
        ...elements(was, "pivotCaches"),
        ...elements(was, "bookViews"),
      ])
        expect(now).toContain(el);
      expect(now).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
      expect(now).not.toContain("calcChain");
      expect(elements(now, "definedName").filter((n) => /Attainment_/.test(n))).toHaveLength(3);
    }
    expect(text(first.output, "[Content_Types].xml")).not.toContain("calcChain");
    expect(text(first.output, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
  });

  it("appends to styles.xml without renumbering, and places its colours after the officer's rules", () => {
    const was = text(input, "xl/styles.xml");
    const now = text(first.output, "xl/styles.xml");
    for (const list of ["fonts", "fills", "borders", "cellXfs", "dxfs"]) {
      const before = elements(elements(was, list)[0] ?? "", list === "cellXfs" ? "xf" : list.slice(0, -1));
      const after = elements(elements(now, list)[0]!, list === "cellXfs" ? "xf" : list.slice(0, -1));
      expect(after.slice(0, before.length)).toEqual(before);
    }
    const sheet = text(first.output, "xl/worksheets/sheet1.xml");
    const userRules = elements(text(input, "xl/worksheets/sheet1.xml"), "conditionalFormatting");
    for (const rule of userRules) expect(sheet).toContain(rule);
    const priorities = [...sheet.matchAll(/priority="(\d+)"/g)].map((m) => Number(m[1]));
    expect(new Set(priorities).size).toBe(priorities.length);
    expect(Math.min(...priorities.slice(userRules.length))).toBeGreaterThan(
      Math.max(...priorities.slice(0, userRules.length)),
    );
  });

  it("keeps the source sheet's table, drawing, notes, validation, hyperlink, merge and grouping as written", () => {
    const was = text(input, "xl/worksheets/sheet1.xml");
    const now = text(second.output, "xl/worksheets/sheet1.xml");
    for (const local of [
      "tableParts",
      "drawing",
      "legacyDrawing",
      "dataValidations",
      "hyperlinks",
      "mergeCells",
      "sheetViews",
      "pageMargins",
    ])
      expect([local, elements(now, local)]).toEqual([local, elements(was, local)]);
    for (const col of elements(was, "col")) expect(now).toContain(col);
  });

  it("opens in LibreOffice, which recalculates every formula to the engine's numbers", () => {
    const file = path.join(dir, "second.xlsx");
    const sheets = recalculated([file]).get(file)!;
    expect([...sheets.keys()]).toEqual([
      "Chỉ tiêu",
      "Danh mục",
      "Số liệu",
      "Ẩn",
      "Tổng hợp của đơn vị",
      "Bảng tổng hợp",
      "Biểu đồ",
      "Attainment_Originals",
      "Phụ lục",
      "Tổng hợp",
    ]);
    const source = sheets.get(SOURCE)!;
    for (const ind of second.analysis.indicators) {
      if (ind.attainment === null) continue;
      expect([ind.row, Number(source[ind.row]![4])]).toEqual([ind.row, ind.attainment]);
    }
    // The officer's own formula read the reported 180; recalculated it shows the corrected 108.
    expect(sheets.get("Tổng hợp của đơn vị")![0]).toEqual(["Tỷ lệ của chỉ tiêu “+ Cá nhân”", "108"]);
    // Names of every scope still resolve: a workbook name over our column, a constant, a name on a hidden sheet.
    expect(
      sheets
        .get("Tổng hợp của đơn vị")!
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(["14", "100"]);
    // The pivot table is still a pivot table (LibreOffice refreshes it from its cache).
    expect(
      sheets
        .get("Bảng tổng hợp")!
        .slice(2)
        .map((r) => r.join("|")),
    ).toEqual(expect.arrayContaining(["Chuyên môn|13", "Công đoàn|6", "Đoàn|2"]));
  }, 120_000);

  it("reads back in openpyxl, a stricter reader, with the table, names, notes and charts it knows", () => {
    const script = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["${SOURCE}"]
reported = next(r for r in ws.iter_rows() if r[1].value == "+ Cá nhân:")[4]
print(sorted(ws.tables.keys()), sorted(n.name for n in wb.defined_names.definedName), reported.comment.text, len(ws._charts), wb["Ẩn"].sheet_state, wb["Danh mục"].protection.sheet, wb["Phụ lục"].print_title_rows)
`;
    const out = execFileSync("/usr/bin/python3", ["-c", script, path.join(dir, "second.xlsx")], { encoding: "utf8" });
    expect(out.trim()).toBe(
      "['ChiTieu'] ['Attainment_Appendix', 'Attainment_Originals', 'Attainment_Summary', 'DanhSach', 'NguongAn', 'NguongDat', 'TyLeDat'] Số liệu báo cáo ghi 180 1 hidden True $3:$3",
    );
  });
});
