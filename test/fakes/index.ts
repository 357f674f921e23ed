/**
 * An in-memory Excel host with Office.js semantics for tests: install it on a global object, seed sheets,
 * run add-in code, then inspect the workbook, the syncs (count, request and response sizes) and the API calls.
 * Plain TypeScript without Node imports, so it can be bundled into a browser page as well.
 */
export { installFakeOffice, uninstallFakeOffice } from "./installFakeOffice";
export type { FakeHost, FakeOfficeOptions } from "./installFakeOffice";
export type { SyncRecord, OperationInfo } from "./fakeContext";
export { FakeOfficeError, ERROR_CODES } from "./fakeErrors";
export { FakeWorkbook, FakeSheet } from "./fakeModel";
export type { FakeCell, FakeStyle, FakeConditionalFormat, FakePageLayout, FakeVisibility, Rect } from "./fakeModel";
export type { FakeDialog } from "./fakeDialogs";
export { seedSheet, sheetValues, sheetFormulas, sheetFormats } from "./seedWorkbook";
export type { SeedSheet } from "./seedWorkbook";
export { sampleSheet, generatedSheet, longLabel, notesSheet } from "./sampleSheets";
