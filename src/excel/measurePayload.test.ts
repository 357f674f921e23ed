import { columnWidthToPoints } from "./columnWidthToPoints";
import { jsonBytes, packByBytes } from "./measurePayload";
import { detectApiSupport } from "./detectApiSupport";

describe("columnWidthToPoints", () => {
  it.each([
    [8.43, 44.25],
    [13, 68.25],
    [52, 273],
    [0, 0],
  ])("%p characters → %p points", (width, points) => {
    expect(columnWidthToPoints(width)).toBe(points);
  });
});

describe("packByBytes", () => {
  it("fills groups up to the budget and gives an oversized step a group of its own", () => {
    const steps = [3, 4, 2, 9, 1].map((bytes) => ({ bytes }));
    expect(packByBytes(steps, 8).map((g) => g.map((s) => s.bytes))).toEqual([[3, 4], [2], [9], [1]]);
  });
});

describe("jsonBytes", () => {
  it("counts UTF-8 bytes of the JSON text", () => {
    expect(jsonBytes(["đạt"])).toBe(2 + 2 + 3 + 1 + 2);
    expect(jsonBytes("😀")).toBe(6);
  });
});

describe("detectApiSupport", () => {
  it("maps requirement sets to features", () => {
    const upTo =
      (minor: number) =>
      (name: string, version = "1.1") =>
        name === "ExcelApi" && Number(version.split(".")[1]) <= minor;
    expect(detectApiSupport(upTo(1))).toEqual({
      layout: false,
      names: false,
      conditionalFormats: false,
      sheetView: false,
      printing: false,
      cellFormats: false,
      comments: false,
      mergedAreas: false,
    });
    expect(detectApiSupport(upTo(9))).toEqual({
      layout: true,
      names: true,
      conditionalFormats: true,
      sheetView: true,
      printing: true,
      cellFormats: true,
      comments: false,
      mergedAreas: false,
    });
    expect(Object.values(detectApiSupport(upTo(13))).every(Boolean)).toBe(true);
  });
});
