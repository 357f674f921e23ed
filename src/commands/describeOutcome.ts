import { describeWarning, STATUS_LABELS, type Lang } from "../core";
import type { Report } from "../dialog/report";
import { describePortError } from "../ui/describePortError";
import { t } from "../ui/i18n";
import type { ComputeOutcome, PortResult } from "../port";
import type { SheetSize } from "./measureSheet";

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
  // What the run wrote over (kept first, in the workbook's originals sheet) and how to put it back.
  const kept = analysis.originals;
  if (kept && kept.typed > 0) lines.push(t(lang, "commandKept", { typed: kept.typed, disagree: kept.disagree }));
  if (kept && kept.edited > 0) lines.push(t(lang, "keptEdited", { edited: kept.edited }));
  if (kept && kept.typed + kept.kept > 0) lines.push(t(lang, "commandRestoreHow"));
  for (const notice of notices) lines.push(t(lang, `notice_${notice.code}`));
  return { lang, ok: true, title: TEXT[lang].done, lines };
}

const LONG: Record<Lang, { title: string; size: string; why: string; next: string }> = {
  vi: {
    title: "Bảng lớn: hãy tính trong bảng điều khiển",
    size: "Trang “{sheet}” có {rows} dòng × {columns} cột đã dùng.",
    why: "Office dừng một nút lệnh sau 5 phút; tính bảng này từ nút có thể bị dừng giữa lúc đang ghi, nên chưa có gì được ghi.",
    next: "Mở bảng điều khiển (Trang đầu › Chỉ tiêu › Mở bảng điều khiển) rồi bấm Tính tỷ lệ đạt: ở đó không có giới hạn thời gian và có thanh tiến độ.",
  },
  en: {
    title: "Large table: compute it in the panel",
    size: "Sheet “{sheet}” uses {rows} rows × {columns} columns.",
    why: "Office stops a button's command after 5 minutes; computing this table from the button could be cut off while writing, so nothing was written.",
    next: "Open the panel (Home › Indicators › Open panel) and choose Compute attainment there: it has no time limit and shows progress.",
  },
};

/** The report for a table too large for the button: nothing was computed; the panel is where to do it. */
export function describeLongTable(size: SheetSize, lang: Lang): Report {
  const text = LONG[lang];
  const format = (n: number) => n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");
  const sizeLine = text.size
    .replace("{sheet}", size.sheet)
    .replace("{rows}", format(size.rows))
    .replace("{columns}", format(size.columns));
  return { lang, ok: false, title: text.title, lines: [sizeLine, text.why, text.next] };
}

/** A report for something that threw instead of returning a result (a bug, or Office itself failing). */
export function describeUnexpected(error: unknown, lang: Lang): Report {
  const detail = error instanceof Error ? error.message : String(error);
  return { lang, ok: false, title: t(lang, "errorCompute"), lines: [TEXT[lang].unexpected, detail] };
}
