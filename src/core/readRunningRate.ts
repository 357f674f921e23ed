import { foldText } from "./foldText";
import { memoizeBounded } from "./memoizeBounded";
import { namesWholeOfYear, partNamed } from "./readShare";

/**
 * A share of the year's work done so far (folded): "Tỷ lệ thi hành xong về việc", "Tỷ lệ giải quyết xong đơn thư",
 * "Tỷ lệ giải ngân vốn đầu tư công", "Tỷ lệ thu hồi nợ". It runs on through the year, and may fall as new work comes
 * in, so a month's figure is where the year stands, not how it ended.
 */
const RUNNING = /\b(?:ty|ti) le\b.*\b(?:xong|giai ngan|thu hoi)\b/;

/** Whether a label names a rate of the year's work done so far (`RUNNING`). Example: "Tỷ lệ giải ngân" → true. */
export const isRunningRate: (label: string) => boolean = memoizeBounded(5000, (label) => RUNNING.test(foldText(label)));

/**
 * The part of the year a running rate (`isRunningRate`) stands at, against a target of the whole year: named by the
 * line's label, a heading above it, the result's header, or the table's title, the first that names a period; null
 * where that one names the whole year, where none names a part of the year, or where the line is no running rate. Such a rate is progress towards the year's target, not a
 * verdict on it, however it stands against the target.
 * Example: `runningPart("Tỷ lệ thi hành xong về tiền", [], "Kết quả đến tháng 7/2020", "")` → "tháng 7".
 */
export function runningPart(
  label: string,
  context: readonly string[],
  resultHeader: string,
  title: string,
): string | null {
  if (!isRunningRate(label)) return null;
  for (const text of [label, ...context, resultHeader, title]) {
    // The first text naming a period decides: "Ước thực hiện cả năm" over a title of nine months is the year's.
    if (namesWholeOfYear(text)) return null;
    const part = partNamed(text);
    if (part !== null) return part;
  }
  return null;
}
