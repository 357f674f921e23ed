/**
 * The attainment engine: pure functions from a workbook grid to an analysis and an output plan.
 * Front ends and adapters import from here only.
 */
export type * from "./types";
export { columnName, toA1, rangeToA1, parseA1, parseRange, quoteSheet, sameSheetName } from "./a1";
export {
  STATUS_LABELS,
  SHEET_NAMES,
  HEADERS,
  statusLabel,
  describeWarning,
  describeWarnings,
  groupWarnings,
  describeError,
} from "./messages";
export type { WarningLine } from "./messages";
export { countMethods, describeMethod } from "./describeMethod";
export { absentRole } from "./absentRole";
export { headerOf } from "./headerOf";
export { DEFAULT_COLORS, DEFAULT_SETTINGS, parseSettings } from "./settings";
export type { Settings } from "./settings";
export { parseValue } from "./parseValue";
export { findTable, listTables } from "./findTable";
export { analyzeWorkbook } from "./analyzeWorkbook";
export { planWorkbook, MARKERS } from "./planWorkbook";
export { computeWorkbook, settingsToOptions } from "./computeWorkbook";
export { outputName, restoredName } from "./outputName";
export type * from "./writeStepTypes";
export { ALL_CAPABILITIES } from "./writeStepTypes";
export { lowerPlan } from "./lowerPlan";
export type * from "./originalsTypes";
export { draftWorkbook } from "./computeWorkbook";
export { captureFromGrid, captureRequest, finishOriginals, keptOf, NOTE_PREFIX } from "./planOriginals";
export type { OriginalsDraft } from "./planOriginals";
export {
  COL as ORIGINALS_COLUMNS,
  FIRST_RECORD_ROW,
  ORIGINALS_SHEET,
  ORIGINALS_SIGNATURE,
  isOriginalsGrid,
  readKeptOriginals,
  readOriginalsIndex,
} from "./originalsSheet";
export { formulaRefs, normalizeFormula } from "./keptFormulas";
export { planRestore } from "./planRestore";
export type { RestorePlan, RestoreSummary } from "./planRestore";
export { textPoints, wrappedLines } from "./measureText";
