/**
 * The workbook-file adapter: reads an .xlsx package into the engine's grid and writes the engine's steps back into
 * the package, changing only the parts the steps concern and copying every other part byte for byte.
 */
export { readWorkbook } from "./read/readWorkbook";
export type { OpenedWorkbook, WorkbookPackage } from "./read/readWorkbook";
export type { ReadErrorCode, ReadResult } from "./read/openPackage";
export { writeWorkbook } from "./write/writeWorkbook";
export { computeFile, computeOpened, planOpened, restoreFile, FILE_CAPABILITIES } from "./computeFile";
export type { FileError, FileOutcome, FileResult, FileStage, RestoreOutcome, RestoreResult } from "./computeFile";
export { fflateCodec, type ZipCodec } from "./zip/codec";
export { crc32 } from "./zip/crc32";
