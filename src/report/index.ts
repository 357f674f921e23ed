/** Report renderers: a generated sheet's plan as clipboard HTML for Word, and the Word report (.docx). */
export { renderAppendixHtml } from "./renderAppendixHtml";
export type { ClipboardTable } from "./renderAppendixHtml";
export { readPlanTable } from "./readPlanTable";
export type { ReportCell, ReportLayout, ReportLine, ReportRow, ResolvedStyle } from "./readPlanTable";
export { REPORT_PAGE, TEXT_WIDTH_PT } from "./reportPage";
// buildReportDocx is imported from its own module so that the docx package loads only when a report is made.
export type { ReportContent } from "./buildReportDocx";
export { reportFileName } from "./reportFileName";
