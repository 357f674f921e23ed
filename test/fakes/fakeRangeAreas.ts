/**
 * RangeAreas of the fake host: the merged areas (ExcelApi 1.13) and the formula cells (ExcelApi 1.9) of a range.
 */
import { formatAddress, quoteSheetName } from "./fakeAddress";
import { FakeClientObject } from "./fakeClientObject";
import type { FakeRequestContext } from "./fakeContext";
import { ERROR_CODES, FakeOfficeError } from "./fakeErrors";
import type { FakeSheet, Rect } from "./fakeModel";

/** What a RangeAreas proxy resolves to. */
export interface AreasTarget {
  sheet: FakeSheet;
  areas: Rect[];
}

/** Excel.RangeAreas in the fake (address and areaCount). */
export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  private bound: AreasTarget | null | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly minor: number,
    private readonly locate: () => AreasTarget | null,
  ) {
    super(context, "RangeAreas");
  }

  protected resolve(): AreasTarget | null {
    if (this.context.host.excelApiMinor < this.minor) {
      throw new FakeOfficeError(
        ERROR_CODES.apiNotFound,
        `The API you are trying to use could not be found (ExcelApi 1.${this.minor}).`,
        "RangeAreas",
      );
    }
    if (this.bound === undefined) this.bound = this.locate();
    return this.bound;
  }
  protected defaultProperties(): string[] {
    return ["address", "areaCount"];
  }
  protected readProperty(t: AreasTarget, name: string): unknown {
    if (name === "areaCount") return t.areas.length;
    if (name === "address") return t.areas.map((a) => `${quoteSheetName(t.sheet.name)}!${formatAddress(a)}`).join(",");
    throw new Error(`fake host: RangeAreas.${name} is not modelled`);
  }
  get address(): string {
    return this.loaded("address");
  }
  get areaCount(): number {
    return this.loaded("areaCount");
  }
}
