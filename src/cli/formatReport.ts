import {
  absentRole,
  HEADERS,
  STATUS_LABELS,
  columnName,
  describeMethod,
  describeWarning,
  describeWarnings,
  headerOf,
  type Analysis,
  type Lang,
  type RestoreSummary,
  type StatusCounts,
} from "../core";

/** The `--json` document: the contract other tools rely on (rows 1-based). */
export function toJson(analysis: Analysis, output: string): object {
  const { table } = analysis;
  return {
    sheet: table.sheet,
    table: table.index + 1,
    tables: analysis.tables.filter((t) => t.block === 0).length,
    method: analysis.method,
    decimals: analysis.decimals,
    indicators: analysis.indicators.map((i) => ({
      row: i.row + 1,
      part: i.part,
      section: i.section,
      label: i.label,
      unit: i.unit,
      target: i.target,
      result: i.result,
      direction: i.direction,
      directionSource: i.directionSource,
      method: i.method,
      attainment: i.attainment,
      status: i.status,
      reported: i.reported,
      discrepancy: i.discrepancy,
      reportedStatus: i.reportedStatusText,
      statusDiscrepancy: i.statusDiscrepancy,
      parentRow: i.parentRow === null || i.parentRow === undefined ? null : i.parentRow + 1,
    })),
    summary: analysis.summary,
    narrative: analysis.narrative,
    warnings: analysis.warnings.map((w) => ({
      code: w.code,
      address: w.address,
      message: describeWarning(w, analysis.lang),
    })),
    columns: Object.fromEntries(Object.entries(table.columns).map(([role, col]) => [role, columnName(col as number)])),
    originals: analysis.originals ?? null,
    output,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The readable report printed without `--json`: where the table is, which columns, the counts, the problems. */
export function formatReport(analysis: Analysis, output: string, lang: Lang): string {
  const { table, summary } = analysis;
  const h = HEADERS[lang];
  const s = STATUS_LABELS[lang];
  const vi = lang === "vi";
  const roles: [keyof typeof table.columns, string][] = [
    ["number", h.number],
    ["label", h.label],
    ["target", h.target],
    ["result", h.result],
    ["attainment", h.attainment],
    ["status", h.status],
    ["notes", h.notes],
  ];
  const columns = roles
    .filter(([role]) => table.columns[role] !== undefined)
    .map(([role, name]) => {
      if (role === absentRole(table))
        return role === "target"
          ? `  ${name}: — (${vi ? "bảng không có cột chỉ tiêu" : "the table has no target column"})`
          : `  ${name}: — (${vi ? "bảng chưa có cột kết quả" : "the table has no result column yet"})`;
      const col = table.columns[role]!;
      const header = headerOf(table, col);
      const kept =
        role === "status" && table.statusKept
          ? vi
            ? " (nhận định của tài liệu, giữ nguyên; đánh giá ghi ở cột mới)"
            : " (the document's verdicts, kept; the status goes in a new column)"
          : role === "attainment" && table.gapsKept
            ? vi
              ? " (chênh lệch so với chỉ tiêu của tài liệu, giữ nguyên; tỷ lệ ghi ở cột mới)"
              : " (the document's gaps to the target, kept; the rate goes in a new column)"
            : "";
      return `  ${name}: ${columnName(col)}${header ? ` "${header}"` : ""}${kept}`;
    });
  const tally = (c: StatusCounts) =>
    `${s.exceeded} ${pad(c.exceeded)}, ${s.met} ${pad(c.met)}, ${s.notMet} ${pad(c.notMet)}, ${s.notEvaluated} ${pad(c.notEvaluated)}`;
  // The table's own indicators where a heading declares how many there are ("03 chỉ tiêu").
  const own = (c: StatusCounts, declared: number | null) =>
    declared === null
      ? ""
      : vi
        ? `; chỉ tiêu của bảng ${pad(c.total)} (tiêu đề ghi ${pad(declared)}) — ${tally(c)}`
        : `; the table's own ${pad(c.total)} (declared ${pad(declared)}) — ${tally(c)}`;
  const counts = (c: StatusCounts & { items?: StatusCounts; declared?: number | null }) =>
    `${pad(c.total)} — ${tally(c)}${c.items ? own(c.items, c.declared ?? null) : ""}`;
  const headerRows = `${table.headerTop + 1}${table.headerBottom > table.headerTop ? `–${table.headerBottom + 1}` : ""}`;
  const dataRows = `${table.firstRow + 1}–${table.lastRow + 1}`;
  const tableCount = analysis.tables.filter((t) => t.block === 0).length;
  const lines = [
    vi
      ? `Trang "${table.sheet}": dòng tiêu đề ${headerRows}, ${table.lastRow < table.firstRow ? "chưa có dòng dữ liệu" : `dữ liệu dòng ${dataRows}`}.`
      : `Sheet "${table.sheet}": header row ${headerRows}, ${table.lastRow < table.firstRow ? "no data rows yet" : `data rows ${dataRows}`}.`,
    vi ? "Các cột đã chọn:" : "Columns chosen:",
    ...columns,
    ...(tableCount > 1
      ? [
          vi
            ? `Bảng ${table.index + 1}/${tableCount} trên trang (chọn bảng khác bằng --table N).`
            : `Table ${table.index + 1} of ${tableCount} on the sheet (choose another with --table N).`,
        ]
      : []),
    `${h.method}: ${describeMethod(analysis, lang)}`,
    `${vi ? "Chỉ tiêu" : "Indicators"}: ${counts(summary)}`,
    ...summary.sections.map((sec) => `  ${sec.caption ? sec.label : `${sec.key}. ${sec.label}`}: ${counts(sec)}`),
  ];
  if (analysis.warnings.length > 0) {
    lines.push(
      vi ? "Cảnh báo:" : "Warnings:",
      ...describeWarnings(analysis.warnings, lang).map((line) => `  - ${line}`),
    );
  }
  lines.push(vi ? "Nhận xét:" : "Narrative:", ...analysis.narrative.split("\n").map((l) => `  ${l}`));
  lines.push(vi ? `Đã ghi: ${output}` : `Written: ${output}`);
  const kept = keptLine(analysis, output, lang);
  if (kept) lines.push(kept);
  return `${lines.join("\n")}\n`;
}

/** What the output keeps of the officer's cells, and how to get them back; null when it overwrote none. */
function keptLine(analysis: Analysis, output: string, lang: Lang): string | null {
  const o = analysis.originals;
  if (!o || (o.typed === 0 && o.kept === 0)) return null;
  const parts: string[] = [];
  if (lang === "vi") {
    if (o.typed) parts.push(`ghi đè ${o.typed} ô đã nhập (${o.disagree} ô khác kết quả tính)`);
    if (o.edited) parts.push(`${o.edited} ô sửa sau lần tính trước được lấy làm số báo cáo mới`);
    return `Ô gốc: ${parts.length ? `${parts.join("; ")}; ` : ""}các ô gốc được giữ trong trang ẩn "Attainment_Originals" của tệp kết quả; khôi phục: attainment restore "${output}".`;
  }
  const cells = (n: number) => `${n} ${n === 1 ? "cell" : "cells"}`;
  if (o.typed)
    parts.push(
      `overwrote ${o.typed} typed ${o.typed === 1 ? "cell" : "cells"} (not matching the computed result: ${o.disagree})`,
    );
  if (o.edited)
    parts.push(
      `${cells(o.edited)} edited after the last compute ${o.edited === 1 ? "is the new reported figure" : "are the new reported figures"}`,
    );
  return `Originals: ${parts.length ? `${parts.join("; ")}; ` : ""}the original cells are kept in the output's hidden sheet "Attainment_Originals"; to restore: attainment restore "${output}".`;
}

/** The report of a restore: how many cells came back, which were left as edited, which sheets went. */
export function formatRestore(summary: RestoreSummary, output: string, lang: Lang): string {
  const sheets = summary.removedSheets.map((s) => `"${s}"`).join(", ");
  const lines =
    lang === "vi"
      ? [
          `Đã khôi phục ${summary.restored} ô về như trước lần tính đầu tiên; đã xoá các trang tính ${sheets}.`,
          ...(summary.leftAsEdited
            ? [`${summary.leftAsEdited} ô đã sửa sau lần tính cuối giữ nội dung hiện có (chỉ định dạng được trả lại).`]
            : []),
          `Đã ghi: ${output}`,
        ]
      : [
          `Restored ${summary.restored} cells to how they were before the first compute; removed the sheets ${sheets}.`,
          ...(summary.leftAsEdited
            ? [
                `${summary.leftAsEdited} cells edited after the last compute keep their content (only their format went back).`,
              ]
            : []),
          `Written: ${output}`,
        ];
  return `${lines.join("\n")}\n`;
}
