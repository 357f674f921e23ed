import type { DecimalsOption, Direction, Lang, MethodOption, StatusColors } from "./types";

/** Status colours used when the user has not chosen any: green, blue, red, grey (fill, light enough for black text). */
export const DEFAULT_COLORS: StatusColors = {
  exceeded: "#C6EFCE",
  met: "#DDEBF7",
  notMet: "#FFC7CE",
  notEvaluated: "#EDEDED",
};

/** What the user chose in the task pane; saved in the workbook and used by the ribbon button too. */
export interface Settings {
  /** Sheet to read; null = the active sheet. */
  sheet: string | null;
  /** Column overrides by role (sheet column indexes); absent = as detected. */
  mapping: Partial<Record<"label" | "target" | "result" | "attainment" | "notes" | "unit" | "status", number>>;
  method: MethodOption;
  /** 0–6, or "auto": the precision of the table's own reported rates, else of its inputs, at most 2. */
  decimals: DecimalsOption;
  /** Which table of the sheet, 0-based, when a sheet holds several. */
  table: number;
  /** Direction overrides by 1-based sheet row ("12": "lower"), for indicators judged the wrong way round. */
  directions: Record<string, Direction>;
  lang: Lang;
  liveFormulas: boolean;
  colors: StatusColors;
  /** Lines above the appendix's title ("Phụ lục", "(Kèm theo Báo cáo số …)"); "" = none. */
  appendixCaption: string;
  /**
   * The officer agreed, once for this workbook, that a compute writes over the rates and statuses they typed (the
   * originals are kept; see planOriginals): the task pane asks only while this is false.
   */
  overwriteConfirmed: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  sheet: null,
  mapping: {},
  method: "auto",
  decimals: "auto",
  table: 0,
  directions: {},
  lang: "vi",
  liveFormulas: true,
  colors: DEFAULT_COLORS,
  appendixCaption: "",
  overwriteConfirmed: false,
};

const isColor = (v: unknown): v is string => typeof v === "string" && /^#[0-9a-f]{6}$/i.test(v);

/**
 * Reads settings saved by any earlier version, keeping what is valid and defaulting the rest,
 * so a hand-edited or stale value never breaks a run. Example: `parseSettings({ decimals: 1 }).method === "auto"`.
 */
export function parseSettings(raw: unknown): Settings {
  const o = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const mapping: Settings["mapping"] = {};
  if (o.mapping && typeof o.mapping === "object") {
    for (const key of ["label", "target", "result", "attainment", "notes", "unit", "status"] as const) {
      const v = (o.mapping as Record<string, unknown>)[key];
      if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 16384) mapping[key] = v;
    }
  }
  const colorsIn = o.colors && typeof o.colors === "object" ? (o.colors as Record<string, unknown>) : {};
  const colors = { ...DEFAULT_COLORS };
  for (const key of Object.keys(DEFAULT_COLORS) as (keyof StatusColors)[]) {
    const v = colorsIn[key];
    if (isColor(v)) colors[key] = v.toUpperCase();
  }
  const directions: Record<string, Direction> = {};
  if (o.directions && typeof o.directions === "object") {
    for (const [row, dir] of Object.entries(o.directions as Record<string, unknown>)) {
      if (/^[1-9]\d{0,6}$/.test(row) && (dir === "higher" || dir === "lower")) directions[row] = dir;
    }
  }
  return {
    sheet: typeof o.sheet === "string" && o.sheet ? o.sheet : null,
    mapping,
    method: o.method === "points" || o.method === "ratio" || o.method === "auto" ? o.method : "auto",
    decimals:
      typeof o.decimals === "number" && Number.isInteger(o.decimals) && o.decimals >= 0 && o.decimals <= 6
        ? o.decimals
        : "auto",
    table: typeof o.table === "number" && Number.isInteger(o.table) && o.table >= 0 && o.table < 50 ? o.table : 0,
    directions,
    lang: o.lang === "en" ? "en" : "vi",
    liveFormulas: typeof o.liveFormulas === "boolean" ? o.liveFormulas : true,
    colors,
    // At most a few short lines: a caption, not a page.
    appendixCaption:
      typeof o.appendixCaption === "string"
        ? o.appendixCaption.normalize("NFC").split(/\r?\n/).slice(0, 4).join("\n").slice(0, 300)
        : "",
    overwriteConfirmed: o.overwriteConfirmed === true,
  };
}
