/**
 * A line judged by the share the document printed of a plan it does not print ("102,83" beside a blank plan): the
 * written sheet keeps the officer's share as typed and writes the status only, and the summary and narrative count
 * the line with the others.
 */
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_SETTINGS } from "../../src/core";
import { computeFile } from "../../src/xlsx";
import { nodeCodec, readGrid } from "../support/sample";

const TABLE = path.join(__dirname, "../fixtures/real/cty-sawaco-2018/table.xlsx");

describe("writing a line judged by its printed share", () => {
  it("keeps the typed share, writes the status, and counts the line", async () => {
    const input = new Uint8Array(fs.readFileSync(TABLE));
    const before = readGrid(input).sheets[0]!;
    const r = await computeFile(input, { ...DEFAULT_SETTINGS, lang: "vi" }, nodeCodec);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const { analysis } = r.value;
    const out = readGrid(r.value.output).sheets.find((s) => s.name === before.name)!;
    // Row 5 (0-based 4): "Tổng sản lượng nước sản xuất", plan blank, "102,83" in the rate column F.
    const line = analysis.indicators.find((i) => i.row === 4)!;
    expect([line.status, line.attainment, line.printedShare]).toEqual(["exceeded", 102.83, true]);
    const rateCol = analysis.table.columns.attainment!;
    for (const row of [4, 5, 6]) expect(out.values[row]![rateCol]).toEqual(before.values[row]![rateCol]);
    const statusCol = out.values[2]!.findIndex((v, c) => c > rateCol && typeof v === "string" && /Đánh giá/.test(v));
    expect(statusCol).toBeGreaterThan(rateCol);
    expect([4, 5, 6].map((row) => out.values[row]![statusCol])).toEqual(["Vượt", "Vượt", "Không đạt"]);
    expect([analysis.summary.exceeded, analysis.summary.met, analysis.summary.notMet]).toEqual([2, 1, 1]);
    expect(analysis.narrative).toMatch(/02 chỉ tiêu vượt/);
    expect(analysis.warnings.filter((w) => w.code === "judgedByShare").map((w) => w.address)).toEqual([
      "F5",
      "F6",
      "F7",
    ]);
  });
});
