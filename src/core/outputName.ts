/**
 * The name of the workbook a run produces: the input's name without its Excel extension, then ".attainment.xlsx".
 * Example: `outputName("bao-cao-thi-dua-2021.xlsx") === "bao-cao-thi-dua-2021.attainment.xlsx"`.
 */
export function outputName(inputName: string): string {
  const base = inputName.replace(/\.(xlsx|xlsm|xls)$/i, "") || "workbook";
  return `${base}.attainment.xlsx`;
}
