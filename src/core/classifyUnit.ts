import { foldText } from "./foldText";
import { memoizeBounded } from "./memoizeBounded";
import type { IndicatorDraft } from "./readRows";
import type { TableLayout } from "./types";

/** What an indicator is measured in: percent (points may apply), an amount (money, people, counts), or unknown. */
export type UnitKind = "percent" | "amount" | "unknown";

const isPercentUnit = (unit: string) => unit === "%" || isPercentWord(unit);
const isPercentWord = (unit: string) =>
  /^(%|phan tram|percent|percentage|ty le|ty le %|%\/nam|% nam|pp|diem %)$/.test(foldText(unit));

/** Units a label may end with in brackets (folded): "%", "‰", money, people, counts, area, time. */
const LABEL_UNIT =
  /^(%|‰|%0|[£$€¥₫].*|.*(dong|usd|vnd)|nguoi|luot|luot nguoi|ha|tan|km|m2|m3|kwh|ngay|gio|phut|lan|ca|xa|ho|tre|con|chiec|cai|days|hours|minutes|people|persons|number|no|count)$/;

/** A typed "%" at the end of a cell, as a constant: an expression written in a function is a new object per call. */
const ENDS_IN_PERCENT = /%\s*$/;

/** A unit written at the end of a label: "Tỷ lệ hộ nghèo (%)", "Tổng thu ngân sách (tỷ đồng)". */
function labelUnit(label: string): string | null {
  const m = /\(([^()]{1,20})\)\s*[:.]?$/.exec(label.trim());
  if (!m) return /%\s*[:.]?$/.test(label.trim()) ? "%" : null;
  const inner = m[1]!.trim();
  return LABEL_UNIT.test(foldText(inner)) ? inner : null;
}

/**
 * An indicator's unit and what it is measured in, from the strongest evidence: its unit cell, a % format or a typed
 * "%", a unit at the end of its label, the unit in its target or result header, the table's unit line; a label that
 * merely names a rate ("Tỷ lệ …") is no evidence. Example: unit cell "tỷ đồng" → amount; header "Kế hoạch (%)" → percent.
 */
export function classifyUnit(d: IndicatorDraft, table: TableLayout): UnitReading {
  if (d.unit) return readingOf(d.unit);
  if (
    d.targetScale === 100 ||
    d.resultScale === 100 ||
    ENDS_IN_PERCENT.test(d.targetText) ||
    ENDS_IN_PERCENT.test(d.resultText)
  )
    return PERCENT;
  // A label can end in its unit only with a bracket or a "%" (checked before the slower reading).
  const tail = d.label.charCodeAt(d.label.length - 1);
  const fromLabel = tail === 41 || tail === 37 || tail === 58 || tail === 46 || tail === 32 ? labelUnit(d.label) : null;
  const header = table.headerUnits?.target ?? table.headerUnits?.result ?? null;
  if (fromLabel) return readingOf(fromLabel);
  if (header) return readingOf(header);
  // A % format on the first line marks the lines formatted so; a line of plain numbers ("35 → 4 homes") is not,
  // nor a line with no figure at all (a sentence for its result).
  if (table.percentHint && !(table.percentFromFormat && plainNumbers(d)) && hasFigure(d)) return PERCENT;
  if (table.tableUnit) return readingOf(table.tableUnit);
  return UNKNOWN;
}

const isFigure = (v: IndicatorDraft["target"]) => v.kind === "number" || v.kind === "range";
const hasFigure = (d: IndicatorDraft) => isFigure(d.target) || isFigure(d.result);

const plainNumbers = (d: IndicatorDraft) =>
  d.target.kind === "number" && d.result.kind === "number" && d.targetScale === 1 && d.resultScale === 1;

export interface UnitReading {
  readonly unit: string | null;
  readonly kind: UnitKind;
}

/** One reading per unit as typed, shared by the rows that write it (a table repeats a few units). */
const readingOf = memoizeBounded(5000, (unit): UnitReading => ({
  unit,
  kind: isPercentUnit(unit) ? "percent" : "amount",
}));

const PERCENT: UnitReading = { unit: "%", kind: "percent" };
const UNKNOWN: UnitReading = { unit: null, kind: "unknown" };
