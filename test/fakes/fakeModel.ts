/**
 * The in-memory workbook behind the fake Office host: plain data that tests seed and inspect.
 * Coordinates are 0-based (A1 is row 0, column 0), as in the engine.
 */

/** A cell value as stored. */
export type FakeValue = string | number | boolean | null;

/** A block of cells, 0-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Which edges of a cell have a border. */
export interface FakeBorders {
  top?: boolean;
  bottom?: boolean;
  left?: boolean;
  right?: boolean;
}

/** The formatting of one cell. */
export interface FakeStyle {
  fill?: string;
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  /** Office.js words: "Left", "Center", "Right", "General". */
  horizontal?: string;
  /** Office.js words: "Top", "Center", "Bottom". */
  vertical?: string;
  wrap?: boolean;
  /** Alignment indent level (ExcelApi 1.9 `RangeFormat.indentLevel`). */
  indent?: number;
  borders?: FakeBorders;
}

/** One cell. */
export interface FakeCell {
  /** The value Excel shows (a formula's cached result; null = blank). */
  value: FakeValue;
  /** The formula with its leading "=", when the cell holds one. */
  formula?: string;
  /** Set when the value was entered with a leading apostrophe (text, never parsed). */
  quotePrefix?: boolean;
  /** Set for error values such as "#DIV/0!". */
  error?: boolean;
  numberFormat?: string;
  style?: FakeStyle;
}

/** One custom conditional-format rule. */
export interface FakeConditionalFormat {
  id: number;
  /** The applies-to area; clearing rules from some of its cells leaves the rest, so it may be several rectangles. */
  ranges: Rect[];
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

/** Print settings written through Worksheet.pageLayout (margins in points). */
export interface FakePageLayout {
  paperSize?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  centerHorizontally?: boolean;
  printTitleRows?: string;
}

const key = (row: number, col: number): number => row * 16384 + col;

/** Worksheet visibility, in Office.js words. */
export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

/** One worksheet. */
export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  merges: Rect[] = [];
  protected = false;
  visibility: FakeVisibility = "Visible";
  /** Column widths and row heights in points, as Office.js reports them. */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** In priority order: index 0 is evaluated first. */
  conditionalFormats: FakeConditionalFormat[] = [];
  frozenRows = 0;
  tabColor = "";
  pageLayout: FakePageLayout = {};

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(key(row, col));
  }

  /** The cell, created blank when missing. */
  ensure(row: number, col: number): FakeCell {
    let cell = this.cells.get(key(row, col));
    if (!cell) {
      cell = { value: null };
      this.cells.set(key(row, col), cell);
    }
    return cell;
  }

  /** Forgets a cell (it becomes blank and unformatted). */
  drop(row: number, col: number): void {
    this.cells.delete(key(row, col));
  }

  /** Every stored cell with its coordinates. */
  *entries(): Generator<{ row: number; col: number; cell: FakeCell }> {
    for (const [k, cell] of this.cells) yield { row: Math.floor(k / 16384), col: k % 16384, cell };
  }

  /** The smallest rectangle holding every value (and every formatted cell unless valuesOnly), within `within`. */
  usedRange(valuesOnly: boolean, within?: Rect): Rect | null {
    let box: Rect | null = null;
    for (const { row, col, cell } of this.entries()) {
      if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right)) continue;
      const used =
        cell.value !== null || cell.formula !== undefined || (!valuesOnly && (cell.style || cell.numberFormat));
      if (!used) continue;
      if (!box) box = { top: row, left: col, bottom: row, right: col };
      else {
        box.top = Math.min(box.top, row);
        box.left = Math.min(box.left, col);
        box.bottom = Math.max(box.bottom, row);
        box.right = Math.max(box.right, col);
      }
    }
    return box;
  }
}

/** Whether a cell lies inside a merged area without being its top-left cell (Excel hides such cells). */
export function hiddenByMerge(sheet: FakeSheet, row: number, col: number): boolean {
  return sheet.merges.some(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && !(row === m.top && col === m.left),
  );
}

/** A workbook-level defined name. A reference to a sheet follows the sheet when it is renamed, like Excel. */
export interface FakeName {
  name: string;
  sheetId: string | null;
  /** The cell part of the reference ("$A$1"), or the whole formula when it does not point to a sheet. */
  ref: string;
  comment: string;
}

/** A threaded comment (ExcelApi 1.10): one per cell at most. */
export interface FakeComment {
  id: string;
  sheetId: string;
  row: number;
  col: number;
  content: string;
}

/** What a worksheet's onChanged handler receives (ExcelApi 1.7; triggerSource from 1.14). */
export interface FakeChangedEvent {
  type: "WorksheetChanged";
  changeType: "RangeEdited";
  source: "Local";
  address: string;
  worksheetId: string;
  triggerSource?: "ThisLocalAddin" | "Unknown";
}

/** The whole workbook: sheets in tab order, names, the active sheet and selection, document settings. */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  readonly names = new Map<string, FakeName>();
  comments: FakeComment[] = [];
  /** Handlers registered with Worksheet.onChanged, by sheet id. */
  readonly changeHandlers = new Map<string, Set<(event: FakeChangedEvent) => unknown>>();
  nextCommentId = 1;
  activeSheetId: string | null = null;
  /** Workbook structure protection: sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  selection: { sheetId: string; range: Rect } | null = null;
  /** Office.context.document.settings after the last saveAsync. */
  savedSettings: Record<string, unknown> = {};
  private nextId = 1;

  addSheet(name: string, index = this.sheets.length): FakeSheet {
    const sheet = new FakeSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.splice(index, 0, sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): FakeSheet | undefined {
    return this.activeSheetId ? this.sheetById(this.activeSheetId) : undefined;
  }

  /** The sheet a name points to, or undefined (also when the sheet was deleted). */
  nameTarget(name: string): FakeSheet | undefined {
    const item = this.names.get(name.toLowerCase());
    return item?.sheetId ? this.sheetById(item.sheetId) : undefined;
  }
}
