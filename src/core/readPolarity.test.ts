import { readPolarity } from "./readPolarity";

describe("readPolarity: a column that says which way is better", () => {
  it.each([
    ["High", "higher"],
    ["Higher is better", "higher"],
    ["↑", "higher"],
    ["Cao", "higher"],
    ["Low", "lower"],
    ["Smaller is better", "lower"],
    ["↓", "lower"],
    ["Thấp", "lower"],
    ["Aim to maximise", "higher"],
    ["Maximize", "higher"],
    ["Aim to Minimise", "lower"],
    ["Min", "lower"],
    ["Aim", null],
    ["n/a", null],
    ["", null],
  ])("%j → %s", (text, direction) => {
    expect(readPolarity(text)).toBe(direction);
  });
});
