import { writeFileSync } from "node:fs";
import { computeWorkbook, DEFAULT_SETTINGS } from "../../src/core";
import { loadWorkbook, toWorkbookGrid } from "../../src/xlsx";
import { renderAppendixHtml } from "../../src/report";
import { buildReportDocx } from "../../src/report/buildReportDocx";
import { readFileSync } from "node:fs";
it("quick", async () => {
  const grid = toWorkbookGrid(await loadWorkbook(readFileSync("samples/bao-cao-thi-dua-2021.xlsx")));
  const r = computeWorkbook(grid, DEFAULT_SETTINGS);
  if (!r.ok) throw new Error("x");
  const plan = r.value.plan.generated.find((g) => g.role === "appendix")!;
  const out = renderAppendixHtml(plan, "vi");
  writeFileSync("/tmp/appendix.html", out.html);
  writeFileSync("/tmp/appendix.txt", out.text);
  writeFileSync("/tmp/report.docx", await buildReportDocx({ appendix: plan, narrative: r.value.analysis.narrative, lang: "vi" }));
});
