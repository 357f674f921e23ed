import { describeWarning } from "./messages";
import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { groupsByOutcome, noteDirection, ratedAspect, spendCaption } from "./decideDirection";

describe("groupsByOutcome: a heading grouping lines by how they did passes no direction down", () => {
  it.each([
    ["Q1 2020/21 Targets that were missed by more than 10%", true],
    ["Targets not achieved", true],
    ["Các chỉ tiêu không đạt kế hoạch", true],
    ["KPIs on track", true],
    ["Giảm nghèo", false],
    ["Missed bin collections", false],
    ["A Thriving Place", false],
  ])("%j → %s", (heading, expected) => expect(groupsByOutcome(heading)).toBe(expected));
});

describe("spendCaption: a block captioned as spending sets its lines lower-is-better", () => {
  it.each([
    ["EXPENDITURES BY OBJECT", "expenditures"],
    ["EXPENDITURES BY CATEGORY:", "expenditures"],
    ["Expenditure summary", "expenditure"],
    ["Operating costs", "costs"],
    ["Chi ngân sách", "chi ngan sach"],
    ["Tổng chi", "tong chi"],
    ["Revenues and expenditures", null],
    ["Thu, chi ngân sách", null],
    ["PERFORMANCE INDICATORS", null],
    ["Chỉ tiêu", null],
    ["Nội dung chỉ tiêu", null],
  ])("%j → %j", (caption, term) => expect(spendCaption(caption)).toBe(term));

  it.each([
    // The spending block's lines read lower (warned); the counts under the next block's label header stay higher.
    ["Expenditures", ["lower", "lower", "higher"]],
    ["Revenues", ["higher", "higher", "higher"]],
    ["Chi ngân sách", ["lower", "lower", "higher"]],
  ])("lines under %j read %j", (caption, directions) => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          [caption, "Budget", "Actual"],
          ["Personnel", 100, 90],
          ["Supplies", 50, 60],
          [null],
          ["Performance indicators", "Budget", "Actual"],
          ["Public hearings held", 40, 42],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.indicators.map((i) => i.direction)).toEqual(directions);
    const warned = new Set(r.value.warnings.filter((w) => w.code === "directionInferred").map((w) => w.row));
    expect(r.value.indicators.map((i) => warned.has(i.row))).toEqual(directions.map((d) => d === "lower"));
  });

  it("gives way to the user's direction for the row", () => {
    const grid = book(
      sheet("S", [
        ["Expenditures", "Budget", "Actual"],
        ["Personnel", 100, 90],
      ]),
    );
    const r = analyzeWorkbook(grid, { directions: { 2: "higher" } });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.indicators[0]!.direction).toBe("higher");
  });
});

describe("a cost under a spending section heading is lower-is-better", () => {
  it.each([
    ["Cost", "Total output cost", "lower"],
    ["Expenditure", "Total output cost", "lower"],
    // A heading that is no spending caption leaves the cost open (higher, warned); a count under "Cost" is a count.
    ["Quantity", "Total output cost", "higher"],
    ["Revenues and expenditures", "Total output cost", "higher"],
    ["Cost", "Projects delivered", "higher"],
  ])("under %j, %j reads %j", (heading, label, direction) => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          ["Performance measure", "Target", "Actual"],
          ["Meetings held", 20, 16],
          [heading],
          [label, 163.2, 119.8],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.indicators.at(-1)!.direction).toBe(direction);
  });
});

describe("noteDirection: a note stating the line's aim sets its direction", () => {
  it.each([
    ["theo hướng giảm dần tỷ trọng", "lower"],
    ["Theo hướng tăng tỷ trọng dịch vụ", "higher"],
    ["giảm 33,9% so cùng kỳ", null],
    ["tăng 3,1 triệu đồng so với năm 2021", null],
    ["", null],
  ])("%j → %j", (note, direction) => expect(noteDirection(note)?.direction ?? null).toBe(direction));
});

describe("a time limit in the label over a share: the share within the limit is higher-is-better", () => {
  it.each([
    ["At least 95% of patients waiting no more than four hours in A&E", 0.95, 0.927, "0%", "higher"],
    ["Cancer: 62 day wait for first treatment", 0.85, 0.788, "0%", "higher"],
    // Without a share, the time itself is the measure; without a time limit, the share of a wait is still a wait.
    ["Waiting time no more than four hours", 4, 3, "0", "lower"],
    ["Average waiting time", 0.2, 0.18, "0%", "lower"],
  ])("%j (%j → %j, %j) reads %j", (label, target, result, format, direction) => {
    const grid = sheet(
      "S",
      [
        ["Measure", "Target", "Achieved"],
        [label, target, result],
      ],
      {
        formats: { B2: format, C2: format },
      },
    );
    const r = analyzeWorkbook(book(grid));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.indicators[0]!.direction).toBe(direction);
  });
});

describe("a time limit in the note of a share of a time: the share within the limit is higher-is-better", () => {
  it.each([
    ["A&E waiting times", "95% of patients must be seen in under four hours", 0.95, 0.838, "0%", "higher"],
    ["Response time", "calls answered within 20 minutes", 0.9, 0.93, "0%", "higher"],
    // No limit in the note, no share, or a lower quantity that is no time: the wording's own direction stands.
    ["A&E waiting times", "national standard", 0.95, 0.838, "0%", "lower"],
    ["A&E waiting times", "in under four hours", 4, 3.5, "0", "lower"],
    ["Sickness absence", "absences over 20 days", 0.05, 0.04, "0%", "lower"],
  ])("%j with note %j (%j → %j, %j) reads %j", (label, note, target, result, format, direction) => {
    const grid = sheet(
      "S",
      [
        ["Measure", "Target", "Achieved", "Notes"],
        [label, target, result, note],
      ],
      { formats: { B2: format, C2: format } },
    );
    const r = analyzeWorkbook(book(grid));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.indicators[0]!.direction).toBe(direction);
    if (direction === "higher") {
      const said = r.value.warnings.filter((w) => w.code === "directionInferred");
      expect(said.map((w) => describeWarning(w, "en"))).toHaveLength(1);
    }
  });
});

describe("decideDirection: a share of what falls within a limit is better higher", () => {
  it.each([
    ["The percentage of defendants whose trial begins within the waiting time target", "higher"],
    ["To bring to account x per cent. of transactions within turnaround targets", "higher"],
    ["Average waiting time", "lower"],
    ["Turnaround within 10 days", "lower"],
  ])("%j → %s", (label, direction) => {
    const a = analyzeWorkbook(
      book(
        sheet("S", [
          ["Measure", "Target", "Actual"],
          [label, 80, 85],
        ]),
      ),
    );
    if (!a.ok) throw new Error(a.error.code);
    expect(a.value.indicators[0]!.direction).toBe(direction);
  });
});

describe("a share within a limit: the warning quotes the words that set its direction, as typed", () => {
  it.each([
    ["At least 95% of patients waiting no more than four hours in A&E", 0.95, 0.927, "0%", "four hours"],
    ["Cancer: 62-day wait for first treatment", 0.85, 0.788, "0%", "62-day"],
    [
      "The percentage of defendants whose trial begins within the waiting time target",
      80,
      85,
      "0",
      "within the waiting time",
    ],
  ])("%j", (label, target, result, format, words) => {
    const grid = sheet(
      "S",
      [
        ["Measure", "Target", "Achieved"],
        [label, target, result],
      ],
      { formats: { B2: format, C2: format } },
    );
    const r = analyzeWorkbook(book(grid));
    if (!r.ok) throw new Error(r.error.code);
    const said = r.value.warnings.filter((w) => w.code === "directionInferred");
    expect(said.map((w) => describeWarning(w, "en"))).toEqual([
      `Row 2: higher is better from the indicator's wording ("${words}"); the direction can be changed.`,
    ]);
  });
});

describe("ratedAspect: a short label under a satisfaction heading names what is rated", () => {
  it.each([
    ["Interruptions", ["Customer Satisfaction"], true],
    ["Leakage", ["Mức độ hài lòng của khách hàng"], true],
    ["Interruptions", ["Operational performance"], false],
    ["Number of breaches of abstraction licences", ["Customer Satisfaction"], false],
    ["Interruptions", [], false],
  ])("%j under %j → %s", (label, context, expected) => {
    expect(ratedAspect(label, context)).toBe(expected);
  });
});

describe("a time limit in the label over a line measured in that time: the time taken, better lower", () => {
  it.each([
    ["Reply to your emails within 5 working days on average.", "working days", 5, "*2.7", "lower", "exceeded"],
    ["Respond to complaints within 10 working days", "working days", 10, 12, "lower", "notMet"],
    ["Respond to complaints within 10 working days", "%", 0.9, 0.95, "higher", "exceeded"],
    ["Days of training delivered", "days", 10, 12, "higher", "exceeded"],
  ])("%j in %j → %j", (label, unit, target, result, direction, status) => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          ["Our commitment", "Unit", "Target", "December 2025"],
          [label, unit, target, result],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    expect([r.value.indicators[0]!.direction, r.value.indicators[0]!.status]).toEqual([direction, status]);
  });

  it("warns of the footnote mark before the figure and quotes the limit", () => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          ["Our commitment", "Unit", "Target", "December 2025"],
          ["Reply to your emails within 5 working days on average.", "working days", 5, "*2.7"],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    const texts = r.value.warnings.map((w) => describeWarning(w, "en"));
    expect(texts.some((t) => t.includes('"*2.7" carries a footnote mark') && t.includes("2.7"))).toBe(true);
    expect(texts.some((t) => t.includes("within 5 working days"))).toBe(true);
  });
});
