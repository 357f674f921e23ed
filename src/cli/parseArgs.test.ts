import { parseCliArgs } from "./parseArgs";

describe("parseCliArgs: the engine's options", () => {
  it.each([
    [[], { decimals: "auto", table: 0, directions: {} }],
    [["--decimals", "2"], { decimals: 2 }],
    [["--decimals", "auto"], { decimals: "auto" }],
    [["--table", "2"], { table: 1 }],
    [["--lower", "12,15"], { directions: { 12: "lower", 15: "lower" } }],
    [["--lower", "12", "--higher", "7, 9"], { directions: { 12: "lower", 7: "higher", 9: "higher" } }],
    [[], { caption: "" }],
    [["--caption", "Phụ lục | (Kèm theo Báo cáo số 12/BC-CĐ)"], { caption: "Phụ lục\n(Kèm theo Báo cáo số 12/BC-CĐ)" }],
    [["--caption", "Phụ lục\n(Kèm theo Báo cáo)"], { caption: "Phụ lục\n(Kèm theo Báo cáo)" }],
  ])("compute IN.xlsx %j", (extra, expected) => {
    expect(parseCliArgs(["compute", "IN.xlsx", ...extra])).toMatchObject({ command: "compute", ...expected });
  });
});

describe("parseCliArgs: restore", () => {
  it.each([
    [["restore", "OUT.xlsx"], { command: "restore", input: "OUT.xlsx", lang: "vi", json: false }],
    [
      ["restore", "OUT.xlsx", "--out", "BACK.xlsx", "--lang", "en", "--json"],
      { out: "BACK.xlsx", lang: "en", json: true },
    ],
    [["restore"], { command: "usageError", message: "Chưa có tệp đầu vào: dùng `attainment restore IN.xlsx`." }],
    [
      ["restore", "--lang", "en"],
      { command: "usageError", message: "No input file given: use `attainment restore IN.xlsx`.", lang: "en" },
    ],
    [
      ["restore", "OUT.xlsx", "--method", "ratio", "--lang=en"],
      { command: "usageError", message: '--method is an option of "compute", not of "restore".' },
    ],
    [
      ["undo", "OUT.xlsx"],
      { command: "usageError", message: 'Không có lệnh "undo": các lệnh là "compute" và "restore".', lang: "vi" },
    ],
    [["compute", "IN.xlsx", "--colour"], { command: "usageError", message: 'Không có tuỳ chọn "--colour".' }],
    [["compute", "IN.xlsx", "--colour", "--lang", "en"], { message: "Unknown option '--colour'." }],
    [["compute", "IN.xlsx", "--out"], { command: "usageError", message: "Tuỳ chọn --out cần một giá trị." }],
  ])("%j", (argv, expected) => {
    expect(parseCliArgs(argv)).toMatchObject(expected);
  });
});
