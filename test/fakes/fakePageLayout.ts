/**
 * The page layout of a fake worksheet (ExcelApi 1.9): every write is recorded on the sheet model.
 */
import { FakeClientObject } from "./fakeClientObject";
import type { FakeRequestContext } from "./fakeContext";
import { invalidArgument } from "./fakeErrors";
import type { FakePageLayout, FakeSheet } from "./fakeModel";

type LayoutKey = Exclude<keyof FakePageLayout, "printTitleRows">;

/** ExcelApi 1.9 page layout: each property write is recorded on the sheet model. */
export class FakeWorksheetPageLayout extends FakeClientObject<FakeSheet> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, "PageLayout");
  }
  protected resolve(): FakeSheet {
    return this.sheet();
  }
  protected defaultProperties(): string[] {
    return [];
  }
  protected readProperty(sheet: FakeSheet, name: string): unknown {
    return sheet.pageLayout[name as LayoutKey];
  }
  private put<K extends LayoutKey>(key: K, v: FakePageLayout[K]): void {
    this.write(key, v, 9, (sheet) => (sheet.pageLayout[key] = v));
  }
  set paperSize(v: string) {
    this.put("paperSize", v);
  }
  set orientation(v: string) {
    this.put("orientation", v);
  }
  set zoom(v: FakePageLayout["zoom"]) {
    this.put("zoom", v);
  }
  set leftMargin(v: number) {
    this.put("leftMargin", v);
  }
  set rightMargin(v: number) {
    this.put("rightMargin", v);
  }
  set topMargin(v: number) {
    this.put("topMargin", v);
  }
  set bottomMargin(v: number) {
    this.put("bottomMargin", v);
  }
  set headerMargin(v: number) {
    this.put("headerMargin", v);
  }
  set footerMargin(v: number) {
    this.put("footerMargin", v);
  }
  set centerHorizontally(v: boolean) {
    this.put("centerHorizontally", v);
  }
  /** Margins are kept in points, whatever unit they were given in. */
  setPrintMargins(
    unit: string,
    margins: { left?: number; right?: number; top?: number; bottom?: number; header?: number; footer?: number },
  ): void {
    this.invoke("setPrintMargins", [unit, margins], 9, (sheet) => {
      const scale = unit === "Inches" ? 72 : unit === "Centimeters" ? 72 / 2.54 : unit === "Points" ? 1 : NaN;
      if (Number.isNaN(scale)) throw invalidArgument("PageLayout.setPrintMargins", unit);
      const pt = (v: number | undefined) => (v === undefined ? undefined : Math.round(v * scale * 100) / 100);
      Object.assign(sheet.pageLayout, {
        leftMargin: pt(margins.left),
        rightMargin: pt(margins.right),
        topMargin: pt(margins.top),
        bottomMargin: pt(margins.bottom),
        headerMargin: pt(margins.header),
        footerMargin: pt(margins.footer),
      });
    });
  }
  setPrintTitleRows(rows: string): void {
    this.invoke("setPrintTitleRows", [rows], 9, (sheet) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw invalidArgument("PageLayout.setPrintTitleRows", rows);
      sheet.pageLayout.printTitleRows = rows;
    });
  }
}
