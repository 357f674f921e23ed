/** A figure followed by a time: "4 business days", "30 seconds", "48 hours", "15 ngày làm việc". */
const TIME_AFTER_FIGURE =
  /\d[\d.,]*\s*((?:working |business |calendar |clear )?(?:days?|weeks?|hours?|minutes?|seconds?|months?)|ngày làm việc|ngày|tuần|giờ|phút|tháng)(?![\p{L}])/iu;

/**
 * The time a target's figure counts ("At least 4 business days written notice" → "business days") where the target
 * names no share and the result is one (a cell formatted or typed in %): the standard is the notice or the time, and
 * the share of cases that had it cannot be set against it. Null otherwise ("85% within 30 seconds" names its share).
 * Example: `timeTargetBesideShare("At least 4 business days written notice", "0%", 0.96)` → "business days".
 */
export function timeTargetBesideShare(target: string, resultFormat: string | null, result: unknown): string | null {
  if (target.includes("%")) return null;
  const share = resultFormat?.includes("%") || (typeof result === "string" && /%\s*$/.test(result));
  if (!share) return null;
  return TIME_AFTER_FIGURE.exec(target.normalize("NFC"))?.[1] ?? null;
}
