import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { SAMPLE_PATH, readGrid } from "../support/sample";

const ROOT = path.join(__dirname, "..", "..");
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "attainment-cli-"));
  fs.copyFileSync(SAMPLE_PATH, path.join(dir, "bao-cao.xlsx"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const files = () => fs.readdirSync(dir).sort();

describe("attainment compute", () => {
  it("prints exactly one JSON document with the contract's fields and writes IN.attainment.xlsx beside IN", async () => {
    const input = path.join(dir, "bao-cao.xlsx");
    const before = fs.readFileSync(input);
    const r = await cli("compute", input, "--json");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const doc = JSON.parse(r.stdout);
    // The contract only gains fields: the first version's fields keep their order and meaning.
    const first = ["sheet", "method", "indicators", "summary", "narrative", "warnings", "columns", "output"];
    expect(Object.keys(doc).filter((k) => first.includes(k))).toEqual(first);
    expect(doc).toMatchObject({ table: 1, tables: 1, decimals: 0 });
    expect(doc).toMatchObject({
      sheet: "KQ Nghị quyết 2021",
      method: "points",
      output: path.join(dir, "bao-cao.attainment.xlsx"),
    });
    expect(doc.indicators.find((i: { row: number }) => i.row === 21)).toMatchObject({
      row: 21,
      part: 0,
      section: "I",
      label: "+ Cá nhân:",
      target: 20,
      result: 28,
      direction: "higher",
      attainment: 108,
      status: "exceeded",
      reported: 180,
      discrepancy: true,
      unit: "%",
      directionSource: "default",
      method: "points",
      reportedStatus: null,
      statusDiscrepancy: false,
    });
    expect(doc.summary).toMatchObject({ total: 18, evaluated: 17, exceeded: 5, met: 12, notMet: 0, notEvaluated: 1 });
    // Added fields: the table's own indicators as its headings declare them, and each line's place under them.
    expect(doc.summary).toMatchObject({ declared: 8, items: { total: 8, met: 8 } });
    expect(
      doc.summary.sections.map((x: { declared: number; items: { total: number } }) => [x.declared, x.items.total]),
    ).toEqual([
      [3, 3],
      [5, 5],
    ]);
    expect(doc.indicators.find((i: { row: number }) => i.row === 24).parentRow).toBe(23);
    expect(doc.indicators.find((i: { row: number }) => i.row === 5).parentRow).toBeNull();
    expect(doc.summary.sections[0]).toEqual({
      key: "I",
      label: "Về công tác chuyên môn",
      total: 12,
      evaluated: 11,
      exceeded: 4,
      met: 7,
      notMet: 0,
      notEvaluated: 1,
      declared: 3,
      items: { total: 3, evaluated: 3, exceeded: 0, met: 3, notMet: 0, notEvaluated: 0 },
    });
    expect(doc.warnings).toContainEqual({
      code: "discrepancy",
      address: "E21",
      message: "Dòng 21: báo cáo 180, tính được 108.",
    });
    expect(files()).toEqual(["bao-cao.attainment.xlsx", "bao-cao.xlsx"]);
    expect(fs.readFileSync(input)).toEqual(before);
  });

  it("prints a readable summary naming the chosen columns, in English on request", async () => {
    const out = path.join(dir, "ket-qua.xlsx");
    const vi = await cli("compute", path.join(dir, "bao-cao.xlsx"), "--out", out);
    expect(vi.stdout).toContain('Chỉ tiêu: C "Chỉ tiêu Nghị quyết %"');
    expect(vi.stdout).toContain("Dòng 21: báo cáo 180, tính được 108.");
    const en = await cli(
      "compute",
      path.join(dir, "bao-cao.xlsx"),
      "--out",
      out,
      "--lang",
      "en",
      "--method",
      "ratio",
      "--decimals",
      "1",
    );
    expect(en.stdout).toContain('Target: C "Chỉ tiêu Nghị quyết %"');
    expect(en.stdout).toContain("Row 21: reported 180, computed 140.");
    expect(en.stdout).toContain("Method: result ÷ target × 100");
  });

  it.each([
    ["vi", "Kết quả: — (bảng chưa có cột kết quả)", 'D3: bảng có nhiều cột chỉ tiêu; đã lấy "Kế hoạch năm 2021'],
    [
      "en",
      "Result: — (the table has no result column yet)",
      'D3: the table has several target columns; took "Kế hoạch',
    ],
  ])(
    "names no result column in a table of targets only, and the target column it took (%s)",
    async (lang, result, period) => {
      const input = path.join(dir, "ke-hoach.xlsx");
      fs.copyFileSync(path.join(ROOT, "test/fixtures/real/bo-khdt-chi-tieu-ktxh-2021/table.xlsx"), input);
      const r = await cli("compute", input, "--out", path.join(dir, "out.xlsx"), "--lang", lang);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(r.stdout).toContain(result);
      expect(r.stdout).toContain(period);
    },
  );

  it.each([
    ["vi", "Chỉ tiêu: — (bảng không có cột chỉ tiêu)", 'Đánh giá: E "Ghi chú" (nhận định của tài liệu, giữ nguyên'],
    ["en", "Target: — (the table has no target column)", 'Status: E "Ghi chú" (the document\'s verdicts, kept'],
  ])(
    "names no target column where the table has none, and the document's verdicts as kept (%s)",
    async (lang, target, status) => {
      const input = path.join(dir, "hai-quan.xlsx");
      fs.copyFileSync(path.join(ROOT, "test/fixtures/real/hai-quan-thu-ngan-sach-10-8/table.xlsx"), input);
      const r = await cli("compute", input, "--out", path.join(dir, "out.xlsx"), "--lang", lang);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(r.stdout).toContain(target);
      expect(r.stdout).toContain(status);
    },
  );

  it.each([
    ["vi", 'Tỷ lệ đạt được (%): D "Value vs Target" (chênh lệch so với chỉ tiêu của tài liệu, giữ nguyên'],
    ["en", 'Attainment (%): D "Value vs Target" (the document\'s gaps to the target, kept'],
  ])("names a rate column of gaps as kept, and writes the rate beside the table (%s)", async (lang, line) => {
    const input = path.join(dir, "gaps.xlsx");
    const out = path.join(dir, "gaps-out.xlsx");
    fs.copyFileSync(path.join(ROOT, "test/fixtures/real/en-copeland-kpi-2016-2020/table.xlsx"), input);
    const r = await cli("compute", input, "--out", out, "--lang", lang);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain(line);
    const before = readGrid(fs.readFileSync(input)).sheets[0]!;
    const after = readGrid(fs.readFileSync(out)).sheets[0]!;
    // The gaps (D8:D11) are the document's, as typed; the rate is in the first free column.
    expect([7, 8, 9, 10].map((row) => after.values[row]?.[3])).toEqual(
      [7, 8, 9, 10].map((row) => before.values[row]?.[3]),
    );
    expect(after.values[7]?.[5]).toBe(100.07);
  });

  it.each([
    [
      "a missing file",
      ["compute", "nope.xlsx"],
      /^Không tìm thấy tệp ".*nope\.xlsx": hãy kiểm tra đường dẫn tới tệp \.xlsx\.\n$/,
    ],
    ["a folder", ["compute", "."], /là một thư mục, không phải tệp \.xlsx\.\n$/],
    [
      "a text file named .xlsx",
      ["compute", "text.xlsx"],
      /"text\.xlsx" không phải là sổ làm việc Excel \(\.xlsx\): hãy chọn một tệp \.xlsx\.\n$/,
    ],
    ["an old .xls file", ["compute", "old.xls"], /là tệp \.xls cũ hoặc sổ làm việc có mật khẩu/],
    ["a zip that is not a workbook", ["compute", "zip.xlsx"], /không phải là sổ làm việc Excel/],
    ["a workbook cut off half way", ["compute", "cut.xlsx"], /"cut\.xlsx" là tệp \.xlsx bị hỏng/],
    [
      "a workbook without a table",
      ["compute", "empty.xlsx", "--lang", "en"],
      /^No indicator table found: expected a header row with a target column/,
    ],
    [
      "an unknown sheet",
      ["compute", "bao-cao.xlsx", "--sheet", "Không có"],
      /^Không có trang tính "Không có" trong sổ làm việc/,
    ],
  ])("refuses %s with exit 1, one sentence and no output", async (_what, argv, message) => {
    fs.writeFileSync(path.join(dir, "text.xlsx"), "STT,Nội dung\n1,A\n");
    fs.writeFileSync(path.join(dir, "old.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    fs.writeFileSync(path.join(dir, "zip.xlsx"), Buffer.from([0x50, 0x4b, 0x05, 0x06, ...Array(18).fill(0)]));
    fs.copyFileSync(path.join(ROOT, "test", "fixtures", "no-table.xlsx"), path.join(dir, "empty.xlsx"));
    const sample = fs.readFileSync(SAMPLE_PATH);
    fs.writeFileSync(path.join(dir, "cut.xlsx"), sample.subarray(0, sample.length / 2));
    const before = files();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await cli(...argv);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    } finally {
      process.chdir(cwd);
    }
    expect(files()).toEqual(before);
  });

  it.each([
    [[], /^Chưa có lệnh: dùng `attainment compute IN.xlsx`\.\nXem cách dùng: attainment --help\n$/],
    [["--lang", "en"], /^No command given: use `attainment compute IN.xlsx`\.\nRun `attainment --help` for usage\.\n$/],
    [["convert", "a.xlsx", "--lang", "en"], /Unknown command "convert"/],
    [["compute"], /Chưa có tệp đầu vào/],
    [["compute", "a.xlsx", "--method", "average", "--lang", "en"], /--method must be auto, points or ratio/],
    [["compute", "a.xlsx", "--method", "average"], /--method phải là auto, points hoặc ratio/],
    [["compute", "a.xlsx", "--decimals", "-1"], /--decimals/],
    [["compute", "a.xlsx", "--lang", "fr"], /--lang phải là vi hoặc en/],
    [["compute", "a.xlsx", "--decimals", "some", "--lang", "en"], /--decimals must be auto or a whole number/],
    [["compute", "a.xlsx", "--table", "0", "--lang", "en"], /--table must be a table number/],
    [["compute", "a.xlsx", "--lower", "12,x"], /--lower cần số dòng trên trang tính/],
    [["compute", "a.xlsx", "--lower", "12", "--higher", "12", "--lang", "en"], /Row 12 is given to both/],
    [["compute", "a.xlsx", "--colour", "--lang", "en"], /Unknown option '--colour'/],
    [["compute", "a.xlsx", "--colour"], /Không có tuỳ chọn "--colour"/],
    [["compute", "bao-cao.xlsx", "--out", "./bao-cao.xlsx"], /--out không được trùng với tệp đầu vào/],
  ])("usage error %j exits 2", async (argv, message) => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    } finally {
      process.chdir(cwd);
    }
    expect(files()).toEqual(["bao-cao.xlsx"]);
  });

  it("documents every option in --help", async () => {
    const r = await cli("--help");
    expect(r.code).toBe(0);
    for (const option of [
      "--sheet",
      "--table",
      "--out",
      "--method",
      "--decimals",
      "--lower",
      "--higher",
      "--lang",
      "--json",
      "--caption",
      "Exit codes",
    ])
      expect(r.stdout).toContain(option);
  });
});

/** The sample as a macro-enabled workbook (.xlsm): the workbook part's content type and a VBA project part. */
function macroWorkbook(): Uint8Array {
  const files = unzipSync(new Uint8Array(fs.readFileSync(SAMPLE_PATH)));
  const types = strFromU8(files["[Content_Types].xml"]!)
    .replace("spreadsheetml.sheet.main+xml", "")
    .replace(
      'ContentType="application/vnd.openxmlformats-officedocument."',
      'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"',
    )
    .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
  files["[Content_Types].xml"] = strToU8(types);
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    strFromU8(files["xl/_rels/workbook.xml.rels"]!).replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  files["xl/vbaProject.bin"] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]);
  return zipSync(files);
}

describe("a workbook with macros", () => {
  it("comes back as .xlsm, macros kept, since Excel opens a macro-enabled package only under that extension", async () => {
    const input = path.join(dir, "so-lieu.xlsm");
    fs.writeFileSync(input, macroWorkbook());
    const r = await cli("compute", input, "--json");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(JSON.parse(r.stdout).output).toBe(path.join(dir, "so-lieu.attainment.xlsm"));
    const out = unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, "so-lieu.attainment.xlsm"))));
    expect(out["xl/vbaProject.bin"]).toEqual(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]));
    expect(strFromU8(out["[Content_Types].xml"]!)).toContain("sheet.macroEnabled.main+xml");
  });
});

describe("attainment as a real process", () => {
  beforeAll(() => {
    execFileSync("npx", ["webpack", "--config-name", "cli", "--mode", "production", "--no-stats"], {
      cwd: ROOT,
      stdio: "ignore",
    });
  }, 120000);

  it("runs from bin/ with the documented exit codes", () => {
    const input = path.join(dir, "bao-cao.xlsx");
    const ok = spawnSync(process.execPath, [path.join(ROOT, "bin", "attainment.js"), "compute", input, "--json"], {
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).summary.exceeded).toBe(5);
    const bad = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin", "attainment.js"), "compute", path.join(dir, "missing.xlsx")],
      { encoding: "utf8" },
    );
    expect([bad.status, bad.stdout, bad.stderr.split("\n").length]).toEqual([1, "", 2]);
    const usage = spawnSync(process.execPath, [path.join(ROOT, "bin", "attainment.js")], { encoding: "utf8" });
    expect(usage.status).toBe(2);
  });
});
