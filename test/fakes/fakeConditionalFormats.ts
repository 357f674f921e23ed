/**
 * Conditional formats of the fake host (ExcelApi 1.6): custom rules with a formula, a fill and a font colour.
 * A new format is added at the top (priority 0): "Adds a new conditional format to the collection at the
 * first/top priority" (learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection). A range's
 * collection holds the formats that overlap it; `clearAll` "clears all conditional formats active on the current
 * specified range" — taken, as Excel's "Clear Rules from Selected Cells", to take those cells out of each rule's
 * applies-to area and leave the rule on the rest of it.
 */
import { intersects } from "./fakeAddress";
import { FakeClientObject } from "./fakeClientObject";
import type { FakeRequestContext } from "./fakeContext";
import { invalidArgument, notFound, protectedSheet } from "./fakeErrors";
import type { FakeConditionalFormat, FakeSheet, Rect } from "./fakeModel";
import type { RangeTarget } from "./fakeRange";

const CF_API = 6;
let nextId = 1;

/** `a` without the cells of `b`, as up to four rectangles. */
function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

/** Takes the cells of `rect` out of every rule of the sheet; a rule left with no cells is gone. */
export function clearRulesFrom(sheet: FakeSheet, rect: Rect): void {
  sheet.conditionalFormats = sheet.conditionalFormats
    .map((f) => ({ ...f, ranges: f.ranges.flatMap((r) => subtract(r, rect)) }))
    .filter((f) => f.ranges.length > 0);
}

const overlaps = (f: FakeConditionalFormat, rect: Rect) => f.ranges.some((r) => intersects(r, rect));

interface CfTarget {
  range: RangeTarget;
  format: FakeConditionalFormat;
}

/** Excel.ConditionalFormatCollection of a range, in the fake. */
export class FakeConditionalFormatCollection extends FakeClientObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    private readonly range: () => RangeTarget,
  ) {
    super(context, "ConditionalFormatCollection");
  }
  protected resolve(): RangeTarget {
    return this.range();
  }
  protected defaultProperties(): string[] {
    return ["count"];
  }
  protected readProperty(t: RangeTarget): unknown {
    return t.sheet.conditionalFormats.filter((f) => overlaps(f, t.rect)).length;
  }

  add(type: string): FakeConditionalFormatProxy {
    let created: CfTarget | null = null;
    this.invoke("add", [type], CF_API, (t) => {
      if (t.sheet.protected) throw protectedSheet("ConditionalFormatCollection.add");
      if (type !== "Custom")
        throw invalidArgument("ConditionalFormatCollection.add", `fake host models only Custom, not ${type}`);
      const format: FakeConditionalFormat = {
        id: nextId++,
        ranges: [{ ...t.rect }],
        type,
        formula: null,
        fill: null,
        fontColor: null,
        stopIfTrue: false,
      };
      t.sheet.conditionalFormats.unshift(format);
      created = { range: t, format };
    });
    return new FakeConditionalFormatProxy(this.context, () => {
      if (!created) throw notFound("ConditionalFormat");
      return created;
    });
  }

  clearAll(): void {
    this.invoke("clearAll", [], CF_API, (t) => {
      if (t.sheet.protected) throw protectedSheet("ConditionalFormatCollection.clearAll");
      clearRulesFrom(t.sheet, t.rect);
    });
  }
}

abstract class CfPart extends FakeClientObject<CfTarget> {
  constructor(
    context: FakeRequestContext,
    typeName: string,
    protected readonly cf: () => CfTarget,
  ) {
    super(context, typeName);
  }
  protected resolve(): CfTarget {
    return this.cf();
  }
  protected defaultProperties(): string[] {
    return [];
  }
  protected readProperty(t: CfTarget, name: string): unknown {
    return (t.format as unknown as Record<string, unknown>)[name];
  }
}

/** The proxy of one conditional format (the model type is FakeConditionalFormat). */
export class FakeConditionalFormatProxy extends CfPart {
  constructor(context: FakeRequestContext, cf: () => CfTarget) {
    super(context, "ConditionalFormat", cf);
  }
  set stopIfTrue(v: boolean) {
    this.write("stopIfTrue", v, CF_API, (t) => (t.format.stopIfTrue = v));
  }
  /** Moves the format to the given index among the formats that touch the collection's range. */
  set priority(v: number) {
    this.write("priority", v, CF_API, (t) => {
      const all = t.range.sheet.conditionalFormats;
      const scoped = all.filter((f) => overlaps(f, t.range.rect));
      const slots = scoped.map((f) => all.indexOf(f));
      const reordered = scoped.filter((f) => f !== t.format);
      reordered.splice(Math.max(0, Math.min(v, reordered.length)), 0, t.format);
      slots.forEach((slot, i) => (all[slot] = reordered[i]!));
    });
  }
  get custom(): FakeCustomConditionalFormat {
    return new FakeCustomConditionalFormat(this.context, this.cf);
  }
}

/** Excel.CustomConditionalFormat in the fake: the rule formula and the fill and font colours. */
export class FakeCustomConditionalFormat extends CfPart {
  constructor(context: FakeRequestContext, cf: () => CfTarget) {
    super(context, "CustomConditionalFormat", cf);
  }
  get rule(): { formula: string } {
    const set = (v: string) => this.write("rule.formula", v, CF_API, (t) => (t.format.formula = v));
    return {
      set formula(v: string) {
        set(v);
      },
      get formula(): string {
        throw new Error("fake host: ConditionalFormatRule.formula cannot be loaded");
      },
    };
  }
  get format(): { fill: { color: string }; font: { color: string } } {
    const fill = (v: string) => this.write("format.fill.color", v, CF_API, (t) => (t.format.fill = v.toUpperCase()));
    const font = (v: string) =>
      this.write("format.font.color", v, CF_API, (t) => (t.format.fontColor = v.toUpperCase()));
    const writeOnly = (apply: (v: string) => void) => ({
      set color(v: string) {
        apply(v);
      },
      get color(): string {
        throw new Error("fake host: conditional format colours cannot be loaded");
      },
    });
    return { fill: writeOnly(fill), font: writeOnly(font) };
  }
}
