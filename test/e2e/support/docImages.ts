import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { DOC_IMAGES } from "./paths";

/**
 * Copies a screenshot into docs/images under `name` when UPDATE_DOC_IMAGES=1, so the README's pictures are
 * refreshed on purpose (`UPDATE_DOC_IMAGES=1 npm run test:e2e`) and not rewritten by every run.
 */
export function publishImage(file: string, name: string): void {
  if (process.env.UPDATE_DOC_IMAGES !== "1") return;
  mkdirSync(DOC_IMAGES, { recursive: true });
  copyFileSync(file, path.join(DOC_IMAGES, name));
}
