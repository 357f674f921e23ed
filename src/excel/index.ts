/**
 * The Office.js adapter: reads the open workbook into the engine's grid and interprets the core's write steps
 * (lowerPlan) on it, with a constant number of syncs per call. The task pane and the ribbon use `createExcelPort()`.
 */
export { createExcelPort } from "./createExcelPort";
export type { ExcelPortOptions, ExcelRun } from "./createExcelPort";
export { readSavedSettings, saveSettingsToDocument, SETTINGS_KEY } from "./storeSettings";
export { detectApiSupport, hostIsSetSupported } from "./detectApiSupport";
export type { ApiSupport, IsSetSupported } from "./detectApiSupport";
export { toCellInput } from "./toCellInput";
export { columnWidthToPoints } from "./columnWidthToPoints";
export { writeCapabilities } from "./writeCapabilities";
