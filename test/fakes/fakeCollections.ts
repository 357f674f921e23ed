/**
 * Collections of the fake host: the shared "load items" behaviour and the worksheet collection.
 */
import { FakeClientObject } from "./fakeClientObject";
import type { FakeRequestContext } from "./fakeContext";
import { ERROR_CODES, FakeOfficeError, notLoaded } from "./fakeErrors";
import type { FakeWorkbook } from "./fakeModel";
import { checkSheetName, FakeWorksheet } from "./fakeWorksheet";

/** Loads "items/name" (or "name") on a collection: item proxies are created already loaded. */
export abstract class FakeCollection<M, P extends FakeClientObject<unknown>> extends FakeClientObject<FakeWorkbook> {
  private loadedItems: P[] | null = null;

  protected resolve(): FakeWorkbook {
    return this.context.host.workbook;
  }
  protected defaultProperties(): string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
  protected abstract models(wb: FakeWorkbook): M[];
  protected abstract proxyFor(model: M): P;
  protected abstract itemProperty(model: M, name: string): unknown;
  /** The ExcelApi 1.x minor version a load of this collection needs. */
  protected loadMinor(): number {
    return 1;
  }

  load(option?: string | string[] | { select?: string | string[] }): this {
    const raw = typeof option === "string" ? option.split(",") : Array.isArray(option) ? option : [];
    const props = raw.map((p) => p.trim().replace(/^items\//, "")).filter((p) => p);
    this.context.enqueue(
      `${this.typeName}.load`,
      props,
      this.loadMinor(),
      () => undefined,
      () => {
        const loaded: Record<string, unknown>[] = [];
        const items = this.models(this.context.host.workbook).map((m) => {
          const proxy = this.proxyFor(m);
          const values: Record<string, unknown> = {};
          for (const p of props) values[p] = this.itemProperty(m, p);
          proxy.markLoaded(values);
          loaded.push(values);
          return proxy;
        });
        this.context.addResponse({ items: loaded });
        this.loadedItems = items;
      },
      this,
    );
    return this;
  }

  get items(): P[] {
    if (!this.loadedItems) throw notLoaded(this.typeName, "items");
    return this.loadedItems;
  }
}

/** Excel.WorksheetCollection in the fake. */
export class FakeWorksheetCollection extends FakeCollection<{ id: string; name: string }, FakeWorksheet> {
  constructor(context: FakeRequestContext) {
    super(context, "WorksheetCollection");
  }
  protected models(wb: FakeWorkbook) {
    return wb.sheets;
  }
  protected proxyFor(model: { id: string }): FakeWorksheet {
    return new FakeWorksheet(this.context, [model.id], () => this.context.host.workbook.sheetById(model.id) ?? null);
  }
  protected itemProperty(model: { id: string; name: string }, name: string): unknown {
    if (name === "name") return model.name;
    if (name === "id") return model.id;
    if (name === "position") return this.context.host.workbook.sheets.findIndex((s) => s.id === model.id);
    if (name === "visibility") return this.context.host.workbook.sheetById(model.id)?.visibility;
    throw new Error(`fake host: Worksheet.${name} is not modelled in collections`);
  }

  add(name?: string): FakeWorksheet {
    let createdId: string | null = null;
    this.invoke("add", [name], 1, (wb) => {
      if (wb.structureProtected)
        throw new FakeOfficeError(
          ERROR_CODES.accessDenied,
          "The workbook structure is protected.",
          "WorksheetCollection.add",
        );
      let finalName = name;
      if (finalName === undefined)
        for (let i = wb.sheets.length + 1; !finalName || wb.sheet(finalName); i++) finalName = `Sheet${i}`;
      checkSheetName(finalName, "WorksheetCollection.add");
      if (wb.sheet(finalName))
        throw new FakeOfficeError(
          ERROR_CODES.itemAlreadyExists,
          "A resource with the same name or identifier already exists.",
          "WorksheetCollection.add",
        );
      createdId = wb.addSheet(finalName).id;
    });
    return new FakeWorksheet(this.context, [], () =>
      createdId ? (this.context.host.workbook.sheetById(createdId) ?? null) : null,
    );
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, [key], () => {
      const wb = this.context.host.workbook;
      const sheet = wb.sheet(key) ?? wb.sheetById(key);
      if (!sheet)
        throw new FakeOfficeError(
          ERROR_CODES.itemNotFound,
          "The requested resource doesn't exist.",
          "WorksheetCollection.getItem",
        );
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.context.host.calls.push("WorksheetCollection.getItemOrNullObject");
    return new FakeWorksheet(this.context, [key], () => {
      if (this.context.host.excelApiMinor < 4)
        throw new FakeOfficeError(
          ERROR_CODES.apiNotFound,
          "ExcelApi 1.4 needed.",
          "WorksheetCollection.getItemOrNullObject",
        );
      const wb = this.context.host.workbook;
      return wb.sheet(key) ?? wb.sheetById(key) ?? null;
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, [], () => this.context.host.workbook.activeSheet() ?? null);
  }
}
