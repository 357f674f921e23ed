import { toA1 } from "./a1";
import { readStatusWord } from "./readStatusWord";
import type { Indicator, Status, TableLayout, Warning } from "./types";

const achieved = (s: Status) => s === "met" || s === "exceeded";
const isOwnVerdict = (w: Warning, row: number) => w.code === "statusFromReported" && w.row === row;

/**
 * A verdict written on a group heading whose figures are on the lines below ("Cơ cấu kinh tế … Đạt" over four
 * shares) is the group's: the heading is named in a warning (it is not evaluated itself), and so is each line under
 * it that the verdict does not fit ("Đạt" over 8,4 against 8,5-9). Never a discrepancy: the document does not say
 * which lines it judged. Example: "Cơ cấu kinh tế" (blank, blank, "Đạt") over "- Dịch vụ" 46-47 → 46,4 warns once.
 */
export function checkGroupVerdicts(indicators: readonly Indicator[], table: TableLayout, warnings: Warning[]): void {
  for (let i = 0; i < indicators.length; i++) {
    const h = indicators[i]!;
    if (h.target !== null || h.result !== null || h.part !== 0) continue;
    // A heading that took its verdict as its own status (`statusFromReported`) gives it back to its lines.
    const taken = h.status === "notEvaluated" ? -1 : warnings.findIndex((w) => isOwnVerdict(w, h.row));
    if (h.status !== "notEvaluated" && taken < 0) continue;
    const word = readStatusWord(h.reportedStatusText);
    if (!word || word.status === "notEvaluated") continue;
    const under: Indicator[] = [];
    for (let j = i + 1; j < indicators.length && indicators[j]!.depth > h.depth; j++) under.push(indicators[j]!);
    const judged = under.filter((x) => x.status !== "notEvaluated" && x.reportedStatus === null);
    if (judged.length === 0) continue;
    if (taken >= 0) {
      h.status = "notEvaluated";
      warnings.splice(taken, 1);
    }
    const address = (row: number) => (table.columns.status !== undefined ? toA1(row, table.columns.status) : null);
    warnings.push({
      code: "groupVerdict",
      address: address(h.row),
      row: h.row,
      params: { row: h.row + 1, reported: h.reportedStatusText!, lines: judged.length },
    });
    for (const x of judged) {
      if (word.exact ? word.status === x.status : achieved(word.status) === achieved(x.status)) continue;
      warnings.push({
        code: "groupVerdictDiffers",
        address: address(x.row),
        row: x.row,
        params: { row: x.row + 1, group: h.row + 1, reported: h.reportedStatusText!, computed: x.status },
      });
    }
  }
}
