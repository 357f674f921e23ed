/** The workbook-file adapter (ExcelJS): .xlsx bytes -> engine grid, engine plan -> .xlsx bytes. */
export { loadWorkbook, toWorkbookGrid, sheetToGrid, cellValue, WorkbookReadError } from "./readWorkbook";
export { applyPlan, applySheetPlan } from "./applyPlan";
export { readMarkers, writeMarker } from "./markers";
export { computeFile } from "./computeFile";
export type { FileOutcome, FileStage } from "./computeFile";
