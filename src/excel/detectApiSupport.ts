/**
 * Which parts of the Excel JavaScript API the running host has. The add-in declares ExcelApi 1.1 as its
 * minimum and degrades: every feature newer than that is used only when its requirement set is supported.
 */
export interface ApiSupport {
  /** 1.2: Range.merge, format.columnWidth/rowHeight, worksheet protection, getUsedRange(valuesOnly). */
  layout: boolean;
  /** 1.4: names.add / NamedItem.delete / *OrNullObject lookups — without it generated sheets are not marked. */
  names: boolean;
  /** 1.6: conditional formats and suspendApiCalculationUntilNextSync — without it static fills are written. */
  conditionalFormats: boolean;
  /** 1.7: freezePanes, tabColor, workbook protection. */
  sheetView: boolean;
  /** 1.9: pageLayout (print setup), suspendScreenUpdatingUntilNextSync, getSpecialCells (formula cells). */
  printing: boolean;
  /**
   * 1.9: RangeFormat.indentLevel and Range.getCellProperties / setCellProperties (the fonts of the table's header
   * and label cells; the whole format of a kept cell, else its number format and alignment).
   */
  cellFormats: boolean;
  /** 1.10: workbook.comments — notes on the cells whose reported value differs. */
  comments: boolean;
  /** 1.13: getMergedAreasOrNullObject — without it merged cells are not seen when reading. */
  mergedAreas: boolean;
}

/** The subset of `Office.context.requirements` used here (injectable for tests). */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** Reads the requirement sets once per run. Example: on Excel 2016 MSI (ExcelApi 1.1) every flag is false. */
export function detectApiSupport(isSetSupported: IsSetSupported): ApiSupport {
  const has = (minor: number) => isSetSupported("ExcelApi", `1.${minor}`);
  return {
    layout: has(2),
    names: has(4),
    conditionalFormats: has(6),
    sheetView: has(7),
    printing: has(9),
    cellFormats: has(9),
    comments: has(10),
    mergedAreas: has(13),
  };
}

/** The host's requirement check, or "nothing beyond 1.1" where Office is not loaded. */
export function hostIsSetSupported(): IsSetSupported {
  return (name, minVersion) => {
    const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
    return requirements ? requirements.isSetSupported(name, minVersion) : false;
  };
}
