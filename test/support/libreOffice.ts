/**
 * LibreOffice Calc as an independent spreadsheet engine for tests: opens an .xlsx, recalculates every formula
 * (a private user profile sets "Recalculation on File Load: Always", since LibreOffice keeps cached values by
 * default and does not honour fullCalcOnLoad), and exports every sheet as CSV.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Rows of a CSV text (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[i++];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\n") {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== "\r") field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/**
 * Every sheet of each workbook as LibreOffice shows it after recalculating, by file then sheet name, from one
 * LibreOffice process. Throws (with LibreOffice's output) when a file exports no sheet (it could not open it).
 * Example: `recalculated([file]).get(file)!.get("Chỉ tiêu")![20]![4]`.
 */
export function recalculated(files: string[]): Map<string, Map<string, string[][]>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lo-recalc-"));
  try {
    fs.mkdirSync(path.join(dir, "profile", "user"), { recursive: true });
    fs.writeFileSync(path.join(dir, "profile", "user", "registrymodifications.xcu"), PROFILE_XCU);
    const inputs = files.map((f, i) => {
      const input = path.join(dir, `book${i}.xlsx`);
      fs.copyFileSync(f, input);
      return input;
    });
    const log = execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        CSV_FILTER,
        "--outdir",
        dir,
        ...inputs,
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 },
    );
    const out = new Map<string, Map<string, string[][]>>();
    files.forEach((f, i) => {
      const sheets = new Map<string, string[][]>();
      for (const m of log.matchAll(new RegExp(`Writing sheet (.+) -> (.+/book${i}-.+\\.csv)`, "g")))
        sheets.set(m[1]!, parseCsv(fs.readFileSync(m[2]!, "utf8")));
      if (!sheets.size) throw new Error(`LibreOffice exported no sheet of ${f}:\n${log}`);
      out.set(f, sheets);
    });
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
