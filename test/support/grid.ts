import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../../src/core";
import { parseRange } from "../../src/core";

/** A sheet grid from rows of values; `merges` in A1 form ("C20:E20"), `formats` by A1 cell ("C5": "0%"). */
export function sheet(
  name: string,
  rows: CellValue[][],
  opts: { merges?: string[]; formats?: Record<string, string> } = {},
): SheetGrid {
  const formats: (string | undefined)[][] = rows.map(() => []);
  for (const [address, format] of Object.entries(opts.formats ?? {})) {
    const r = parseRange(address)!;
    formats[r.top] ??= [];
    formats[r.top]![r.left] = format;
  }
  return {
    name,
    values: rows.map((r) => [...r]),
    formats,
    merges: (opts.merges ?? []).map((m) => parseRange(m) as CellRange),
  };
}

export const book = (...sheets: SheetGrid[]): WorkbookGrid => ({ sheets });

export const HEADER = ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ đạt được (%)", "Ghi chú"];
