import { readStatementVerdict } from "./readStatementVerdict";

describe("readStatementVerdict: a verdict on the target given in a statement's sentence", () => {
  it.each([
    [
      "The Service met the overall target for the number of prisoners completing accredited offending behaviour programmes.",
      "met",
    ],
    [
      "The purposeful activity target would have been met but for a sharp rise in the prisoner population since December.",
      "notMet",
    ],
    [
      "Although the basic skills targets were not met, it is very encouraging to note that prisoners achieved more than 50,000 separate certificates last year.",
      "notMet",
    ],
    ["We did not meet the annual target because of staff shortages.", "notMet"],
    ["The downward trend has continued and performance is well ahead of the target.", "exceeded"],
    ["All three targets were achieved this year.", "met"],
    [
      "The downward trend in drug misuse has continued and performance is well ahead of the Public Service Agreement (PSA) target.",
      "exceeded",
    ],
    ["Performance fell short of the target in the last quarter.", "notMet"],
    // Looking ahead, or naming no target, is no verdict.
    ["We are on track to meet the year-end target.", null],
    ["The service is expected to exceed its target next year.", null],
    [
      "The Director General has introduced new arrangements for dealing with the high levels of staff sickness in the Service.",
      null,
    ],
    ["There were 11 last year, compared with 30 in 1999–2000 and 232 as recently as 1992–93.", null],
    ["The target was set by the board in May.", null],
    ["", null],
  ])("%j → %j", (text, status) => expect(readStatementVerdict(text)?.status ?? null).toBe(status));

  it("gives the clause that states the verdict", () =>
    expect(
      readStatementVerdict("Although the basic skills targets were not met, prisoners achieved 50,000 certificates.")
        ?.clause,
    ).toBe("Although the basic skills targets were not met"));
});
