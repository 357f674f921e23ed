/**
 * Worksheet proxies of the fake host: one sheet, its protection and frozen panes.
 * A proxy binds to its sheet the first time it is used at sync, then follows that sheet through renames.
 */
import { parseAddress } from "./fakeAddress";
import { FakeClientObject } from "./fakeClientObject";
import type { FakeRequestContext } from "./fakeContext";
import { ERROR_CODES, FakeOfficeError, invalidArgument, notFound } from "./fakeErrors";
import type { FakeChangedEvent, FakeSheet, FakeVisibility, FakeWorkbook } from "./fakeModel";

/** OfficeExtension.EventHandlerResult in the fake. */
export interface FakeEventHandlerResult {
  context: FakeRequestContext;
  remove(): void;
}
import { rewriteReferences } from "./fakeSheetReferences";
import { FakeWorksheetPageLayout } from "./fakePageLayout";
import { FakeRange } from "./fakeRange";

/** Excel's sheet-name rules: 1 to 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
export function checkSheetName(name: string, location: string): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(location, `Invalid sheet name "${name}".`);
  }
}

function assertNameFree(wb: FakeWorkbook, name: string, except?: FakeSheet): void {
  const other = wb.sheet(name);
  if (other && other !== except) {
    throw new FakeOfficeError(
      ERROR_CODES.itemAlreadyExists,
      "A resource with the same name or identifier already exists.",
      "Worksheet.name",
    );
  }
}

function assertStructure(wb: FakeWorkbook, location: string): void {
  if (wb.structureProtected)
    throw new FakeOfficeError(ERROR_CODES.accessDenied, "The workbook structure is protected.", location);
}

/** Excel.Worksheet in the fake. */
export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  private boundId: string | null | undefined;

  constructor(
    context: FakeRequestContext,
    pathArgs: unknown[],
    private readonly locate: () => FakeSheet | null,
  ) {
    super(context, "Worksheet", pathArgs);
  }

  protected resolve(): FakeSheet | null {
    const wb = this.context.host.workbook;
    if (this.boundId === undefined) this.boundId = this.locate()?.id ?? null;
    if (this.boundId === null) return null;
    const sheet = wb.sheetById(this.boundId);
    if (!sheet) throw notFound("Worksheet");
    return sheet;
  }
  protected sheetName(): string | undefined {
    try {
      return this.resolve()?.name;
    } catch {
      return undefined;
    }
  }
  protected defaultProperties(): string[] {
    return ["name", "id", "position", "visibility"];
  }
  protected child(name: string): FakeClientObject<unknown> | undefined {
    return name === "protection" ? this.protection : undefined;
  }
  protected readProperty(sheet: FakeSheet, name: string): unknown {
    const wb = this.context.host.workbook;
    if (name === "name") return sheet.name;
    if (name === "id") return sheet.id;
    if (name === "position") return wb.sheets.indexOf(sheet);
    if (name === "visibility") return sheet.visibility;
    if (name === "tabColor") return sheet.tabColor;
    throw new Error(`fake host: Worksheet.${name} is not modelled`);
  }

  get name(): string {
    return this.loaded("name");
  }
  /** A rename rewrites the formulas that refer to the sheet (names follow it through its id). */
  set name(v: string) {
    this.write("name", v, 1, (sheet) => {
      const wb = this.context.host.workbook;
      assertStructure(wb, "Worksheet.name");
      checkSheetName(v, "Worksheet.name");
      assertNameFree(wb, v, sheet);
      const old = sheet.name;
      sheet.name = v;
      if (old !== v) rewriteReferences(wb, old, v);
    });
  }
  get visibility(): FakeVisibility {
    return this.loaded("visibility");
  }
  set visibility(v: FakeVisibility) {
    this.write("visibility", v, 1, (sheet) => (sheet.visibility = v));
  }
  get id(): string {
    return this.loaded("id");
  }
  /** "" clears the tab colour. */
  set tabColor(v: string) {
    this.write("tabColor", v, 7, (sheet) => (sheet.tabColor = v.toUpperCase()));
  }

  activate(): void {
    this.invoke("activate", [], 1, (sheet) => (this.context.host.workbook.activeSheetId = sheet.id));
  }

  /** Formulas that referred to the deleted sheet become #REF!; a very hidden sheet cannot be deleted. */
  delete(): void {
    this.invoke("delete", [], 1, (sheet) => {
      const wb = this.context.host.workbook;
      assertStructure(wb, "Worksheet.delete");
      // learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
      if (sheet.visibility === "VeryHidden")
        throw new FakeOfficeError(ERROR_CODES.invalidOperation, "The sheet is very hidden.", "Worksheet.delete");
      if (wb.sheets.length <= 1)
        throw new FakeOfficeError(
          ERROR_CODES.invalidOperation,
          "A workbook must contain at least one visible worksheet.",
          "Worksheet.delete",
        );
      const index = wb.sheets.indexOf(sheet);
      wb.sheets.splice(index, 1);
      if (wb.activeSheetId === sheet.id) wb.activeSheetId = wb.sheets[Math.max(0, index - 1)]!.id;
      if (wb.selection?.sheetId === sheet.id) wb.selection = null;
      rewriteReferences(wb, sheet.name, null);
    });
  }

  getRange(address?: string): FakeRange {
    this.context.host.calls.push("Worksheet.getRange");
    return new FakeRange(this.context, [address ?? ""], () => {
      const sheet = this.target();
      const rect = address === undefined ? { top: 0, left: 0, bottom: 1048575, right: 16383 } : parseAddress(address);
      if (!rect) throw invalidArgument("Worksheet.getRange", address);
      return { sheet, rect };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    this.context.host.calls.push("Worksheet.getUsedRange");
    return new FakeRange(this.context, [valuesOnly ?? false], () => {
      const sheet = this.target();
      // valuesOnly arrived with ExcelApi 1.2; older hosts ignore it.
      const only = valuesOnly === true && this.context.host.excelApiMinor >= 2;
      return { sheet, rect: sheet.usedRange(only) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.host.calls.push("Worksheet.getUsedRangeOrNullObject");
    return new FakeRange(this.context, [valuesOnly ?? false], () => {
      if (this.context.host.excelApiMinor < 4)
        throw new FakeOfficeError(
          ERROR_CODES.apiNotFound,
          "ExcelApi 1.4 needed.",
          "Worksheet.getUsedRangeOrNullObject",
        );
      const sheet = this.target();
      const rect = sheet.usedRange(valuesOnly === true);
      return rect ? { sheet, rect } : null;
    });
  }

  get protection(): FakeWorksheetProtection {
    return new FakeWorksheetProtection(this.context, () => this.target());
  }

  get freezePanes(): { freezeRows(count?: number): void; unfreeze(): void } {
    return {
      freezeRows: (count = 1) =>
        this.invoke("freezePanes.freezeRows", [count], 7, (sheet) => (sheet.frozenRows = count)),
      unfreeze: () => this.invoke("freezePanes.unfreeze", [], 7, (sheet) => (sheet.frozenRows = 0)),
    };
  }

  /**
   * ExcelApi 1.7 (learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member):
   * `add` registers a handler at the next sync and returns the EventHandlerResult whose `remove` (queued, with its
   * context) takes it off again. See FakeRequestContext for when the fake raises the event.
   */
  get onChanged(): { add(handler: (event: FakeChangedEvent) => unknown): FakeEventHandlerResult } {
    return {
      add: (handler) => {
        let sheetId: string | null = null;
        this.invoke("onChanged.add", [], 7, (sheet) => {
          sheetId = sheet.id;
          const wb = this.context.host.workbook;
          (wb.changeHandlers.get(sheet.id) ?? wb.changeHandlers.set(sheet.id, new Set()).get(sheet.id)!).add(handler);
        });
        return {
          context: this.context,
          remove: () =>
            this.context.enqueue(
              "EventHandlerResult.remove",
              [],
              7,
              () => undefined,
              () => void (sheetId && this.context.host.workbook.changeHandlers.get(sheetId)?.delete(handler)),
            ),
        };
      },
    };
  }

  get pageLayout(): FakeWorksheetPageLayout {
    return new FakeWorksheetPageLayout(this.context, () => this.target());
  }
}

/** Excel.WorksheetProtection in the fake (ExcelApi 1.2). */
export class FakeWorksheetProtection extends FakeClientObject<FakeSheet> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, "WorksheetProtection");
  }
  protected resolve(): FakeSheet {
    if (this.context.host.excelApiMinor < 2)
      throw new FakeOfficeError(ERROR_CODES.apiNotFound, "ExcelApi 1.2 needed.", "WorksheetProtection");
    return this.sheet();
  }
  protected defaultProperties(): string[] {
    return ["protected"];
  }
  protected readProperty(sheet: FakeSheet, name: string): unknown {
    if (name === "protected") return sheet.protected;
    throw new Error(`fake host: WorksheetProtection.${name} is not modelled`);
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
}
