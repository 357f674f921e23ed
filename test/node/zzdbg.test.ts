import fs from "node:fs";
import { analyzeWorkbook } from "../../src/core";
import { readGrid } from "../../test/support/sample";
it("dbg", () => {
  const id = process.env.ID!;
  const grid = readGrid(fs.readFileSync(`/work/wt/engine3/test/fixtures/real/${id}/table.xlsx`));
  const r = analyzeWorkbook(grid);
  if (!r.ok) { console.log(JSON.stringify(r.error)); return; }
  const a = r.value as any;
  console.log(JSON.stringify((a.tables ?? [a.table]).map((t: any) => ({ h: [t.headerTop, t.headerBottom], f: t.firstRow, l: t.lastRow, c: t.columns })), null, 0));
  console.log(a.indicators.map((i: any) => `${i.row + 1}/${i.part} ${i.label.slice(0, 30)} | ${i.targetText} → ${i.resultText} | ${i.attainment} ${i.status} ${i.direction} ${i.directionSource} ${i.method}`).join("\n"));
  console.log(a.warnings.map((w: any) => `${w.code} ${w.address} ${JSON.stringify(w.params)}`).join("\n"));
});
