import { readSentenceNumber } from "./readSentenceNumber";

describe("readSentenceNumber: the figure a sentence states", () => {
  it.each([
    ["Increase average session duration from ~3 to 4 minutes.", 4, undefined],
    ["COMPLETE - 4:03 average between Jan 1st and Mar, 27th.", 4.05, undefined],
    ["Reach 500 Twitter followers.", 500, undefined],
    ["Reduce carbon emissions by 12.5% by 2010/11, relative to 1999/00 levels.", 12.5, undefined],
    ["we have 650+ snippets. As of March 2020, we have 750+ snippets.", 750, "higher"],
    ["Keep scores consistently above 90.", 90, "higher"],
    ["Grow monthly users to 7k", 7000, undefined],
    ["Tăng trên 5 điểm", 5, "higher"],
    ["FAILED - 5.8k/7k, repeat next Q", 5800, undefined],
    ["COMPLETE - 2.6%/2.0%, tracking", 2.6, undefined],
    ["COMPLETE - 1200/1200", 1200, undefined],
    ["Loaded 4 weeks late, due 31 October", 4, undefined],
    ["31 may be reached", 31, undefined],
  ] as const)("%j → %d", (text, value, direction) => {
    const r = readSentenceNumber(text);
    expect(r).toMatchObject({ kind: "number", value, note: "sentence" });
    expect(r?.direction).toBe(direction);
  });

  it.each([
    "No figure here.",
    "Done on Jan 1st, 2020.",
    "Achieved in 2006-07.",
    "Make available on the website by 31 October each year",
    "Published by October 31.",
  ])("%j holds none", (text) => {
    expect(readSentenceNumber(text)).toBeNull();
  });
});
