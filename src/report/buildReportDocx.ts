import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { GeneratedSheetPlan, Lang } from "../core";
import { readPlanTable, type ReportLine, type ResolvedStyle } from "./readPlanTable";
import { appendixWidths } from "./fitWidths";
import { INDENT_PT, mmToTwips, REPORT_PAGE } from "./reportPage";
import { REPORT_TEXTS } from "./reportTexts";

/** What goes into the Word report: the appendix plan and the narrative, in the generated sheets' language. */
export interface ReportContent {
  appendix: GeneratedSheetPlan;
  narrative: string;
  lang: Lang;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const VALIGN = {
  top: VerticalAlignTable.TOP,
  middle: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;

const hex = (color: string | undefined) => color?.replace(/^#/, "");

/** Runs of a cell's text: one per line, joined by line breaks, in the cell's font. */
function runs(text: string, style: ResolvedStyle): TextRun[] {
  return text.split("\n").map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: style.bold,
        italics: style.italic,
        color: hex(style.fontColor),
        font: style.fontName ?? REPORT_PAGE.fontName,
        size: Math.round((style.fontSize ?? REPORT_PAGE.fontSizePt) * 2),
      }),
  );
}

function paragraph(text: string, style: ResolvedStyle, spacingAfterPt = 0, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    pageBreakBefore: pageBreakBefore || undefined,
    children: runs(text, style),
    alignment: style.horizontal ? ALIGN[style.horizontal] : undefined,
    indent: style.indent ? { left: style.indent * INDENT_PT * 20 } : undefined,
    spacing: { before: 0, after: spacingAfterPt * 20 },
  });
}

const line = (l: ReportLine, i = 1) => paragraph(l.text, l.style, REPORT_PAGE.paragraphAfterPt, i === 0);

/** The appendix table across the text width, columns in proportion to the sheet's, header rows repeated. */
function appendixTable(content: ReportContent): { before: Paragraph[]; table: Table; after: Paragraph[] } {
  const layout = readPlanTable(content.appendix, content.lang);
  const textWidth = mmToTwips(REPORT_PAGE.widthMm - REPORT_PAGE.marginMm.left - REPORT_PAGE.marginMm.right);
  const widths = appendixWidths(layout, textWidth / 20, 20);
  const rows = layout.rows.map(
    (row, r) =>
      new TableRow({
        tableHeader: r < layout.headerRows,
        // A row stays on one page, so a merged note is never cut between two pages.
        cantSplit: true,
        height: row.height ? { value: Math.round(row.height * 20), rule: HeightRule.ATLEAST } : undefined,
        children: row.cells.map((cell) => {
          const border = cell.style.border ? THIN : NONE;
          return new TableCell({
            columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
            rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
            width: {
              size: widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, w) => a + w, 0),
              type: WidthType.DXA,
            },
            verticalAlign: VALIGN[cell.style.vertical ?? "top"],
            margins: { left: 80, right: 80, top: 20, bottom: 20 },
            borders: { top: border, bottom: border, left: border, right: border },
            shading: cell.style.fill
              ? { type: ShadingType.CLEAR, fill: hex(cell.style.fill), color: "auto" }
              : undefined,
            children: [paragraph(cell.text, cell.style)],
          });
        }),
      }),
  );
  const table = new Table({
    rows,
    columnWidths: widths,
    width: { size: textWidth, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
  // The appendix starts a page of its own, as an appendix to a report does: its first line breaks the page, or an
  // empty line does when the table has nothing above it.
  const before = layout.before.length
    ? layout.before.map((l, i) => line(l, i))
    : [new Paragraph({ pageBreakBefore: true, children: [] })];
  return { before, table, after: layout.after.map((l) => line(l)) };
}

/** The narrative as body paragraphs: justified, first line indented, 6 pt apart (Nghị định 30/2020). */
function narrativeParagraphs(content: ReportContent): Paragraph[] {
  const font = { font: REPORT_PAGE.fontName, size: REPORT_PAGE.fontSizePt * 2 };
  const heading = new Paragraph({
    children: [new TextRun({ ...font, text: REPORT_TEXTS[content.lang].narrativeHeading, bold: true })],
    spacing: { after: REPORT_PAGE.paragraphAfterPt * 20 },
  });
  const body = content.narrative
    .split(/\n+/)
    .filter((p) => p.trim())
    .map(
      (text) =>
        new Paragraph({
          children: [new TextRun({ ...font, text })],
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: mmToTwips(REPORT_PAGE.firstLineIndentMm) },
          spacing: { after: REPORT_PAGE.paragraphAfterPt * 20, line: 276 },
        }),
    );
  return [heading, ...body];
}

/**
 * Builds the Word report of a run: the narrative, then the appendix table, laid out per Nghị định 30/2020/NĐ-CP
 * (A4 portrait; margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13; title bold and centred;
 * the table as wide as the text area, its header repeated on every page). Returns the .docx bytes.
 * Example: the sample's run gives a document whose table has the columns Số TT … Ghi chú and 18 indicator rows.
 */
export async function buildReportDocx(content: ReportContent): Promise<Uint8Array> {
  const { before, table, after } = appendixTable(content);
  const document = new Document({
    title: before.length ? undefined : REPORT_TEXTS[content.lang].documentTitle,
    styles: {
      default: { document: { run: { font: REPORT_PAGE.fontName, size: REPORT_PAGE.fontSizePt * 2 } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: mmToTwips(REPORT_PAGE.widthMm),
              height: mmToTwips(REPORT_PAGE.heightMm),
              orientation: PageOrientation.PORTRAIT,
            },
            margin: {
              top: mmToTwips(REPORT_PAGE.marginMm.top),
              bottom: mmToTwips(REPORT_PAGE.marginMm.bottom),
              left: mmToTwips(REPORT_PAGE.marginMm.left),
              right: mmToTwips(REPORT_PAGE.marginMm.right),
            },
          },
        },
        children: [...narrativeParagraphs(content), ...before, table, ...after],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
