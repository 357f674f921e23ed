import { shortLabel } from "./hierarchy";
import type { Indicator, Lang, StatusCounts, Summary } from "./types";

/** Counts written as in the reports: two digits at least ("05", "12"). */
const pad = (n: number): string => String(n).padStart(2, "0");

const formatRate = (n: number, lang: Lang): string => (lang === "vi" ? String(n).replace(".", ",") : String(n));

type Counts = StatusCounts;

function countsSentence(c: Counts, lang: Lang): string {
  const of = (n: number) => `${pad(n)}/${pad(c.total)}`;
  const parts =
    lang === "vi"
      ? [
          c.exceeded && `${of(c.exceeded)} chỉ tiêu vượt`,
          c.met && `${of(c.met)} chỉ tiêu đạt`,
          c.notMet && `${of(c.notMet)} chỉ tiêu không đạt`,
          c.notEvaluated && `${of(c.notEvaluated)} chỉ tiêu chưa đánh giá`,
        ]
      : [
          c.exceeded && `${of(c.exceeded)} indicators exceeded`,
          c.met && `${of(c.met)} met`,
          c.notMet && `${of(c.notMet)} not met`,
          c.notEvaluated && `${of(c.notEvaluated)} not evaluated`,
        ];
  const list = parts.filter((p): p is string => typeof p === "string");
  if (list.length === 0) return lang === "vi" ? "không có chỉ tiêu nào" : "no indicators";
  return (lang === "vi" ? "có " : "") + list.join(", ");
}

/** A label fit for a sentence; one or two words ("Cá nhân") are named with their group ("Về khen thưởng – Cá nhân"). */
function namedLabel(i: Indicator): string {
  const own = shortLabel(i.label);
  const parent = shortLabel(i.parent);
  return own.split(/\s+/).length <= 2 && parent ? `${parent} – ${own}` : own;
}

/** How many exceeded indicators a sentence names before it sums up the rest. */
const MAX_NAMED = 10;

function exceededSentence(indicators: Indicator[], lang: Lang): string {
  const exceeded = indicators.filter((i) => i.status === "exceeded" && i.attainment !== null);
  const items = exceeded
    .slice(0, MAX_NAMED)
    .map((i) =>
      lang === "vi"
        ? `chỉ tiêu "${namedLabel(i)}" đạt ${formatRate(i.attainment!, lang)}%`
        : `"${namedLabel(i)}" reached ${formatRate(i.attainment!, lang)}%`,
    );
  if (items.length === 0) return "";
  const rest = exceeded.length - items.length;
  if (rest > 0) items.push(lang === "vi" ? `và ${pad(rest)} chỉ tiêu khác` : `and ${pad(rest)} more`);
  return lang === "vi" ? ` Trong đó: ${items.join("; ")}.` : ` Among them: ${items.join("; ")}.`;
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The paragraph officers paste into the report, in its style: one sentence per section with zero-padded counts,
 * the exceeded indicators with their rates, then the overall count.
 * Example: "Về công tác chuyên môn: có 04/12 chỉ tiêu vượt, 07/12 chỉ tiêu đạt, 01/12 chỉ tiêu chưa đánh giá. …"
 */
export function writeNarrative(summary: Summary, indicators: Indicator[], lang: Lang): string {
  const bySection = new Map<string, Indicator[]>();
  for (const i of indicators)
    if (i.section !== null) (bySection.get(i.section) ?? bySection.set(i.section, []).get(i.section)!).push(i);
  const lines = summary.sections.map((s) => {
    const own = bySection.get(s.key) ?? [];
    const name = s.label || (lang === "vi" ? `Phần ${s.key}` : `Part ${s.key}`);
    return `${name}: ${countsSentence(s, lang)}.${exceededSentence(own, lang)}`;
  });
  if (summary.sections.length === 0) {
    lines.push(`${capitalize(countsSentence(summary, lang))}.${exceededSentence(indicators, lang)}`);
  } else {
    lines.push(`${lang === "vi" ? "Tổng cộng" : "Overall"}: ${countsSentence(summary, lang)}.`);
  }
  return lines.join("\n");
}
