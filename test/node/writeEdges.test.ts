/**
 * What the writer does when our columns already hold the officer's formulas that span several cells: a shared
 * formula whose master we overwrite hands its formula to the first cell that stays (moved to it), and an array
 * formula we overwrite part of becomes plain values (Excel allows no change to part of an array).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import fs from "node:fs";
import { DEFAULT_SETTINGS } from "../../src/core";
import { computeFile } from "../../src/xlsx";
import { loadWorkbook } from "../support/exceljsGrid";
import { nodeCodec, readGrid, SAMPLE_PATH, SAMPLE_SHEET } from "../support/sample";

/** The sample with its source sheet's XML edited. */
function sampleWith(edit: (sheet: string) => string): Uint8Array {
  const files = unzipSync(new Uint8Array(fs.readFileSync(SAMPLE_PATH)));
  files["xl/worksheets/sheet1.xml"] = strToU8(edit(strFromU8(files["xl/worksheets/sheet1.xml"]!)));
  return zipSync(files);
}

async function run(input: Uint8Array) {
  const r = await computeFile(input, DEFAULT_SETTINGS, nodeCodec);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const sheet = strFromU8(unzipSync(r.value.output)["xl/worksheets/sheet1.xml"]!);
  const cell = (ref: string) => new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`).exec(sheet)?.[0];
  return { output: r.value.output, cell };
}

describe("the officer's formulas in our columns", () => {
  it("moves a shared formula to the first cell that stays when we overwrite its master", async () => {
    // E5:E7 share one formula; we write E5 and E6, not E7 (a heading row).
    const input = sampleWith((s) =>
      s
        .replace(
          '<c r="E5" s="4"><v>100</v></c>',
          '<c r="E5" s="4"><f t="shared" ref="E5:E7" si="0">D5</f><v>100</v></c>',
        )
        .replace('<c r="E6" s="4"><v>100</v></c>', '<c r="E6" s="4"><f t="shared" si="0"/><v>100</v></c>')
        .replace('<c r="E7" s="4"/>', '<c r="E7" s="4"><f t="shared" si="0"/><v>0</v></c>'),
    );
    const { output, cell } = await run(input);
    expect(cell("E7")).toBe('<c r="E7" s="9"><f t="shared" ref="E7:E7" si="0">D7</f><v>0</v></c>');
    expect(cell("E5")).toMatch(/<f t="shared" ref="E5:E6" si="1">IF\(COUNT\(C5,D5\)/);
    const ws = (await loadWorkbook(output)).getWorksheet(SAMPLE_SHEET)!;
    expect([ws.getCell("E7").formula, ws.getCell("E6").formula]).toEqual([
      "D7",
      'IF(COUNT(C6,D6)<2,"",ROUND(100+(D6-C6),0))',
    ]);
  });

  it("turns an array formula into its values when we overwrite part of it", async () => {
    // E4 (a section heading we only format) holds a dynamic array spilling over E4:E6; we write E5 and E6.
    const input = sampleWith((s) =>
      s.replace('<c r="E4" s="2"/>', '<c r="E4" s="2" cm="1"><f t="array" ref="E4:E6">D4:D6</f><v>0</v></c>'),
    );
    const { output, cell } = await run(input);
    expect(cell("E4")).toBe('<c r="E4" s="7"><v>0</v></c>');
    const grid = readGrid(output).sheets[0]!;
    expect([grid.values[3]![4], grid.formulas?.[3]?.[4]]).toEqual([0, undefined]);
  });
});
