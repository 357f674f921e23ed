import { foldText } from "./foldText";
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
export function classifyUnit(d: IndicatorDraft, table: TableLayout): { unit: string | null; kind: UnitKind } {
  if (d.unit) return { unit: d.unit, kind: isPercentUnit(d.unit) ? "percent" : "amount" };
  if (d.targetScale === 100 || d.resultScale === 100 || /%\s*$/.test(d.targetText) || /%\s*$/.test(d.resultText))
    return PERCENT;
  // A label can end in its unit only with a bracket or a "%" (checked before the slower reading).
  const tail = d.label.charCodeAt(d.label.length - 1);
  const fromLabel = tail === 41 || tail === 37 || tail === 58 || tail === 46 || tail === 32 ? labelUnit(d.label) : null;
  const header = table.headerUnits?.target ?? table.headerUnits?.result ?? null;
  if (fromLabel) return { unit: fromLabel, kind: isPercentUnit(fromLabel) ? "percent" : "amount" };
  if (header) return { unit: header, kind: isPercentUnit(header) ? "percent" : "amount" };
  if (table.percentHint) return PERCENT;
  if (table.tableUnit) return { unit: table.tableUnit, kind: isPercentUnit(table.tableUnit) ? "percent" : "amount" };
  return UNKNOWN;
}

const PERCENT = { unit: "%", kind: "percent" } as const;
const UNKNOWN = { unit: null, kind: "unknown" } as const;
