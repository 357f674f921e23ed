/**
 * The name of the workbook a run produces: the input's name without its Excel extension, then ".attainment.xlsx".
 * Example: `outputName("bao-cao-thi-dua-2021.xlsx") === "bao-cao-thi-dua-2021.attainment.xlsx"`.
 */
export function outputName(inputName: string): string {
  const base = inputName.replace(/\.(xlsx|xlsm|xls)$/i, "") || "workbook";
  return `${base}.attainment.xlsx`;
}

/**
 * The name for a restored copy: the input's name without our ".attainment" and with ".restored", keeping a
 * macro-enabled extension. Example: `restoredName("bao-cao.attainment.xlsx") === "bao-cao.restored.xlsx"`.
 */
export function restoredName(inputName: string): string {
  const ext = /\.xlsm$/i.test(inputName) ? "xlsm" : "xlsx";
  const base = inputName.replace(/\.(xlsx|xlsm|xls)$/i, "").replace(/\.attainment$/i, "") || "workbook";
  return `${base}.restored.${ext}`;
}
