import type { Lang } from "../core";

/** The name of the Word report beside a workbook. Example: `reportFileName("a.xlsx") === "a.bao-cao.docx"`. */
export function reportFileName(inputName: string, lang: Lang): string {
  const base = inputName.normalize("NFC").replace(/\.(xlsx|xlsm|xls)$/i, "") || "workbook";
  return `${base}.${lang === "vi" ? "bao-cao" : "report"}.docx`;
}
