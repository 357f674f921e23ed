/**
 * The Office fake host's workbook to and from the plain workbook model: seed a fake host from a model, and read
 * it back into one after the adapter ran, so the conformance suite compares it with the oracle. The fake keeps
 * what Office.js reports (Office.js words for alignment and visibility, widths and margins in points); the model
 * keeps the plan's terms (character widths, margins in inches).
 */
import type { CellRange, HorizontalAlign, PrintSetup, VerticalAlign } from "../../src/core";
import type { FakeCell, FakePageLayout, FakeStyle, FakeVisibility, FakeWorkbook } from "../fakes";
import {
  cellKey,
  EDGES,
  emptySheet,
  keyCol,
  keyRow,
  type ModelCell,
  type ModelStyle,
  type Visibility,
  type WorkbookModel,
} from "./workbookModel";

const H_OUT: Record<HorizontalAlign, string> = { left: "Left", center: "Center", right: "Right" };
const V_OUT: Record<VerticalAlign, string> = { top: "Top", middle: "Center", bottom: "Bottom" };
const H_IN: Record<string, HorizontalAlign> = { Left: "left", Center: "center", Right: "right" };
const V_IN: Record<string, VerticalAlign> = { Top: "top", Center: "middle", Bottom: "bottom" };
const VIS_OUT: Record<Visibility, FakeVisibility> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };
const VIS_IN: Record<FakeVisibility, Visibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** Characters → points as Excel converts them with Calibri 11 (7 px a digit; ECMA-376 §18.3.1.13). */
const toPoints = (width: number) => Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7) * 0.75;
/** Points → characters, the inverse up to a pixel (comparisons allow for it). */
const toWidth = (points: number) => Math.round(((points / 0.75 - (128 / 7 / 256) * 7) / 7) * 100) / 100;
const round = (v: number, places = 6) => Math.round(v * 10 ** places) / 10 ** places;

function fakeStyle(style: ModelStyle): FakeStyle | undefined {
  const out: FakeStyle = {};
  if (style.fontName !== undefined) out.fontName = style.fontName;
  if (style.fontSize !== undefined) out.fontSize = style.fontSize;
  if (style.bold !== undefined) out.bold = style.bold;
  if (style.italic !== undefined) out.italic = style.italic;
  if (style.fontColor !== undefined) out.fontColor = style.fontColor.toUpperCase();
  if (style.fill !== undefined) out.fill = style.fill.toUpperCase();
  if (style.horizontal !== undefined) out.horizontal = H_OUT[style.horizontal];
  if (style.vertical !== undefined) out.vertical = V_OUT[style.vertical];
  if (style.wrap !== undefined) out.wrap = style.wrap;
  if (style.indent !== undefined) out.indent = style.indent;
  if (style.borders?.length) out.borders = Object.fromEntries(style.borders.map((e) => [e, true]));
  return Object.keys(out).length ? out : undefined;
}

function modelStyle(cell: FakeCell): ModelStyle | undefined {
  const s = cell.style ?? {};
  const out: ModelStyle = {};
  if (s.fontName !== undefined) out.fontName = s.fontName;
  if (s.fontSize !== undefined) out.fontSize = s.fontSize;
  if (s.bold !== undefined) out.bold = s.bold;
  if (s.italic !== undefined) out.italic = s.italic;
  if (s.fontColor !== undefined) out.fontColor = s.fontColor.toUpperCase();
  if (s.fill !== undefined) out.fill = s.fill.toUpperCase();
  if (s.horizontal !== undefined && H_IN[s.horizontal]) out.horizontal = H_IN[s.horizontal];
  if (s.vertical !== undefined && V_IN[s.vertical]) out.vertical = V_IN[s.vertical];
  if (s.wrap !== undefined) out.wrap = s.wrap;
  if (s.indent) out.indent = s.indent;
  const edges = EDGES.filter((e) => s.borders?.[e]);
  if (edges.length) out.borders = edges;
  if (cell.numberFormat !== undefined && cell.numberFormat !== "General") out.numberFormat = cell.numberFormat;
  return Object.keys(out).length ? out : undefined;
}

function layoutOf(print: PrintSetup): FakePageLayout {
  const m = print.margins;
  return {
    paperSize: print.paper,
    orientation: print.orientation === "landscape" ? "Landscape" : "Portrait",
    zoom: { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight },
    leftMargin: round(m.left * 72, 2),
    rightMargin: round(m.right * 72, 2),
    topMargin: round(m.top * 72, 2),
    bottomMargin: round(m.bottom * 72, 2),
    headerMargin: round(m.header * 72, 2),
    footerMargin: round(m.footer * 72, 2),
    ...(print.centerHorizontally !== undefined ? { centerHorizontally: print.centerHorizontally } : {}),
    ...(print.repeatRows ? { printTitleRows: `$${print.repeatRows.top + 1}:$${print.repeatRows.bottom + 1}` } : {}),
  };
}

function printOf(l: FakePageLayout): PrintSetup | null {
  if (!Object.keys(l).length) return null;
  const inches = (v: number | undefined) => round((v ?? 0) / 72);
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(l.printTitleRows ?? "");
  return {
    paper: (l.paperSize ?? "A4") as "A4",
    orientation: l.orientation === "Landscape" ? "landscape" : "portrait",
    fitToWidth: (l.zoom?.horizontalFitToPages ?? 1) as 1,
    fitToHeight: (l.zoom?.verticalFitToPages ?? 0) as 0,
    ...(rows ? { repeatRows: { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1 } } : {}),
    margins: {
      left: inches(l.leftMargin),
      right: inches(l.rightMargin),
      top: inches(l.topMargin),
      bottom: inches(l.bottomMargin),
      header: inches(l.headerMargin),
      footer: inches(l.footerMargin),
    },
    ...(l.centerHorizontally !== undefined ? { centerHorizontally: l.centerHorizontally } : {}),
  };
}

let ruleIds = 1_000_000;

/** Adds the model's sheets (in order) and names to an empty fake workbook; the first sheet becomes active. */
export function seedFakeFromModel(workbook: FakeWorkbook, model: WorkbookModel): void {
  for (const m of model.sheets) {
    const sheet = workbook.addSheet(m.name);
    sheet.visibility = VIS_OUT[m.visibility];
    for (const [key, c] of m.cells) {
      const cell = sheet.ensure(keyRow(key), keyCol(key));
      cell.value = c.value === "" ? null : c.value;
      if (c.formula !== undefined) cell.formula = c.formula;
      if (typeof c.value === "string" && /^#[A-Z/0!?]+[!?A]?$/.test(c.value)) cell.error = true;
      const style = c.style ? fakeStyle(c.style) : undefined;
      if (style) cell.style = style;
      if (c.style?.numberFormat !== undefined) cell.numberFormat = c.style.numberFormat;
    }
    sheet.merges = m.merges.map((r) => ({ ...r }));
    sheet.conditionalFormats = m.conditionalFormats.map((r) => ({
      id: ruleIds++,
      ranges: r.ranges.map((x) => ({ ...x })),
      type: "Custom",
      formula: r.formula,
      fill: r.fill.toUpperCase(),
      fontColor: r.fontColor.toUpperCase(),
      stopIfTrue: r.stopIfTrue,
    }));
    for (const [c, w] of m.columnWidths) sheet.columnWidths.set(c, toPoints(w));
    for (const [r, h] of m.rowHeights) sheet.rowHeights.set(r, h);
    sheet.frozenRows = m.frozenRows;
    sheet.tabColor = m.tabColor?.toUpperCase() ?? "";
    sheet.pageLayout = m.print ? layoutOf(m.print) : {};
    for (const [key, content] of m.notes)
      workbook.comments.push({
        id: `seed-${workbook.nextCommentId++}`,
        sheetId: sheet.id,
        row: keyRow(key),
        col: keyCol(key),
        content,
      });
  }
  for (const n of model.names) {
    const sheet = n.sheet === null ? undefined : workbook.sheet(n.sheet);
    workbook.names.set(n.name.toLowerCase(), {
      name: n.name,
      sheetId: sheet?.id ?? null,
      ref: sheet ? n.ref : "#REF!",
      comment: "",
    });
  }
}

/** The fake workbook in the model's shape (blank unformatted cells left out). */
export function dumpFakeWorkbook(workbook: FakeWorkbook): WorkbookModel {
  const sheets = workbook.sheets.map((s) => {
    const m = emptySheet(s.name, VIS_IN[s.visibility]);
    for (const { row, col, cell } of s.entries()) {
      const style = modelStyle(cell);
      if (cell.value === null && cell.formula === undefined && !style) continue;
      const out: ModelCell = { value: cell.value };
      if (cell.formula !== undefined) out.formula = cell.formula;
      if (style) out.style = style;
      m.cells.set(cellKey(row, col), out);
    }
    m.merges = s.merges.map((r): CellRange => ({ ...r }));
    m.conditionalFormats = s.conditionalFormats.map((f) => ({
      ranges: f.ranges.map((r) => ({ ...r })),
      formula: f.formula ?? "",
      fill: f.fill ?? "",
      fontColor: f.fontColor ?? "",
      stopIfTrue: f.stopIfTrue,
    }));
    for (const [c, p] of s.columnWidths) m.columnWidths.set(c, toWidth(p));
    for (const [r, h] of s.rowHeights) m.rowHeights.set(r, h);
    m.frozenRows = s.frozenRows;
    m.tabColor = s.tabColor ? s.tabColor.toUpperCase() : null;
    m.print = printOf(s.pageLayout);
    for (const c of workbook.comments) if (c.sheetId === s.id) m.notes.set(cellKey(c.row, c.col), c.content);
    return m;
  });
  const names = [...workbook.names.values()].map((n) => {
    const sheet = n.sheetId === null ? undefined : workbook.sheetById(n.sheetId);
    return { name: n.name, sheet: sheet?.name ?? null, ref: sheet ? n.ref : "#REF!" };
  });
  return { sheets, names };
}
