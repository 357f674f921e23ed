/**
 * .xlsx files to and from the plain workbook model, through ExcelJS (an independent writer and reader, not the
 * file adapter's own): seed a file from a model, and read the file adapter's output back into a model so the
 * conformance suite compares it with the oracle. Style properties equal to the workbook's default font count as
 * unset, as the model keeps only what was set.
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { CellRange, HorizontalAlign, PrintSetup, VerticalAlign } from "../../src/core";
import { parseRange, rangeToA1 } from "../../src/core";
import {
  cellKey,
  emptySheet,
  keyCol,
  keyRow,
  type Edge,
  type ModelCell,
  type ModelRule,
  type ModelStyle,
  type WorkbookModel,
} from "./workbookModel";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const hex = (c: Partial<ExcelJS.Color> | undefined) =>
  c?.argb && /^[0-9A-F]{8}$/i.test(c.argb) ? `#${c.argb.slice(2).toUpperCase()}` : undefined;
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

function excelStyle(s: ModelStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (s.fontName !== undefined) font.name = s.fontName;
  if (s.fontSize !== undefined) font.size = s.fontSize;
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  if (Object.keys(font).length) out.font = font;
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.horizontal || s.vertical || s.wrap !== undefined || s.indent)
    out.alignment = {
      ...(s.horizontal ? { horizontal: s.horizontal } : {}),
      ...(s.vertical ? { vertical: s.vertical === "middle" ? "middle" : s.vertical } : {}),
      ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
      ...(s.indent ? { indent: s.indent } : {}),
    };
  if (s.borders?.length)
    out.border = Object.fromEntries(s.borders.map((e) => [e, { style: "thin", color: { argb: "FF000000" } }]));
  if (s.numberFormat) out.numFmt = s.numberFormat;
  return out;
}

/** The model as an .xlsx file written by ExcelJS. */
export async function modelToXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const m of model.sheets) {
    const ws = wb.addWorksheet(m.name, {
      state: m.visibility,
      ...(m.tabColor ? { properties: { tabColor: { argb: argb(m.tabColor) } } } : {}),
      ...(m.frozenRows ? { views: [{ state: "frozen", ySplit: m.frozenRows }] } : {}),
    });
    for (const [key, c] of m.cells) {
      const cell = ws.getCell(keyRow(key) + 1, keyCol(key) + 1);
      if (c.formula !== undefined)
        cell.value = { formula: c.formula.replace(/^=/, ""), result: c.value ?? undefined } as ExcelJS.CellFormulaValue;
      else cell.value = c.value;
      if (c.style) cell.style = excelStyle(c.style);
    }
    for (const r of m.merges) ws.mergeCells(r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);
    m.conditionalFormats.forEach((r, i) =>
      ws.addConditionalFormatting({
        ref: r.ranges.map(rangeToA1).join(" "),
        rules: [
          {
            type: "expression",
            // ExcelJS writes no stopIfTrue: a seed with stop-if-true rules would not survive (no case has one).
            priority: i + 1,
            formulae: [r.formula.replace(/^=/, "")],
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(r.fill) } },
              font: { color: { argb: argb(r.fontColor) } },
            },
          },
        ],
      }),
    );
    for (const [c, w] of m.columnWidths) ws.getColumn(c + 1).width = w;
    for (const [r, h] of m.rowHeights) ws.getRow(r + 1).height = h;
    if (m.print) {
      const p = m.print;
      ws.pageSetup = {
        ...ws.pageSetup,
        paperSize: 9,
        orientation: p.orientation,
        fitToPage: true,
        fitToWidth: p.fitToWidth,
        fitToHeight: p.fitToHeight,
        horizontalCentered: p.centerHorizontally ?? false,
        margins: p.margins,
        ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows.top + 1}:${p.repeatRows.bottom + 1}` } : {}),
      };
    }
  }
  for (const n of model.names) if (n.sheet) wb.definedNames.add(`${quote(n.sheet)}!${n.ref}`, n.name);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const H: Record<string, HorizontalAlign> = { left: "left", center: "center", right: "right" };
const V: Record<string, VerticalAlign> = { top: "top", middle: "middle", center: "middle", bottom: "bottom" };

function modelStyle(s: Partial<ExcelJS.Style>, font0: Partial<ExcelJS.Font>): ModelStyle | undefined {
  const out: ModelStyle = {};
  const f = s.font;
  if (f) {
    if (f.name && f.name !== font0.name) out.fontName = f.name;
    if (f.size && f.size !== font0.size) out.fontSize = f.size;
    if (f.bold) out.bold = true;
    if (f.italic) out.italic = true;
    const color = hex(f.color);
    if (color) out.fontColor = color;
  }
  const fill = s.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const color = hex(fill.fgColor);
    if (color) out.fill = color;
  }
  const a = s.alignment;
  if (a?.horizontal && H[a.horizontal]) out.horizontal = H[a.horizontal];
  if (a?.vertical && V[a.vertical]) out.vertical = V[a.vertical];
  if (a?.wrapText !== undefined) out.wrap = a.wrapText;
  if (a?.indent) out.indent = a.indent;
  const b = s.border;
  const edges = (["top", "bottom", "left", "right"] as Edge[]).filter((e) => b?.[e]?.style === "thin");
  if (edges.length) out.borders = edges;
  if (s.numFmt && s.numFmt !== "General") out.numberFormat = s.numFmt;
  return Object.keys(out).length ? out : undefined;
}

function printOf(ws: ExcelJS.Worksheet): PrintSetup | null {
  const p = ws.pageSetup;
  if (p.paperSize !== 9) return null;
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(p.printTitlesRow ?? "");
  const m = p.margins ?? { left: 0, right: 0, top: 0, bottom: 0, header: 0, footer: 0 };
  return {
    paper: "A4",
    orientation: p.orientation === "landscape" ? "landscape" : "portrait",
    fitToWidth: (p.fitToWidth ?? 1) as 1,
    fitToHeight: (p.fitToHeight ?? 0) as 0,
    ...(rows ? { repeatRows: { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1 } } : {}),
    margins: { left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: m.header, footer: m.footer },
    ...(p.horizontalCentered ? { centerHorizontally: true } : {}),
  };
}

/**
 * The priorities of the stop-if-true rules of each sheet, read from the parts directly (ExcelJS does not read
 * the attribute). Sheets found through workbook.xml and its relationships.
 */
function stopIfTrue(bytes: Uint8Array): Map<string, Set<number>> {
  const files = unzipSync(bytes);
  const text = (name: string) => (files[name] ? strFromU8(files[name]!) : "");
  const rels = new Map(
    [...text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map(
      (m) => [m[1]!, m[2]!],
    ),
  );
  const decode = (v: string) =>
    v
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const out = new Map<string, Set<number>>();
  for (const m of text("xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? rels.get(id) : undefined;
    if (!name || !target) continue;
    const xml = text(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    const set = new Set<number>();
    for (const r of xml.matchAll(/<cfRule\b[^>]*>/g))
      if (/\bstopIfTrue="(1|true)"/.test(r[0])) set.add(Number(/\bpriority="(\d+)"/.exec(r[0])?.[1]));
    out.set(decode(name), set);
  }
  return out;
}

type LoadedCf = {
  ref: string;
  rules: {
    type: string;
    priority?: number;
    formulae?: string[];
    stopIfTrue?: boolean;
    style?: Partial<ExcelJS.Style>;
  }[];
};

/** An .xlsx file (the file adapter's output) in the model's shape, read by ExcelJS. */
export async function xlsxToModel(bytes: Uint8Array): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const font0 = { name: "Calibri", size: 11 };
  const stops = stopIfTrue(bytes);
  const sheets = wb.worksheets.map((ws) => {
    const m = emptySheet(ws.name, (ws.state ?? "visible") as "visible" | "hidden" | "veryHidden");
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const style = modelStyle(cell.style ?? {}, font0);
        let out: ModelCell;
        if (cell.type === ExcelJS.ValueType.Merge) out = { value: null };
        else if (cell.type === ExcelJS.ValueType.Formula)
          out = { value: (cell.result ?? null) as ModelCell["value"], formula: `=${cell.formula}` };
        else {
          const v = cell.value;
          const value =
            v && typeof v === "object" && "richText" in v
              ? v.richText.map((t) => t.text).join("")
              : v && typeof v === "object" && "error" in v
                ? String(v.error)
                : v;
          out = { value: (value ?? null) as ModelCell["value"] };
        }
        if (out.value === null && out.formula === undefined && !style) return;
        if (style) out.style = style;
        m.cells.set(cellKey(r - 1, c - 1), out);
      });
      if (row.height !== undefined && (row as unknown as { customHeight?: boolean }).customHeight !== false)
        m.rowHeights.set(r - 1, row.height);
    });
    m.merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((ref) => parseRange(ref) as CellRange);
    const cfs = ((ws as unknown as { conditionalFormattings?: LoadedCf[] }).conditionalFormattings ?? []).flatMap(
      (cf) => cf.rules.map((rule) => ({ cf, rule })),
    );
    cfs.sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0));
    m.conditionalFormats = cfs.map(({ cf, rule }): ModelRule => ({
      ranges: cf.ref.split(/\s+/).map((r) => parseRange(r) as CellRange),
      formula: `=${rule.formulae?.[0] ?? ""}`,
      fill: hex((rule.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor) ?? "",
      fontColor: hex(rule.style?.font?.color) ?? "",
      stopIfTrue: stops.get(ws.name)?.has(rule.priority ?? -1) ?? false,
    }));
    (ws.columns ?? []).forEach((col, i) => {
      if (col.width !== undefined) m.columnWidths.set(i, col.width);
    });
    const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
    m.frozenRows = view?.state === "frozen" ? (view.ySplit ?? 0) : 0;
    m.tabColor = hex(ws.properties.tabColor) ?? null;
    m.print = printOf(ws);
    return m;
  });
  const names = (
    wb.definedNames as unknown as { model: { name: string; ranges: string[]; localSheetId?: number }[] }
  ).model
    .filter((n) => n.localSheetId === undefined && !n.name.startsWith("_xlnm."))
    .map((n) => {
      const range = n.ranges[0] ?? "";
      const bang = range.lastIndexOf("!");
      const sheet =
        bang < 0
          ? null
          : range
              .slice(0, bang)
              .replace(/^'(.*)'$/, "$1")
              .replace(/''/g, "'");
      return { name: n.name, sheet, ref: bang < 0 ? range : range.slice(bang + 1) };
    });
  return { sheets, names };
}
