/**
 * `context.workbook` and `context.application` of the fake host, and the context type `Excel.run` hands out.
 */
import { FakeClientObject } from "./fakeClientObject";
import { FakeRequestContext, type FakeHostState } from "./fakeContext";
import { FakeWorksheetCollection } from "./fakeCollections";
import { FakeCommentCollection } from "./fakeComments";
import { FakeNamedItemCollection } from "./fakeNames";
import type { FakeWorkbook } from "./fakeModel";

/** Excel.Application in the fake: the suspend calls (recorded, gated by requirement set). */
export class FakeApplication {
  constructor(private readonly context: FakeRequestContext) {}

  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue(
      "Application.suspendScreenUpdatingUntilNextSync",
      [],
      9,
      () => undefined,
      () => undefined,
    );
  }

  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue(
      "Application.suspendApiCalculationUntilNextSync",
      [],
      6,
      () => undefined,
      () => undefined,
    );
  }
}

/** Workbook protection (ExcelApi 1.7): `protected` is the structure protection flag. */
export class FakeWorkbookProtection extends FakeClientObject<FakeWorkbook> {
  constructor(context: FakeRequestContext) {
    super(context, "WorkbookProtection");
  }
  protected resolve(): FakeWorkbook {
    if (this.context.host.excelApiMinor < 7) throw new Error("fake host: WorkbookProtection needs ExcelApi 1.7");
    return this.context.host.workbook;
  }
  protected defaultProperties(): string[] {
    return ["protected"];
  }
  protected readProperty(wb: FakeWorkbook): unknown {
    return wb.structureProtected;
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
}

/** Excel.Workbook in the fake. */
export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  readonly protection: FakeWorkbookProtection;
  /** ExcelApi 1.10. */
  readonly comments: FakeCommentCollection;

  constructor(context: FakeRequestContext) {
    this.comments = new FakeCommentCollection(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.application = new FakeApplication(context);
    this.protection = new FakeWorkbookProtection(context);
  }
}

/** The context passed to `Excel.run` callbacks. */
export class FakeExcelContext extends FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  readonly application: FakeApplication;

  constructor(host: FakeHostState) {
    super(host);
    this.workbook = new FakeWorkbookProxy(this);
    this.application = this.workbook.application;
  }
}
