import { toA1 } from "./a1";
import { isCut, withinRounding } from "./checkRounding";
import type { UnitKind } from "./classifyUnit";
import { decimalsFor, placesOf } from "./chooseDecimals";
import { roundHalfAway, scoreIndicator } from "./computeAttainment";
import { DIRECTION_CHOICES, type DirectionChoice } from "./decideDirection";
import { comparesLevels, disagrees, gapAsRate, wordDisagrees, type Convention } from "./inferMethod";
import { foldText } from "./foldText";
import { parseValue } from "./parseValue";
import { gapOf, isGap } from "./readGapColumn";
import { quoteTerm } from "./quoteTerm";
import { readNeutralQuantity } from "./readNeutralQuantity";
import { readNotScored } from "./readNotScored";
import { gapInPoints, readNotedExcess } from "./readNotedGap";
import { partOfYear } from "./readPartYear";
import { runningPart } from "./readRunningRate";
import { readReportedVerdict } from "./readReportedVerdict";
import { readUnmeasuredVerdict } from "./readUnmeasuredVerdict";
import { readStatedVerdict, statusOfStated, type StatedVerdict } from "./readStatedVerdict";
import { readStatementVerdict } from "./readStatementVerdict";
import { judgeShare, namesPartOfYear, type SharePeriod } from "./readShare";
import { readGrade } from "./readGrade";
import { isNotApplicable, ragWord, readNoteVerdict, readStatusWord } from "./readStatusWord";
import { inferDirection, readReportingSought } from "./inferDirection";
import { checkListVerdict, scoreByList, statusByList } from "./judgeByList";
import type { OutcomeList } from "./readOutcomeList";
import { answersLabelStandard } from "./readStandardReached";
import type { DraftOnly, IndicatorDraft } from "./readRows";
import type { Direction, Indicator, ParsedValue, Status, TableLayout, Warning } from "./types";

/** Whether the reported rate is reproduced by scoring lower-is-better (by any method) and never higher-is-better. */
function reproducedOnlyLower(d: IndicatorDraft, reported: number): boolean {
  return !reproduces(d, reported, "higher") && reproduces(d, reported, "lower");
}

function reproduces(d: IndicatorDraft, reported: number, direction: Direction): boolean {
  for (const method of METHODS) {
    for (const capped of [false, true]) {
      const exact = scoreIndicator(d.target, d.result, method, direction, capped).exact;
      if (exact !== null && !disagrees(reported, exact, 6)) return true;
    }
  }
  return false;
}

const METHODS = ["points", "ratio"] as const;
const POINTS: Convention = { method: "points", capped: false };
/** A regulator's consequence as the verdict: "Reward", "Penalty", "In penalty" (not "No penalty"). */
export const CONSEQUENCE = /^\s*(?:in\s+)?(?:rewards?|rewarded|penalty|penalties|penali[sz]ed)\s*$/i;

export interface JudgeContext {
  table: TableLayout;
  conventions: Record<UnitKind, Convention>;
  decimals: number;
  warnings: Warning[];
  /** Whether the reported column holds gaps to the target (result − target), not rates (`readsAsGaps`). */
  gaps?: boolean;
  /** The lines just above the header (`linesAbove`), read for the period the table reports on. */
  captions?: string;
}

/** What judging reads from the table's headers once, for every line (see `judgeRows`). */
export interface TableHeaderTerms {
  /** Whether the target column is the whole year's (`namesWholeYear`): a label naming part of a year is then warned. */
  wholeYearTarget: boolean;
  /** The part of the year the result column covers against a whole year's target ("Year to date"), or null. */
  resultPartYear: string | null;
  /** The result column's header ("Kết quả đến tháng 7/2020"), read for the part of the year a running rate is at. */
  resultHeader?: string;
  /** Whether the status column holds traffic lights as letters ("R", "A", "G"): read as red, amber, green. */
  ragLetters?: boolean;
  /** Whether the status column holds a regulator's consequences ("Reward", "Penalty"; `holdsConsequences`). */
  consequences?: boolean;
  /** What the table's printed shares of an unprinted plan are shares of (`readShareScope`). */
  shares?: SharePeriod;
  /** The heading above this line that lists its lines by outcome ("Below target"), set line by line. */
  list?: OutcomeList | null;
}

/** A target of a direction only: group 1 a fall ("decrease", "giảm"), else a rise ("increase", "tăng"). */
const DIRECTION_ONLY = /^(?:(decrease|reduce|lower|down|giam)|increase|raise|higher|up|tang)$/;

/** A target cell saying there is none: "n/a", "N/A", "not applicable", "none", "không". */
const NO_TARGET = /^\s*(?:n\/?a|not applicable|none|không)\s*$/iu;

const NOTE_CODES = { approximate: "approximateValue", ambiguousSeparator: "ambiguousNumber" } as const;

const quiet = (v: ParsedValue) => (v.kind !== "number" && v.kind !== "range") || v.note === undefined;

/** The cells' readings worth a word; `scored` says whether the line was judged, so "scored as written" stays true. */
function valueWarnings(d: IndicatorDraft, ctx: JudgeContext, scored: boolean): void {
  const { target, result } = d;
  // Most lines have nothing to say: they return before the warnings' closure is made.
  if (quiet(target) && quiet(result) && result.kind !== "range" && !("direction" in result && result.direction)) return;
  pushValueWarnings(d, ctx, scored);
}

function pushValueWarnings(d: IndicatorDraft, ctx: JudgeContext, scored: boolean): void {
  const { target, result } = d;
  const { columns } = ctx.table;
  const push = (code: Warning["code"], col: number, text: string, value: number | string = 0) =>
    ctx.warnings.push({ code, address: toA1(d.row, col), row: d.row, params: { text, value, scored: scored ? 1 : 0 } });
  for (const [which, v, text, col] of [
    ["target", target, d.targetText, columns.target],
    ["result", result, d.resultText, columns.result],
  ] as const) {
    if (v.kind !== "number" && v.kind !== "range") continue;
    if (v.note === "approximate" || v.note === "ambiguousSeparator") push(NOTE_CODES[v.note], col, text);
    if ((v.note === "sentence" || v.note === "unusualForm") && v.kind === "number")
      push(v.note === "sentence" ? "numberFromSentence" : "unusualNumber", col, text, v.value);
    // "*2.7": a mark before the figure, which may be taken for a bullet or a sign; the notes below explain it.
    if (v.note === "footnote" && v.kind === "number" && text.startsWith("*")) push("footnoteMark", col, text, v.value);
    if (v.note === "change")
      push("changeValue", col, text.replace(/\s+/g, " "), v.kind === "number" ? v.value : `${v.low} … ${v.high}`);
    else if (v.note === "opposite") push("oppositeResult", col, text);
    else if (which === "result" && v.direction) push("boundInResult", col, text);
    if (which === "result" && v.kind === "range") push("rangeResult", col, text);
  }
}

/** Whether a reported verdict disagrees with a status: exact words ("Vượt") exactly, "Đạt" with not met only. */
function verdictDisagrees(word: { status: Status; exact: boolean }, status: Status): boolean {
  if (word.status === "notEvaluated" || status === "notEvaluated") return false;
  return word.exact ? word.status !== status : (word.status === "notMet") !== (status === "notMet");
}

/** A parsed value as the indicator keeps it: its number, null when blank, else the text as typed. */
const valueOf = (p: ParsedValue, text: string) => (p.kind === "number" ? p.value : p.kind === "blank" ? null : text);

/**
 * Scores one indicator with the convention of its kind of unit, rounds its rate without contradicting its status,
 * and audits what the document reported (rate and status word), recording every assumption as a warning.
 * Example: "+ Cá nhân:" 20 → 28 in a percent table scored by points gives 108, a discrepancy against 180.
 */
export function judgeIndicator(
  d: IndicatorDraft,
  kind: { kind: UnitKind; unit: string | null },
  chosen: DirectionChoice,
  ctx: JudgeContext & TableHeaderTerms,
): Indicator {
  let dir = chosen;
  const { table, warnings } = ctx;
  let convention = ctx.conventions[kind.kind];
  // A percentage line with no rate whose notes give its gap to the plan in points ("giảm 3,32% so với kế hoạch" for
  // 17,50 → 14,18) is scored in points, as the document counts it, whatever the table's method; said so.
  if (
    convention.method === "ratio" &&
    kind.kind === "percent" &&
    d.reported === null &&
    d.notes !== "" &&
    d.target.kind === "number" &&
    d.result.kind === "number" &&
    gapInPoints(d.notes, d.target.value, d.result.value)
  ) {
    convention = POINTS;
    warnings.push({
      code: "methodFromNote",
      address: table.columns.notes === undefined ? null : toA1(d.row, table.columns.notes),
      row: d.row,
      params: { row: d.row + 1, text: d.notes },
    });
  }
  let s = scoreIndicator(d.target, d.result, convention.method, dir.direction, convention.capped);
  // A rate reported the other way round (only lower-is-better reproduces it) tells the direction: checked only
  // where the default direction disagrees with the reported rate, which is rare.
  if (
    dir.source === "default" &&
    !ctx.gaps &&
    typeof d.reported === "number" &&
    s.exact !== null &&
    disagrees(d.reported, s.exact, ctx.decimals) &&
    reproducedOnlyLower(d, d.reported)
  ) {
    dir = DIRECTION_CHOICES["reported-lower"];
    s = scoreIndicator(d.target, d.result, convention.method, "lower", convention.capped);
  }
  // "Not applicable" in a column of rewards and penalties: no consequence applies, and the figures decide.
  const word =
    ctx.consequences && isNotApplicable(d.reportedStatusText)
      ? null
      : readStatusWord(ctx.ragLetters ? ragWord(d.reportedStatusText) : d.reportedStatusText);
  // Where the wording leaves the direction open ("Giảm tỷ lệ …": the fall or the level), the document's own verdict
  // settles it: "Đạt" for 8,65 against 8,7 holds only lower-is-better.
  if (dir.source === "default" && dir.unclear && word && !word.loose && verdictDisagrees(word, s.status)) {
    const lower = scoreIndicator(d.target, d.result, convention.method, "lower", convention.capped);
    if (lower.status !== "notEvaluated" && !verdictDisagrees(word, lower.status)) {
      dir = DIRECTION_CHOICES["reported-lower"];
      s = lower;
    }
  }
  // Where nothing says which way is better (no operator, no word of the label's, no polarity), a regulator's
  // consequence that only lower-is-better fits ("Reward" for 87,7 against 90; "Penalty" for 44,6 against 12) tells
  // it: said so (`directionFromVerdict`). Not a tolerance verdict, which fits either way, nor any other verdict word,
  // which the product audits instead.
  if (
    dir.source === "default" &&
    !dir.unclear &&
    word !== null &&
    word.tolerance === undefined &&
    CONSEQUENCE.test(d.reportedStatusText ?? "") &&
    verdictDisagrees(word, s.status)
  ) {
    const lower = scoreIndicator(d.target, d.result, convention.method, "lower", convention.capped);
    if (lower.status !== "notEvaluated" && !verdictDisagrees(word, lower.status)) {
      dir = DIRECTION_CHOICES["verdict-lower"];
      s = lower;
      warnings.push({
        code: "directionFromVerdict",
        address: table.columns.status === undefined ? null : toA1(d.row, table.columns.status),
        row: d.row,
        params: { row: d.row + 1, reported: d.reportedStatusText! },
      });
    }
  }
  // Where nothing says which way is better, the list of outcomes the line sits in may ("… below target:").
  const listed =
    ctx.list && dir.source === "default" && !dir.unclear && word === null && s.status !== "notEvaluated"
      ? scoreByList(d, s, ctx.list, convention, table, warnings)
      : null;
  if (listed) {
    dir = DIRECTION_CHOICES["list-lower"];
    s = listed;
  }
  // A verdict of the tolerance band ("No penalty", "within target range") on a line a little short of its point
  // target (within TOLERANCE_SHARE of it): met, as the document judges it, said so (the band's width is seldom
  // printed). Further short, the verdict disagrees with the figures and is audited as any other.
  if (word?.tolerance && s.status === "notMet" && nearTarget(d)) {
    s = { exact: s.exact, status: "met", direction: s.direction };
    warnings.push({
      code: "withinTolerance",
      address: table.columns.status === undefined ? null : toA1(d.row, table.columns.status),
      row: d.row,
      params: { row: d.row + 1, reported: d.reportedStatusText!, target: d.targetText, result: d.resultText },
    });
  }
  // A bound whose sign both the label and the document's verdict contradict ("> 46" for interruptions, a happy face
  // at 17.9): the label's lower-is-better.
  if (
    dir.source === "operator" &&
    dir.direction === "higher" &&
    word &&
    !word.loose &&
    verdictDisagrees(word, s.status) &&
    inferDirection(d.label)?.direction === "lower"
  ) {
    const lower = scoreIndicator(d.target, d.result, convention.method, "lower", convention.capped);
    if (lower.status !== "notEvaluated" && !verdictDisagrees(word, lower.status)) {
      dir = DIRECTION_CHOICES["reported-lower"];
      s = lower;
    }
  }
  const notScored = d.mergedNote === null ? readNotScored(d.target, s, word, d.reported) : null;
  if (notScored) {
    s = { exact: null, status: "notEvaluated", direction: s.direction };
    const col = notScored.code === "zeroTarget" ? table.columns.target : table.columns.status;
    warnings.push({
      code: notScored.code,
      address: col === undefined ? null : toA1(d.row, col),
      row: d.row,
      params: { row: d.row + 1, text: notScored.code === "zeroTarget" ? d.targetText : d.reportedStatusText! },
    });
  }
  // A zero share scored by points ("0% within 90 days" against 17 %) is passed by any result: scored, and said.
  if (!notScored && s.status === "exceeded" && s.direction === "higher" && word === null && d.target.kind === "number")
    if (d.target.value === 0 && typeof d.reported !== "number" && table.columns.target !== undefined)
      warnings.push({
        code: "zeroTargetPassed",
        address: toA1(d.row, table.columns.target),
        row: d.row,
        params: { row: d.row + 1, text: d.targetText },
      });
  // A line without figures that the rate column judges ("Đạt", "đạt 33,3% NQ" of a target in words) has that status;
  // not where the wording leaves open what the plan was ("Giảm tỷ lệ …": a fall or a level), which stays unjudged.
  const verdict =
    s.status === "notEvaluated" && !notScored && d.mergedNote === null && !dir.unclear
      ? readReportedVerdict(d.target, d.result, d.reported)
      : null;
  if (verdict) {
    // A rate beside a target in figures is the share of it reached: the line's rate as the document gives it.
    const share = d.target.kind === "number" && typeof d.reported === "number" ? d.reported : null;
    s = { exact: share, status: verdict, direction: s.direction };
    sayReported(warnings, d, table.columns.attainment, d.reported!, verdict);
  }
  // A line with a target and neither result nor rate whose status cell gives the verdict in words ("Đạt chỉ tiêu"
  // beside "Không quá 2%/năm"): that verdict, said so.
  const unmeasured =
    s.status === "notEvaluated" && !notScored && !verdict && d.mergedNote === null
      ? readUnmeasuredVerdict(d.target, d.result, d.reported, d.reportedStatusText, word)
      : null;
  if (unmeasured) {
    s = { exact: null, status: unmeasured, direction: s.direction };
    sayReported(warnings, d, table.columns.status, d.reportedStatusText!, unmeasured);
  }
  // A target in words that asks only for a direction ("decrease", "giảm") is met where the result moved that way
  // from the previous period's figure beside it, not met where it did not; said so.
  const asked = d.previous !== null && d.target.kind === "text" ? DIRECTION_ONLY.exec(foldText(d.target.text)) : null;
  if (asked && s.status === "notEvaluated" && d.result.kind === "number") {
    const lower = asked[1] !== undefined;
    const moved = lower ? d.result.value < d.previous! : d.result.value > d.previous!;
    s = { exact: null, status: moved ? "met" : "notMet", direction: lower ? "lower" : "higher" };
    warnings.push({
      code: "targetAgainstPrevious",
      address: toA1(d.row, table.columns.target),
      row: d.row,
      params: { row: d.row + 1, target: d.targetText, result: d.resultText, previous: d.previous! },
    });
  }
  // A line still unjudged with no target of its own, no verdict read and no note: what the table says may judge it.
  // In a table of sentences, so is a line whose sentences hold no figures to compare ("Reverse the upward trend …")
  // under a verdict of a few words ("Good progress"), not a whole sentence ("The project was completed late …").
  const sentence =
    table.wordsOnly === true &&
    d.target.kind === "text" &&
    (d.reportedStatusText ?? "").trim().split(/\s+/).length <= 5;
  const open =
    s.status === "notEvaluated" &&
    !verdict &&
    !notScored &&
    d.mergedNote === null &&
    (d.target.kind === "blank" || (d.target.kind === "text" && NO_TARGET.test(d.target.text)) || sentence);
  // In a table with no target column, a line the document itself judges ("Đã thu vượt dự toán cả năm") takes that
  // verdict, said so; its rate stays as shown. Without a verdict a share part-way through the year is not evaluated.
  // So does a line with no target under a status column whose verdict holds no figure ("Vượt kế hoạch", "Hoàn thành
  // vượt"), not a note such as "Dự báo cả niên độ vượt 4.000 tỷ đồng".
  if (
    open &&
    word !== null &&
    (word.exact || sentence) &&
    (table.noTarget || sentence || (table.columns.status !== undefined && !/\d/.test(d.reportedStatusText ?? ""))) &&
    !word.loose &&
    word.status !== "notEvaluated"
  ) {
    s = { exact: null, status: word.status, direction: s.direction };
    sayReported(warnings, d, table.columns.status, d.reportedStatusText!, word.status);
  }
  // A share of a plan the document does not print ("đạt 102,01% kế hoạch", the plan blank), in a table of the year or
  // against the plan of its own period: judged by the share, the share kept as the rate, said so. A part of the year
  // against the year's plan is progress, not a verdict (a part-year table, a line "đến ngày 31/10" or under a heading
  // "từ đầu nhiệm kỳ đến nay"): left unjudged.
  const byShare =
    open &&
    s.status === "notEvaluated" &&
    ctx.shares === "year" &&
    !ctx.gaps &&
    d.reported !== null &&
    table.columns.attainment !== undefined &&
    // A percent line with no result ("Công suất sử dụng giường bệnh | | 107"): the figure may be the measure itself.
    (d.result.kind !== "blank" || kind.kind !== "percent") &&
    !namesPartOfYear(d.label) &&
    !d.context.some(namesPartOfYear)
      ? judgeShare(d.reported, s.direction)
      : null;
  if (byShare) {
    s = { exact: byShare.share, status: byShare.status, direction: s.direction };
    warnings.push({
      code: "judgedByShare",
      address: toA1(d.row, table.columns.attainment!),
      row: d.row,
      // The sign of a share typed as a number; a share typed in words ("trên 100") is quoted as typed.
      params: {
        row: d.row + 1,
        reported: d.reported!,
        status: byShare.status,
        unit: typeof d.reported === "number" ? "%" : "",
      },
    });
  }
  // A line with no target whose own cells state its verdict on the unprinted target in words ("Vượt 24,5 ha" in the
  // status or rate column, "vượt 7,71% so với chỉ tiêu" in the notes): that verdict, said so; a gap in % in the rate
  // column ("vượt 9%") is the rate it stands for. A change on another period ("tăng 5,5% so với năm 2020") is none.
  // Over or under the target ("cao hơn 3,1%") needs the line's direction: not where the wording leaves it open. A gap
  // in % is a share of the plan, read as the shares are: part of the year against the year's plan is progress.
  const stated = open && s.status === "notEvaluated" ? statedVerdictOf(d, table) : null;
  const progress =
    stated !== null &&
    stated.clause.includes("%") &&
    (ctx.shares === "partYear" || namesPartOfYear(d.label) || d.context.some(namesPartOfYear));
  if (stated && !progress && !(dir.unclear && (stated.sense === "over" || stated.sense === "under"))) {
    const status = statusOfStated(stated.sense, s.direction);
    // "Cao hơn 0,2%" on a line in % (a dividend "% vốn điều lệ" too) scored by ratio is a gap in points: no share.
    const inPercent = kind.kind === "percent" || (kind.unit?.startsWith("%") ?? false);
    const levels = inPercent && convention.method === "ratio" && comparesLevels(stated.text);
    const rate =
      stated.col === table.columns.attainment && s.direction === "higher" && !levels ? gapAsRate(stated.text) : null;
    s = { exact: rate, status, direction: s.direction };
    const address = toA1(d.row, stated.col);
    warnings.push({
      code: "verdictInWords",
      address,
      row: d.row,
      params: { row: d.row + 1, cell: address, text: stated.clause, status },
    });
  }
  // A result with no target, under a sentence saying every target was met ("… đạt các chỉ tiêu đề ra."): met, said so.
  if (
    table.statedVerdict &&
    open &&
    s.status === "notEvaluated" &&
    d.result.kind === "number" &&
    d.reported === null &&
    !word
  ) {
    s = { exact: null, status: "met", direction: s.direction };
    const line = table.statedVerdict;
    warnings.push({
      code: "statusFromTableLine",
      address: toA1(line.row, line.col),
      row: d.row,
      params: { row: d.row + 1, text: line.text },
    });
  }
  // A line of the block a closing sentence says passed its targets ("… đều đạt và vượt chỉ tiêu được giao."), its
  // target not printed, its notes giving its excess ("vượt 5,41%"): exceeded, by the document's words, said so. The
  // sentence names no line, so a line whose notes say nothing stays unjudged.
  // The notes may have been taken as the status column, the document's words (`statusKept`).
  const closing = table.closingVerdict;
  const notesCol = table.columns.notes ?? (table.statusKept ? table.columns.status : undefined);
  const excess =
    closing &&
    open &&
    s.status === "notEvaluated" &&
    d.row >= closing.firstRow &&
    // Past a ceiling ("vượt" on a lower-is-better line) is no success: left to the figures.
    s.direction === "higher" &&
    d.result.kind === "number" &&
    d.reported === null &&
    (word === null || word.status === "exceeded")
      ? readNotedExcess(table.columns.notes === undefined ? (d.reportedStatusText ?? "") : d.notes)
      : null;
  if (excess) {
    s = { exact: null, status: "exceeded", direction: s.direction };
    warnings.push({
      code: "statusFromClosingLine",
      address: notesCol === undefined ? null : toA1(d.row, notesCol),
      row: d.row,
      params: { row: d.row + 1, note: excess, text: closing!.text, line: closing!.row + 1 },
    });
  }
  // A line with no target whose note of a few words ("on target"), or the list it sits in ("… above target:"),
  // gives its verdict.
  const byList =
    open && s.status === "notEvaluated" && word === null && d.reported === null && !table.statedVerdict
      ? statusByList(d, ctx.list, table, warnings)
      : null;
  if (byList) s = { exact: null, status: byList, direction: s.direction };
  // So does its status cell where it holds a sentence judging the target ("The Service met the overall target for
  // …", "… would have been met but for …"): the clause that judges, said so.
  // A status word found inside such a sentence ("met", "not met") is not taken alone: the clause decides.
  const statement =
    open &&
    s.status === "notEvaluated" &&
    d.reported === null &&
    !table.statedVerdict &&
    (word === null || (d.reportedStatusText ?? "").trim().split(/\s+/).length >= 6)
      ? readStatementVerdict(d.reportedStatusText)
      : null;
  if (statement) {
    s = { exact: null, status: statement.status, direction: s.direction };
    sayReported(warnings, d, table.columns.status, statement.clause, statement.status);
  }
  // "Đạt" beside "… đạt tiêu chuẩn …" with no target says the standard was reached, not that a target was met.
  if (d.target.kind === "blank" && s.status !== "notEvaluated" && answersLabelStandard(d.label, d.result))
    s = {
      exact: null,
      status: "notEvaluated",
      direction: s.direction,
      problem: { code: "standardReached", which: "result" },
    };
  // A count to date (a whole number under "Year to date") against the whole year's aim ("Aim 2019/20"): short of
  // it, or under its ceiling, it is no verdict on the year yet: not evaluated, said so. One past its aim stands.
  // So is an amount to date in a unit of its own ("gần 37,8" tỷ kWh).
  const count =
    d.result.kind === "number" &&
    (kind.kind === "amount" || (kind.kind !== "percent" && Number.isInteger(d.result.value)));
  // Short of its aim, or under its ceiling, so far: the rest of the year may still change the verdict.
  const undecided = s.direction === "lower" ? s.status !== "notMet" : s.status === "notMet";
  const toDate =
    ctx.resultPartYear !== null &&
    !byShare &&
    count &&
    undecided &&
    s.status !== "notEvaluated" &&
    d.mergedNote === null &&
    !d.label.includes("%")
      ? ctx.resultPartYear
      : null;
  // A rate of the year's work done so far ("Tỷ lệ thi hành xong", "Tỷ lệ giải ngân") part-way through the year,
  // against the whole year's target: where the year stands, not its verdict, above the target or below (the rate
  // may still fall): not evaluated, said so, unless the document judges the line itself.
  const running =
    ctx.wholeYearTarget &&
    !toDate &&
    !byShare &&
    !verdict &&
    word === null &&
    kind.kind === "percent" &&
    s.status !== "notEvaluated" &&
    d.mergedNote === null
      ? runningPart(d.label, d.context, ctx.resultHeader ?? "", table.title ?? "")
      : null;
  const part = toDate ?? running;
  if (part) {
    s = { exact: s.exact, status: "notEvaluated", direction: s.direction };
    warnings.push({
      code: toDate ? "partYearCount" : "partYearRate",
      address: toA1(d.row, table.columns.result),
      row: d.row,
      params: { row: d.row + 1, part },
    });
  }
  // A printed share is kept at the places it was printed with ("62,5" in a table of whole rates).
  const places =
    byShare?.share != null ? Math.max(d.reportedPlaces ?? placesOf(byShare.share), ctx.decimals) : ctx.decimals;
  const decimals = s.exact === null ? places : decimalsFor(s.exact, s.status, places);
  const attainment = s.exact === null ? null : roundHalfAway(s.exact, decimals);
  if (d.mergedNote === null) {
    // In a table without a target column a blank target is no slip of the officer's: the line says what it lacks.
    if (s.problem && table.noTarget && s.problem.which === "target") {
      warnings.push({
        code: "rateWithoutTarget",
        address: toA1(d.row, table.columns.result),
        row: d.row,
        params: { row: d.row + 1, reported: typeof d.reported === "number" ? d.reported : "" },
      });
    } else if (
      s.problem &&
      !(table.noResult && s.problem.which === "result" && s.problem.code === "blankValue") &&
      !(table.targetNextPeriod && s.problem.which === "target" && s.problem.code === "blankValue")
    ) {
      // In a plan (no result column) the missing result is said once for the table, not on every line; so is the
      // target of a table whose only targets are the next period's (`targetNextPeriod`): the cell is not blank.
      const col = s.problem.which === "target" ? table.columns.target : table.columns.result;
      warnings.push({
        code: s.problem.code,
        address: toA1(d.row, col),
        row: d.row,
        params: {
          what: s.problem.which,
          text: s.problem.text ?? (s.problem.which === "result" ? d.resultText : d.targetText),
        },
      });
    }
    if (s.problem?.code !== "boundInResult") valueWarnings(d, ctx, s.status !== "notEvaluated");
    // A result a hundred times worse than its target (100 % against "<=0.10%") is more likely a target typed on
    // the wrong line, or in another unit, than a miss: judged as typed, and said so.
    if (s.status === "notMet" && d.target.kind === "number" && d.result.kind === "number")
      farFromTarget(d, d.target.value, d.result.value, s.direction, ctx);
    // A percent of a base ("16 %/mệnh giá", a dividend of par) is scored as an amount, by ratio; with no rate
    // printed to settle it, the points the figures would give are named.
    if (kind.unit !== null && kind.unit.startsWith("%") && kind.kind === "amount" && d.reported === null)
      percentOfBase(d, kind.unit, attainment, decimals, s.direction, ctx);
    // "100,000 to 120,000" against 139,987: past a range may be more than was asked or outside what was planned.
    if (s.status === "exceeded" && d.target.kind === "range")
      warnings.push({
        code: "beyondRange",
        address: toA1(d.row, table.columns.target),
        row: d.row,
        params: { text: d.targetText },
      });
    // "Thu ngân sách 10 tháng đầu năm" against "Dự toán năm 2022": short of the year's target is not its verdict.
    // So is a rate judged under a result header of part of the year ("Thực hiện 9 tháng 2016").
    const part =
      s.status !== "notEvaluated" && d.part === 0
        ? ((ctx.wholeYearTarget ? partOfYear(d.label) : null) ?? ctx.resultPartYear)
        : null;
    if (part)
      warnings.push({
        code: "partYear",
        address: toA1(d.row, table.columns.label),
        row: d.row,
        params: { row: d.row + 1, part },
      });
    if (dir.unclear && d.part === 0) {
      warnings.push({
        code: dir.reduction ? "directionReduction" : "directionUnclear",
        address: toA1(d.row, table.columns.label),
        row: d.row,
        params: { row: d.row + 1, term: typedTerm(d, dir.term) },
      });
    }
    // A count of demand or a policy level scored higher-is-better only for want of a word saying otherwise.
    const neutral = dir.source === "default" && !dir.unclear && d.part === 0 ? readNeutralQuantity(d.label) : null;
    if (neutral !== null) {
      warnings.push({
        code: "directionNeutral",
        address: toA1(d.row, table.columns.label),
        row: d.row,
        params: { row: d.row + 1, term: typedTerm(d, neutral) },
      });
    }
    // "Number of Domestic Abuse incidents": "incidents" set aside, as more reports may be more reporting, not more harm.
    const sought = dir.source === "default" && !dir.unclear && d.part === 0 ? readReportingSought(d.label) : null;
    if (sought !== null) {
      warnings.push({
        code: "directionReportingSought",
        address: toA1(d.row, table.columns.label),
        row: d.row,
        params: { row: d.row + 1, term: typedTerm(d, sought) },
      });
    }
    if (
      (dir.source === "lexicon" || dir.source === "reported") &&
      d.part === 0 &&
      dir !== DIRECTION_CHOICES["verdict-lower"] &&
      dir !== DIRECTION_CHOICES["list-lower"]
    ) {
      warnings.push({
        code: dir.source === "lexicon" ? "directionInferred" : "directionFromReported",
        address: toA1(d.row, table.columns.label),
        row: d.row,
        params: { row: d.row + 1, direction: dir.direction, term: typedTerm(d, dir.term) },
      });
    }
  }
  let discrepancy = false;
  // A rate in words beside the line's figures ("vượt 3,6%" over the plan) is audited as the rate it stands for.
  const reportedRate =
    typeof d.reported === "number"
      ? d.reported
      : typeof d.reported === "string" && s.direction === "higher"
        ? gapAsRate(d.reported)
        : null;
  const gap = ctx.gaps && typeof d.reported === "number" ? gapOf(d.target, d.result) : null;
  if (gap !== null && typeof d.reported === "number") {
    // A gap to the target is audited as a gap: −0,73 beside 97,70 → 97,77 (a gap of +0,07) is a discrepancy.
    discrepancy = !isGap(d.reported, d.target, d.result, s.direction);
  } else if (reportedRate !== null && s.exact !== null) {
    discrepancy = disagrees(reportedRate, s.exact, decimals);
    if (discrepancy && !isCut(reportedRate, s.exact) && withinRounding(d, reportedRate, convention, s.direction)) {
      discrepancy = false;
      warnings.push({
        code: "reportedWithinRounding",
        address: table.columns.attainment !== undefined ? toA1(d.row, table.columns.attainment) : null,
        row: d.row,
        params: { row: d.row + 1, reported: d.reported ?? reportedRate, computed: attainment ?? "" },
      });
    }
  } else if (typeof d.reported === "string" && s.exact === null) {
    const word = parseValue(d.reported);
    discrepancy = wordDisagrees(word.kind === "qualitative" ? word.achieved : null, s.status);
  }
  if (discrepancy) {
    const address = table.columns.attainment !== undefined ? toA1(d.row, table.columns.attainment) : null;
    warnings.push({
      code: "discrepancy",
      address,
      row: d.row,
      params: { row: d.row + 1, reported: d.reported!, computed: gap ?? attainment ?? s.status },
    });
  }
  // Beyond a bound target ("Dưới 4" → 3,1) is exceeded strictly, yet "Đạt" (the bound is met) reads it fairly too.
  const boundMet =
    word?.status === "met" && s.status === "exceeded" && "direction" in d.target && d.target.direction !== undefined;
  if (boundMet) {
    warnings.push({
      code: "boundStatus",
      address: table.columns.status !== undefined ? toA1(d.row, table.columns.status) : null,
      row: d.row,
      params: { row: d.row + 1, target: d.targetText, result: d.resultText, reported: d.reportedStatusText! },
    });
  }
  // Within a bound target with nothing reported ("không quá 1%" → 0,41 %): exceeded, or met if the bound is a
  // standard to keep; said so.
  if (!boundMet && word === null && d.reported == null && s.status === "exceeded" && "direction" in d.target) {
    if (d.target.direction !== undefined)
      warnings.push({
        code: "boundExceeded",
        address: toA1(d.row, table.columns.result!),
        row: d.row,
        params: { row: d.row + 1, target: d.targetText, result: d.resultText },
      });
  }
  // A grade ("Good" on a line short of its target) is not a verdict on the target: no discrepancy, but a warning.
  const grade = word === null ? readGrade(d.reportedStatusText) : null;
  if (grade !== null && s.status !== "notEvaluated" && grade === (s.status === "notMet")) {
    warnings.push({
      code: "gradeStatus",
      address: table.columns.status !== undefined ? toA1(d.row, table.columns.status) : null,
      row: d.row,
      params: { row: d.row + 1, reported: d.reportedStatusText!, computed: s.status },
    });
  }
  if (word?.loose && s.status === "notMet") {
    warnings.push({
      code: "looseStatus",
      address: table.columns.status !== undefined ? toA1(d.row, table.columns.status) : null,
      row: d.row,
      params: { row: d.row + 1, reported: d.reportedStatusText!, computed: s.status },
    });
  }
  const statusDiscrepancy =
    word !== null &&
    !word.loose &&
    word.status !== "notEvaluated" &&
    !boundMet &&
    s.status !== "notEvaluated" &&
    // Words stating the share a line was judged by ("chỉ đạt, bằng 88,6% so với kế hoạch năm") give no other verdict.
    !(byShare && /\d/.test(d.reportedStatusText ?? "")) &&
    (word.exact ? word.status !== s.status : (word.status === "notMet") !== (s.status === "notMet"));
  if (statusDiscrepancy) {
    warnings.push({
      code: "statusDiscrepancy",
      address: table.columns.status !== undefined ? toA1(d.row, table.columns.status) : null,
      row: d.row,
      params: { row: d.row + 1, reported: d.reportedStatusText!, computed: s.status },
    });
  }
  if (ctx.list && !byList && !listed) checkListVerdict(d, s.status, ctx.list, table, warnings);
  // A comment stating the target's fate ("Target exceeded except Q1") that the figures do not bear out: warned.
  const noted = d.notes === "" || s.status === "notEvaluated" ? null : readNoteVerdict(d.notes);
  if (noted !== null && noted !== "notEvaluated" && (noted === "notMet") !== (s.status === "notMet")) {
    warnings.push({
      code: "notesVerdict",
      address: table.columns.notes !== undefined ? toA1(d.row, table.columns.notes) : null,
      row: d.row,
      params: { row: d.row + 1, reported: d.notes, computed: s.status },
    });
  }
  // The draft becomes the indicator: its scores are written into it, its reading's values replaced by the
  // indicator's, and what only the reading needed let go (an object per line, not one per step).
  const target = d.mergedNote ?? valueOf(d.target, d.targetText);
  const result = d.mergedNote !== null ? null : valueOf(d.result, d.resultText);
  const formulaSafe = d.formulaSafe && d.target.kind === "number" && d.result.kind === "number";
  const indicator = d as unknown as Indicator & { [K in keyof DraftOnly]: DraftOnly[K] | undefined };
  indicator.target = target;
  indicator.result = result;
  indicator.direction = s.direction;
  indicator.exact = s.exact;
  indicator.attainment = attainment;
  indicator.status = s.status;
  // A reported status that disagrees is a discrepancy too, listed with the reported word.
  indicator.discrepancy = discrepancy || statusDiscrepancy;
  indicator.formulaSafe = formulaSafe;
  indicator.unit = kind.unit;
  indicator.percent = kind.kind === "percent";
  indicator.directionSource = dir.source;
  indicator.method = convention.method;
  indicator.capped = convention.capped;
  indicator.decimals = decimals;
  indicator.reportedStatus = word?.status ?? null;
  indicator.statusDiscrepancy = statusDiscrepancy;
  indicator.reportedPlaces = undefined;
  indicator.stated = undefined;
  indicator.context = undefined;
  indicator.previous = undefined;
  // Set last, not in the draft: only a few lines have them.
  if (gap !== null) indicator.reportedGap = true;
  if (byShare) indicator.printedShare = true;
  return indicator;
}

/**
 * The verdict a line's own cells state on its unprinted target (`readStatedVerdict`): its status column (as notes
 * where it is the table's notes column), then its rate column where it holds words, then its notes; with the cell
 * it is read from.
 */
function statedVerdictOf(
  d: IndicatorDraft,
  table: TableLayout,
): (StatedVerdict & { col: number; text: string }) | null {
  const { status, attainment, notes } = table.columns;
  const cells: [number | undefined, string | null, "column" | "notes"][] = [
    // A notes column taken as the status ("Ghi chú": "Thu hồi …; vượt chỉ tiêu được giao") is read as notes.
    [status, d.reportedStatusText, table.statusInNotes ? "notes" : "column"],
    [attainment, typeof d.reported === "string" ? d.reported : null, "column"],
    [notes, d.notes, "notes"],
  ];
  for (const [col, text, where] of cells) {
    const read = col === undefined ? null : readStatedVerdict(text, where);
    if (read) return { ...read, col: col!, text: text! };
  }
  return null;
}

/** A status taken from the document's own rate or status cell, said so naming that cell. */
function sayReported(
  warnings: Warning[],
  d: IndicatorDraft,
  col: number | undefined,
  reported: string | number,
  status: Status,
): void {
  warnings.push({
    code: "statusFromReported",
    address: col === undefined ? null : toA1(d.row, col),
    row: d.row,
    params: { row: d.row + 1, reported, status },
  });
}

/** How far short of its point target a line may be for a tolerance verdict ("No penalty") to make it met: 5 %. */
const TOLERANCE_SHARE = 0.05;

function nearTarget(d: IndicatorDraft): boolean {
  if (d.target.kind !== "number" || d.result.kind !== "number" || d.target.value === 0) return false;
  return Math.abs(d.result.value - d.target.value) <= TOLERANCE_SHARE * Math.abs(d.target.value);
}

function farFromTarget(d: IndicatorDraft, target: number, result: number, direction: Direction, ctx: JudgeContext) {
  if (target <= 0 || result <= 0) return;
  const worse = direction === "lower" ? result / target : target / result;
  if (worse < 100) return;
  ctx.warnings.push({
    code: "farFromTarget",
    address: toA1(d.row, ctx.table.columns.target),
    row: d.row,
    params: { row: d.row + 1, target: d.targetText, result: d.resultText },
  });
}

function percentOfBase(
  d: IndicatorDraft,
  unit: string,
  attainment: number | null,
  decimals: number,
  direction: Direction,
  ctx: JudgeContext,
): void {
  if (attainment === null) return;
  const points = scoreIndicator(d.target, d.result, "points", direction).exact;
  if (points === null) return;
  ctx.warnings.push({
    code: "percentOfBase",
    address: toA1(d.row, ctx.table.columns.result),
    row: d.row,
    params: { row: d.row + 1, unit, rate: attainment, points: roundHalfAway(points, decimals) },
  });
}

/** The lexicon's words as the officer typed them, in the label or else the headings above it. */
function typedTerm(d: IndicatorDraft, term: string | undefined): string {
  if (!term) return "";
  for (const text of [d.label, ...d.context, d.notes]) {
    const typed = quoteTerm(text, term);
    if (typed !== term) return typed;
  }
  return term;
}
