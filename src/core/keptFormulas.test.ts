import { formulaShape, shapeReader } from "./keptFormulas";

/** Rows of one column in turn, each formula as the plan writes it or as an officer might have typed it. */
const COLUMNS: [string, [string, number][]][] = [
  [
    "a rate filled down",
    [
      ['IF(COUNT(C21,D21)<2,"",D21/C21*100)', 20],
      ['IF(COUNT(C22,D22)<2,"",D22/C22*100)', 21],
      ['IF(COUNT(C23,D23)<2,"",D23/C23*100)', 22],
    ],
  ],
  [
    "a fixed reference that names the row it reaches",
    [
      ["D3-$C$5", 2],
      ["D4-$C$5", 3],
      ["D5-$C$5", 4],
      ["D6-$C$5", 5],
    ],
  ],
  [
    "text that is not normalized",
    [
      ["= d3 - c3", 2],
      ["= d4 - c4", 3],
      ["D5-C5", 4],
    ],
  ],
  [
    "a string that spells the placeholder or the next row",
    [
      ['IF(D3>C3,"{R}","")', 2],
      ['IF(D4>C4,"4","")', 3],
      ['IF(D5>C5,"{R}","")', 4],
    ],
  ],
  [
    "a formula that changes shape",
    [
      ["D3-C3", 2],
      ["D4+C4", 3],
      ["D5+C5", 4],
      ["D6-C6", 5],
    ],
  ],
  [
    "a reference after an own-row reference and a dollar",
    [
      ["C3$D$4", 2],
      ["C4$D$4", 3],
      ["C5$D$4", 4],
    ],
  ],
  [
    "a leading '=' left after normalizing",
    [
      ["==D3", 2],
      ["=D4", 3],
      ["=D5", 4],
    ],
  ],
];

describe("shapeReader", () => {
  it.each(COLUMNS)("gives formulaShape's shapes row after row: %s", (_, rows) => {
    const shapeOf = shapeReader();
    expect(rows.map(([f, r]) => shapeOf(f, r))).toEqual(rows.map(([f, r]) => formulaShape(f, r)));
  });
});
