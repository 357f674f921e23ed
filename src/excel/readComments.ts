/**
 * The workbook's comments (ExcelApi 1.10, learn.microsoft.com/javascript/api/excel/excel.commentcollection), read so
 * that the product replaces only its own notes (their text starts with NOTE_PREFIX) and never adds one where the
 * officer has a comment (Excel keeps one comment thread per cell): ids and texts in sync 1, cells in sync 2.
 */
import { NOTE_PREFIX, parseRange } from "../core";
import { sheetOfReference } from "./parseAreas";

export interface LocatedComment {
  id: string;
  sheet: string;
  row: number;
  col: number;
  /** Written by this product. */
  ours: boolean;
}

/** Sync 1: every comment's id and text. */
export function queueComments(context: Excel.RequestContext): () => Excel.Comment[] {
  const comments = context.workbook.comments.load("items/id,items/content");
  return () => comments.items;
}

/** Sync 2: where each comment sits. */
export function queueCommentCells(comments: Excel.Comment[]): () => LocatedComment[] {
  const located = comments.map((c) => ({ c, at: c.getLocation().load("address") }));
  return () =>
    located.flatMap(({ c, at }) => {
      const sheet = sheetOfReference(at.address);
      const cell = parseRange(at.address);
      if (sheet === null || !cell) return [];
      return [{ id: c.id, sheet, row: cell.top, col: cell.left, ours: c.content.startsWith(NOTE_PREFIX) }];
    });
}
