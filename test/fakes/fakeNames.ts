/**
 * Workbook-level names of the fake host (NamedItemCollection, NamedItem).
 */
import { quoteSheetName, splitReference } from "./fakeAddress";
import { FakeClientObject } from "./fakeClientObject";
import { FakeCollection } from "./fakeCollections";
import type { FakeRequestContext } from "./fakeContext";
import { ERROR_CODES, FakeOfficeError, invalidArgument } from "./fakeErrors";
import type { FakeName, FakeWorkbook } from "./fakeModel";
import type { FakeRange } from "./fakeRange";

/** The value Excel shows for a name: "'Phụ lục'!$A$1", or "#REF!" once its sheet is gone. */
function nameValue(wb: FakeWorkbook, item: FakeName): string {
  if (item.sheetId === null) return item.ref;
  const sheet = wb.sheetById(item.sheetId);
  return sheet ? `${quoteSheetName(sheet.name)}!${item.ref}` : "#REF!";
}

/** Excel.NamedItem in the fake. */
export class FakeNamedItem extends FakeClientObject<FakeName> {
  constructor(
    context: FakeRequestContext,
    private readonly locate: () => FakeName | null,
  ) {
    super(context, "NamedItem");
  }
  protected resolve(): FakeName | null {
    return this.locate();
  }
  protected defaultProperties(): string[] {
    return ["name", "value", "type"];
  }
  protected readProperty(item: FakeName, name: string): unknown {
    return namedItemProperty(this.context, item, name);
  }
  get name(): string {
    return this.loaded("name");
  }
  get value(): string {
    return this.loaded("value");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  get type(): string {
    return this.loaded("type");
  }
  delete(): void {
    this.invoke("delete", [], 4, (item) => this.context.host.workbook.names.delete(item.name.toLowerCase()));
  }
}

function namedItemProperty(context: FakeRequestContext, item: FakeName, name: string): unknown {
  const wb = context.host.workbook;
  if (name === "name") return item.name;
  if (name === "value") return nameValue(wb, item);
  if (name === "type") return item.sheetId !== null ? "Range" : "String";
  if (name === "comment") return item.comment;
  if (name === "formula") {
    if (context.host.excelApiMinor < 7)
      throw new FakeOfficeError(ERROR_CODES.apiNotFound, "ExcelApi 1.7 needed.", "NamedItem.formula");
    return `=${nameValue(wb, item)}`;
  }
  throw new Error(`fake host: NamedItem.${name} is not modelled`);
}

/** Excel.NamedItemCollection (workbook scope) in the fake. */
export class FakeNamedItemCollection extends FakeCollection<FakeName, FakeNamedItem> {
  constructor(context: FakeRequestContext) {
    super(context, "NamedItemCollection");
  }
  protected models(wb: FakeWorkbook): FakeName[] {
    return [...wb.names.values()];
  }
  protected proxyFor(model: FakeName): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      () => this.context.host.workbook.names.get(model.name.toLowerCase()) ?? null,
    );
  }
  protected itemProperty(model: FakeName, name: string): unknown {
    return namedItemProperty(this.context, model, name);
  }

  /** ExcelApi 1.4. A string reference such as "='Phụ lục'!$A$1" is bound to its sheet, as Excel does. */
  add(name: string, reference: string | FakeRange, comment = ""): FakeNamedItem {
    const payload = typeof reference === "string" ? reference : "(range)";
    this.invoke("add", [name, payload, comment], 4, (wb) => {
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Z]{1,3}[0-9]+$/i.test(name))
        throw invalidArgument("NamedItemCollection.add", name);
      if (wb.names.has(name.toLowerCase()))
        throw new FakeOfficeError(
          ERROR_CODES.itemAlreadyExists,
          "A resource with the same name or identifier already exists.",
          "NamedItemCollection.add",
        );
      if (typeof reference !== "string")
        throw invalidArgument("NamedItemCollection.add", "the fake host takes string references only");
      const parts = splitReference(reference);
      const sheet = parts ? wb.sheet(parts.sheet) : undefined;
      if (parts && !sheet) throw invalidArgument("NamedItemCollection.add", reference);
      wb.names.set(name.toLowerCase(), {
        name,
        sheetId: sheet?.id ?? null,
        ref: sheet && parts ? parts.cells : reference,
        comment,
      });
    });
    return new FakeNamedItem(this.context, () => this.context.host.workbook.names.get(name.toLowerCase()) ?? null);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const item = this.context.host.workbook.names.get(name.toLowerCase());
      if (!item)
        throw new FakeOfficeError(
          ERROR_CODES.itemNotFound,
          "The requested resource doesn't exist.",
          "NamedItemCollection.getItem",
        );
      return item;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    this.context.host.calls.push("NamedItemCollection.getItemOrNullObject");
    return new FakeNamedItem(this.context, () => {
      if (this.context.host.excelApiMinor < 4)
        throw new FakeOfficeError(
          ERROR_CODES.apiNotFound,
          "ExcelApi 1.4 needed.",
          "NamedItemCollection.getItemOrNullObject",
        );
      return this.context.host.workbook.names.get(name.toLowerCase()) ?? null;
    });
  }
}
