import { describeWarning, STATUS_LABELS, type Lang } from "../core";
import type { Report } from "../dialog/report";
import { describePortError } from "../ui/describePortError";
import { t } from "../ui/i18n";
import type { ComputeOutcome, PortResult } from "../port";

/** Warnings listed in the dialog; the task pane shows them all with "go to cell". */
const SHOWN_WARNINGS = 3;

const TEXT: Record<Lang, { done: string; morePanel: string; unexpected: string }> = {
  vi: {
    done: "Đã tính tỷ lệ đạt",
    morePanel: "Mở bảng điều khiển (Trang đầu › Chỉ tiêu › Mở bảng điều khiển) để xem hết và đến từng ô.",
    unexpected: "Đã xảy ra lỗi không mong đợi:",
  },
  en: {
    done: "Attainment computed",
    morePanel: "Open the panel (Home › Indicators › Open panel) to see them all and go to each cell.",
    unexpected: "Something unexpected went wrong:",
  },
};

/**
 * The ribbon's report of a compute, in the settings' language, worded like the task pane (same strings).
 * Success: where the results went, the counts by status, the first warnings, the notices. Failure: what went
 * wrong, what to do, and the host's detail.
 */
export function describeOutcome(result: PortResult<ComputeOutcome>, lang: Lang): Report {
  if (!result.ok) {
    const text = describePortError(result.error, lang);
    const lines = [text.message, t(lang, "nextStep", { next: text.next })];
    if (text.detail) lines.push(t(lang, "errorDetail", { detail: text.detail }));
    return { lang, ok: false, title: t(lang, "errorCompute"), lines };
  }
  const { analysis, appendixSheet, summarySheet, notices } = result.value;
  const { summary, warnings } = analysis;
  const labels = STATUS_LABELS[lang];
  const lines = [
    t(lang, "writtenTo", { source: analysis.table.sheet, appendix: appendixSheet, summary: summarySheet }),
    `${t(lang, "indicatorCount", { total: summary.total, evaluated: summary.evaluated })}: ` +
      `${labels.exceeded} ${summary.exceeded} · ${labels.met} ${summary.met} · ${labels.notMet} ${summary.notMet} · ${labels.notEvaluated} ${summary.notEvaluated}.`,
  ];
  if (warnings.length) {
    lines.push(t(lang, "warningsHeading", { count: warnings.length }));
    for (const w of warnings.slice(0, SHOWN_WARNINGS)) lines.push(`• ${describeWarning(w, lang)}`);
    lines.push(TEXT[lang].morePanel);
  }
  for (const notice of notices) lines.push(t(lang, `notice_${notice.code}`));
  return { lang, ok: true, title: TEXT[lang].done, lines };
}

/** A report for something that threw instead of returning a result (a bug, or Office itself failing). */
export function describeUnexpected(error: unknown, lang: Lang): Report {
  const detail = error instanceof Error ? error.message : String(error);
  return { lang, ok: false, title: t(lang, "errorCompute"), lines: [TEXT[lang].unexpected, detail] };
}
