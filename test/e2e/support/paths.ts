import path from "node:path";

/** The repository root. */
export const ROOT = path.resolve(__dirname, "../../..");
/** The built add-in and standalone page (`webpack --config-name addin`). */
export const DIST = path.join(ROOT, "dist/addin");
/** Everything the end-to-end tests leave behind (git-ignored). */
export const RESULTS = path.join(ROOT, "test-results");
export const SCREENSHOTS = path.join(RESULTS, "screenshots");
/** Committed images for the README. */
export const DOC_IMAGES = path.join(ROOT, "docs/images");
/** The sample annual report and its indicator sheet. */
export const SAMPLE = path.join(ROOT, "samples/bao-cao-thi-dua-2021.xlsx");
export const SAMPLE_SHEET = "KQ Nghị quyết 2021";
