import type ExcelJS from "exceljs";
import { MARKERS, quoteSheet, type GeneratedRole } from "../core";

/** ExcelJS's defined-name store, whose typings omit what is needed to list and drop names. */
interface DefinedNamesStore {
  forEach(callback: (name: string, cell: { sheetName: string; address: string }) => void): void;
  add(location: string, name: string): void;
  matrixMap: Record<string, unknown>;
}

const store = (workbook: ExcelJS.Workbook) => workbook.definedNames as unknown as DefinedNamesStore;

/** The sheets an earlier run generated, by role, found through the workbook-level marker names. */
export function readMarkers(workbook: ExcelJS.Workbook): Partial<Record<GeneratedRole, string>> {
  const found: Partial<Record<GeneratedRole, string>> = {};
  const names = new Set(workbook.worksheets.map((s) => s.name));
  store(workbook).forEach((name, cell) => {
    for (const role of Object.keys(MARKERS) as GeneratedRole[]) {
      if (name === MARKERS[role] && names.has(cell.sheetName)) found[role] = cell.sheetName;
    }
  });
  return found;
}

/** Points a marker name at a generated sheet's A1 (dropping where it pointed before). */
export function writeMarker(workbook: ExcelJS.Workbook, marker: string, sheet: string): void {
  delete store(workbook).matrixMap[marker];
  store(workbook).add(`${quoteSheet(sheet)}!$A$1`, marker);
}

/** Drops a marker name entirely. */
export function dropMarker(workbook: ExcelJS.Workbook, marker: string): void {
  delete store(workbook).matrixMap[marker];
}
