import type { Lang } from "../core";

/** The few words the report layer writes itself (the rest comes from the plan and the narrative). */
export const REPORT_TEXTS: Record<Lang, { narrativeHeading: string; documentTitle: string }> = {
  vi: { narrativeHeading: "Nhận xét chung", documentTitle: "Kết quả thực hiện chỉ tiêu" },
  en: { narrativeHeading: "Overall assessment", documentTitle: "Indicator attainment" },
};
