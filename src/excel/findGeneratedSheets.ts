import { MARKERS, type GeneratedRole } from "../core";
import { sheetOfReference } from "./parseAreas";

/** A workbook-level name as loaded from Office.js (`value` is the reference, "'Phụ lục'!$A$1"). */
export interface LoadedName {
  name: string;
  value: string;
}

const fold = (s: string) => s.normalize("NFC").toLowerCase();

/**
 * Which sheets earlier runs generated, by role, from the marker names (see MARKERS) — the same convention the
 * file adapter uses. A marker whose sheet is gone (#REF!) or missing is ignored. Returns the sheet names as the
 * workbook spells them. Example: name "Attainment_Appendix" = "'Phụ lục'!$A$1" → `{ appendix: "Phụ lục" }`.
 */
export function findGeneratedSheets(names: LoadedName[], sheetNames: string[]): Partial<Record<GeneratedRole, string>> {
  const found: Partial<Record<GeneratedRole, string>> = {};
  for (const role of Object.keys(MARKERS) as GeneratedRole[]) {
    const marker = names.find((n) => fold(n.name) === fold(MARKERS[role]));
    const sheet = marker ? sheetOfReference(String(marker.value)) : null;
    const actual = sheet === null ? undefined : sheetNames.find((s) => fold(s) === fold(sheet));
    if (actual !== undefined) found[role] = actual;
  }
  return found;
}

/** Whether a name is one of the markers (case-insensitive, as Excel compares names). */
export const isMarkerName = (name: string): boolean => Object.values(MARKERS).some((m) => fold(m) === fold(name));
