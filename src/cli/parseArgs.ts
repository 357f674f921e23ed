import { parseArgs as nodeParseArgs } from "node:util";
import type { DecimalsOption, Direction, Lang, MethodOption } from "../core";

export interface ComputeArgs {
  command: "compute";
  input: string;
  sheet?: string;
  out?: string;
  /** Also write the Word report (appendix and narrative) here. */
  docx?: string;
  method: MethodOption;
  decimals: DecimalsOption;
  /** Which table of the sheet, 0-based (the option is 1-based). */
  table: number;
  /** Direction overrides by 1-based sheet row, from --lower and --higher. */
  directions: Record<string, Direction>;
  lang: Lang;
  json: boolean;
  /** Lines above the appendix's title, "\n" between them (from --caption, "|" or a line break). */
  caption: string;
}

/** `attainment restore IN.xlsx [--out OUT.xlsx] [--lang vi|en] [--json]`: undo every run on a file, into a new file. */
export interface RestoreArgs {
  command: "restore";
  input: string;
  out?: string;
  lang: Lang;
  json: boolean;
}

export type ParsedArgs =
  | ComputeArgs
  | RestoreArgs
  | { command: "help" }
  | { command: "version" }
  | { command: "usageError"; message: string; lang: Lang };

/** Options that only `compute` takes (a restore has nothing to compute). */
const COMPUTE_ONLY = ["sheet", "docx", "method", "decimals", "table", "lower", "higher", "caption"] as const;

/** The language of a command line's messages: its --lang where it names one, else Vietnamese. */
function langOf(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : argv[i]!.startsWith("--lang=") ? argv[i]!.slice(7) : undefined;
    if (value === "en" || value === "vi") return value;
  }
  return "vi";
}

/** Node's own words for an option it does not know or that lacks its value, in Vietnamese where it says so. */
function nodeMessage(message: string, lang: Lang): string {
  const first = message.split("\n")[0]!.replace(/\. To specify.*$/, ".");
  if (lang === "en") return first;
  const unknown = /^Unknown option '([^']+)'/.exec(first);
  if (unknown) return `Không có tuỳ chọn "${unknown[1]}".`;
  const missing = /^Option '(?:-\w, )?(-[\w-]+)[^']*' argument missing/.exec(first);
  if (missing) return `Tuỳ chọn ${missing[1]} cần một giá trị.`;
  return first;
}

/**
 * Reads the command line: `compute IN.xlsx [--sheet NAME] [--out OUT.xlsx] [--method auto|points|ratio]
 * [--decimals N] [--lang vi|en] [--json]`, `restore IN.xlsx [--out OUT.xlsx] [--lang vi|en] [--json]`, `--help`,
 * `--version`. Mistakes come back as a usage error in words.
 */
export function parseCliArgs(argv: string[]): ParsedArgs {
  const messageLang = langOf(argv);
  const vi = messageLang === "vi";
  const usageError = (viText: string, enText: string): ParsedArgs => ({
    command: "usageError",
    message: vi ? viText : enText,
    lang: messageLang,
  });
  let parsed;
  try {
    parsed = nodeParseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: "string" },
        out: { type: "string", short: "o" },
        docx: { type: "string" },
        method: { type: "string" },
        decimals: { type: "string" },
        table: { type: "string" },
        lower: { type: "string" },
        higher: { type: "string" },
        lang: { type: "string" },
        caption: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    const message = nodeMessage((e as Error).message, messageLang);
    return usageError(message, message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === "help") return { command: "help" };
  if (values.version) return { command: "version" };
  const [command, input, ...extra] = positionals;
  if (command === undefined)
    return usageError(
      "Chưa có lệnh: dùng `attainment compute IN.xlsx`.",
      "No command given: use `attainment compute IN.xlsx`.",
    );
  if (command !== "compute" && command !== "restore")
    return usageError(
      `Không có lệnh "${command}": các lệnh là "compute" và "restore".`,
      `Unknown command "${command}": the commands are "compute" and "restore".`,
    );
  if (input === undefined)
    return usageError(
      `Chưa có tệp đầu vào: dùng \`attainment ${command} IN.xlsx\`.`,
      `No input file given: use \`attainment ${command} IN.xlsx\`.`,
    );
  if (extra.length > 0)
    return usageError(
      `Thừa "${extra[0]}": chỉ cho một tệp đầu vào.`,
      `Unexpected argument "${extra[0]}": give one input file.`,
    );
  if (command === "restore") {
    const extraOption = COMPUTE_ONLY.find((o) => values[o] !== undefined);
    if (extraOption)
      return usageError(
        `--${extraOption} là tuỳ chọn của "compute", không dùng với "restore".`,
        `--${extraOption} is an option of "compute", not of "restore".`,
      );
  }
  const method = values.method ?? "auto";
  if (method !== "auto" && method !== "points" && method !== "ratio") {
    return usageError(
      `--method phải là auto, points hoặc ratio, không phải "${method}".`,
      `--method must be auto, points or ratio, not "${method}".`,
    );
  }
  const decimalsText = values.decimals ?? "auto";
  if (decimalsText !== "auto" && (!/^\d$/.test(decimalsText) || Number(decimalsText) > 6))
    return usageError(
      `--decimals phải là auto hoặc một số nguyên từ 0 đến 6, không phải "${decimalsText}".`,
      `--decimals must be auto or a whole number from 0 to 6, not "${decimalsText}".`,
    );
  const tableText = values.table ?? "1";
  if (!/^[1-9]\d?$/.test(tableText))
    return usageError(
      `--table phải là số thứ tự của bảng, từ 1, không phải "${tableText}".`,
      `--table must be a table number from 1, not "${tableText}".`,
    );
  const directions: Record<string, Direction> = {};
  for (const [option, direction] of [
    ["lower", "lower"],
    ["higher", "higher"],
  ] as const) {
    const text = values[option];
    if (text === undefined) continue;
    const rows = text.split(",").map((r) => r.trim());
    const bad = rows.find((r) => !/^[1-9]\d{0,6}$/.test(r));
    if (bad !== undefined)
      return usageError(
        `--${option} cần số dòng trên trang tính, cách nhau bằng dấu phẩy (ví dụ 12,15), không phải "${text}".`,
        `--${option} needs sheet row numbers separated by commas (e.g. 12,15), not "${text}".`,
      );
    for (const row of rows) {
      if (directions[row] && directions[row] !== direction)
        return usageError(
          `Dòng ${row} có ở cả --lower và --higher.`,
          `Row ${row} is given to both --lower and --higher.`,
        );
      directions[row] = direction;
    }
  }
  const lang = values.lang ?? "vi";
  if (lang !== "vi" && lang !== "en")
    return usageError(`--lang phải là vi hoặc en, không phải "${lang}".`, `--lang must be vi or en, not "${lang}".`);
  if (values.sheet !== undefined && values.sheet.trim() === "")
    return usageError("--sheet cần tên một trang tính.", "--sheet needs a sheet name.");
  if (values.out !== undefined && values.out.trim() === "")
    return usageError("--out cần tên tệp.", "--out needs a file name.");
  if (values.docx !== undefined && !/\.docx$/i.test(values.docx))
    return usageError("--docx cần tên một tệp .docx.", "--docx needs a .docx file name.");
  if (command === "restore")
    return {
      command: "restore",
      input,
      ...(values.out !== undefined ? { out: values.out } : {}),
      lang,
      json: values.json ?? false,
    };
  return {
    command: "compute",
    input,
    ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.docx !== undefined ? { docx: values.docx } : {}),
    method,
    decimals: decimalsText === "auto" ? "auto" : Number(decimalsText),
    table: Number(tableText) - 1,
    directions,
    lang,
    json: values.json ?? false,
    caption: (values.caption ?? "")
      .split(/\s*(?:\||\r?\n)\s*/)
      .filter(Boolean)
      .join("\n"),
  };
}

export const HELP = `attainment — tính tỷ lệ đạt của bảng chỉ tiêu / score an indicator table

Usage:
  attainment compute IN.xlsx [--sheet NAME] [--table N] [--out OUT.xlsx] [--method auto|points|ratio]
                             [--decimals N|auto] [--lower ROWS] [--higher ROWS] [--lang vi|en] [--json]
                             [--docx REPORT.docx] [--caption "Phụ lục|(Kèm theo Báo cáo số …)"]
  attainment restore IN.xlsx [--out OUT.xlsx] [--lang vi|en] [--json]
  attainment --help | --version

Reads the indicator table of IN.xlsx (the first sheet that has one, or --sheet NAME), computes the attainment
rate and status of every indicator, and writes OUT.xlsx (default: IN.attainment.xlsx beside IN) with:
  - the source sheet's attainment column filled and a status column ("Đánh giá"), coloured by status,
    live formulas where target and result are plain numbers;
  - a sheet "Phụ lục" / "Appendix": the appendix table for the report (Times New Roman 13, A4 one page wide);
  - a sheet "Tổng hợp" / "Summary": counts per section, the narrative paragraph, the audit of reported rates.
IN.xlsx is never modified; --out may not name it. Before it overwrites a cell the officer typed (a reported rate
or status), OUT.xlsx keeps the original in a very hidden sheet "Attainment_Originals": a later run on OUT.xlsx
still audits the reported figures, and restore can put them back.

restore writes OUT.xlsx (default: IN.restored.xlsx beside IN): IN.xlsx as it was before the first compute, every
kept cell back as typed (value, formula, format), without the status column, colours, generated sheets and
marker names the product added. A cell edited by hand after the last compute keeps what it holds now.

Options:
  --sheet NAME      sheet to read (default: the first sheet holding a recognisable table)
  --table N         which table of the sheet, when it holds several (default 1, the first)
  --out FILE        output workbook (default: IN.attainment.xlsx)
  --method M        auto (default): per kind of unit, the method that reproduces most rates already in the
                    attainment column, else points for indicators in %, else ratio; amounts (money, people,
                    counts) always by ratio;
                    points: 100 + (result − target), lower-is-better 100 + (target − result);
                    ratio: result ÷ target × 100, lower-is-better target ÷ result × 100
  --decimals N|auto decimals of the rate, 0–6, or auto (default): as the table's reported rates, else its
                    figures, at most 2; rounded half away from zero
  --lower ROWS      score these sheet rows lower-is-better (e.g. --lower 12,15)
  --higher ROWS     score these sheet rows higher-is-better
  --lang vi|en      language of the generated sheets, the narrative and the messages (default vi)
  --docx FILE       also write the Word report: the narrative and the appendix table, A4, Times New Roman 13
  --caption TEXT    lines above the appendix's title, "|" between them, e.g. "Phụ lục|(Kèm theo Báo cáo số 12/BC)"
  --json            print one JSON document on stdout:
                    { sheet, table, method, decimals, indicators: [{ row, part, section, label, unit, target,
                      result, direction, directionSource, method, attainment, status, reported, discrepancy,
                      reportedStatus, statusDiscrepancy, parentRow }], summary: { total, evaluated, exceeded,
                      met, notMet, notEvaluated, declared, items: { total, … }, sections: [{ …, declared,
                      items }] }, narrative, warnings: [{ code, address, message }], columns,
                      originals: { typed, disagree, kept, edited }, output }
                    (restore: { restored, leftAsEdited, removedSheets, output })
                    (summary counts every line; items counts the table's own indicators, as its headings
                    declare them: "03 chỉ tiêu")

Status: result better than target = exceeded (Vượt), equal = met (Đạt), worse = not met (Không đạt);
a blank, N/A, error or text value = not evaluated (Chưa đánh giá), with a warning naming the cell.

Exit codes: 0 done; 1 bad input (missing or unreadable file, not a workbook, no recognisable table, nothing to
restore), no output written; 2 usage error.
`;
