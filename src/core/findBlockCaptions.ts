import { captionTop } from "./findTableEnd";
import { UNIT_LINE } from "./findTitle";
import type { SheetAccess } from "./sheetAccess";
import type { ColumnMapping } from "./types";

/** A note's lead ("Comment: …", "Giải trình: …"): a caption and a colon, no figure before it. */
const NOTE_LEAD = /^[^:\d]{3,25}:\s*\S/u;

/**
 * A caption line that explains the block rather than naming it: a note ("Comment: …"), a question ("Did the KPI hit
 * target?"), a sentence closed by a full stop ("We monitor the number of repairs fixed first time.") or a paragraph.
 * Example: `isCaptionNote("Did the KPI hit target?") === true`, `isCaptionNote("KPI 1.2 Number empty homes") === false`.
 */
export function isCaptionNote(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  return (
    NOTE_LEAD.test(t) ||
    /\?$/.test(t) ||
    (/\.$/.test(t) && words >= 5) ||
    (words >= 15 && /[.!?]\s+[\p{Lu}\d]/u.test(t))
  );
}

/** The one text of a row, or "" where it has none or several. */
function onlyText(sheet: SheetAccess, row: number): string {
  let text = "";
  for (let c = 0; c < sheet.colCount; c++) {
    const t = sheet.text(row, c);
    if (!t) continue;
    if (text) return "";
    text = t;
  }
  return text;
}

/** A header's caption rows (`captionTop`), up to the first from the header that holds more than one text. */
function captionLines(sheet: SheetAccess, headerTop: number, floor: number, reach: number, columns: ColumnMapping) {
  const top = captionTop(sheet, headerTop, floor, columns, reach);
  const rows: number[] = [];
  for (let r = headerTop - 1; r >= top && onlyText(sheet, r); r--) rows.unshift(r);
  return rows;
}

export interface BlockCaptions {
  /** Rows above the first header that caption its block as the later blocks' captions do theirs: headings. */
  lead: number[];
  /** Caption lines of the later blocks that explain rather than name them, and unit lines: not headings. */
  notes: number[];
  /** The first naming line of each block's caption: it heads the block as a section of the table. */
  heads: number[];
}

/**
 * The captions of a table in blocks (a header repeated under each block's caption): each later block's caption
 * names its lines, so the first block's caption — as many lines above the first header, from `floor` on, as the
 * second block has above its own — names the first block's lines too. Caption lines that explain the block
 * (`isCaptionNote`, below a later block's first caption line, anywhere in the first block's) and unit lines are not
 * headings; the first naming line of each block heads it as a section (`heads`). Example: "KPI 1.1 Percentage of Council Tax collected" / "Comment: …" / "Did the KPI
 * hit target?" over the first header, the same for KPI 1.2 further down → lead [the KPI 1.1 row], notes [comment and
 * question rows of KPI 1.2], heads [the KPI 1.1 and KPI 1.2 rows].
 */
export function findBlockCaptions(
  sheet: SheetAccess,
  blocks: readonly { headerTop: number; firstRow: number; lastRow: number }[],
  floor: number,
  columns: ColumnMapping,
): BlockCaptions {
  const none: BlockCaptions = { lead: [], notes: [], heads: [] };
  if (blocks.length < 2) return none;
  const notes: number[] = [];
  const heads: number[] = [];
  let reach = 0;
  for (let i = 1; i < blocks.length; i++) {
    const lines = captionLines(sheet, blocks[i]!.headerTop, blocks[i - 1]!.lastRow, 3, columns);
    if (i === 1) reach = lines.length;
    // The first line names the block; the lines under it may explain it. A unit line is the table's unit.
    const naming: number[] = [];
    for (const r of lines) (UNIT_LINE.test(onlyText(sheet, r).normalize("NFC")) ? notes : naming).push(r);
    for (const r of naming.slice(1)) if (isCaptionNote(onlyText(sheet, r))) notes.push(r);
    if (naming.length > 0) heads.push(naming[0]!);
  }
  if (reach === 0) return { lead: [], notes, heads: [] };
  // Above the first header, where the document's own lines end is less sure: no line that explains is a heading.
  const lead = captionLines(sheet, blocks[0]!.headerTop, floor - 1, reach, columns).filter((r) => {
    const text = onlyText(sheet, r);
    return !UNIT_LINE.test(text.normalize("NFC")) && !isCaptionNote(text);
  });
  return { lead, notes, heads: lead.length > 0 ? [lead[0]!, ...heads] : heads };
}
