import { promises as fs } from "node:fs";
import path from "node:path";
import { DEFAULT_SETTINGS, describeError, outputName, restoredName, type Lang, type Settings } from "../core";
import { buildReportDocx } from "../report/buildReportDocx";
import { computeFile, crc32, restoreFile, type FileError, type ReadErrorCode } from "../xlsx";
import { formatReport, formatRestore, toJson } from "./formatReport";
import { CLI_TEXTS } from "./messages";
import { HELP, parseCliArgs, type ComputeArgs, type RestoreArgs } from "./parseArgs";
import { zlibCodec } from "./zlibCodec";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress lines for a person watching (a terminal); absent when output goes to a pipe or a file. */
  progress?: (text: string) => void;
}

const STAGES = {
  vi: { reading: "Đang đọc sổ làm việc…", computing: "Đang tính tỷ lệ đạt…", writing: "Đang ghi tệp kết quả…" },
  en: { reading: "Reading the workbook…", computing: "Computing attainment…", writing: "Writing the output file…" },
} as const;

const VERSION = "1.0.0";

/** The sentence for each reason a file is not a readable workbook. */
const READ_ERRORS: Record<ReadErrorCode, (t: (typeof CLI_TEXTS)[Lang], file: string) => string> = {
  oldXls: (t, f) => t.oldXls(f),
  encrypted: (t, f) => t.encrypted(f),
  damaged: (t, f) => t.damaged(f),
  notAWorkbook: (t, f) => t.notAWorkbook(f),
};

/** The default output: the input's name with ".attainment.xlsx", beside it. Example: `a/b.xlsx` → `a/b.attainment.xlsx`. */
export function defaultOutput(input: string): string {
  return path.join(path.dirname(input), outputName(path.basename(input)));
}

async function readInput(file: string, lang: Lang): Promise<Uint8Array | string> {
  const t = CLI_TEXTS[lang];
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return t.isDirectory(file);
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return t.notFound(file);
    if (code === "EACCES" || code === "EPERM") return t.unreadable(file);
    return t.unexpected(file, (e as Error).message);
  }
}

/** Writes next to the target and renames, so a failed run never leaves a half-written file. */
async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

/** The one sentence for a file the adapter refused or an engine error. */
/**
 * The input's bytes, or the exit code after one sentence on stderr: 2 when the output would overwrite the input
 * (the CLI never does), 1 when the input cannot be read as a workbook file.
 */
async function openInput(input: string, output: string, lang: Lang, io: Io): Promise<Uint8Array | number> {
  if (path.resolve(output) === path.resolve(input)) {
    io.stderr(`${CLI_TEXTS[lang].sameAsInput(input)}\n`);
    return 2;
  }
  const bytes = await readInput(input, lang);
  if (typeof bytes === "string") {
    io.stderr(`${bytes}\n`);
    return 1;
  }
  return bytes;
}

const fileError = (error: FileError, file: string, lang: Lang): string =>
  error.kind === "read" ? READ_ERRORS[error.code](CLI_TEXTS[lang], file) : describeError(error.error, lang);

/**
 * `attainment restore IN [--out OUT]`: a new file, IN as it was before the first compute (see restoreFile). The
 * input is never written: --out may not name it, and the default is IN.restored.xlsx beside it.
 */
async function restore(args: RestoreArgs, io: Io): Promise<number> {
  const t = CLI_TEXTS[args.lang];
  const output = args.out ?? path.join(path.dirname(args.input), restoredName(path.basename(args.input)));
  const input = await openInput(args.input, output, args.lang, io);
  if (typeof input === "number") return input;
  let result;
  try {
    result = await restoreFile(input, zlibCodec(crc32));
  } catch (e) {
    io.stderr(`${t.unexpected(args.input, (e as Error).message)}\n`);
    return 1;
  }
  if (!result.ok) {
    io.stderr(`${fileError(result.error, args.input, args.lang)}\n`);
    return 1;
  }
  try {
    await writeAtomically(output, result.value.output);
  } catch (e) {
    io.stderr(`${t.writeFailed(output, (e as NodeJS.ErrnoException).code ?? (e as Error).message)}\n`);
    return 1;
  }
  const { summary } = result.value;
  io.stdout(
    args.json ? `${JSON.stringify({ ...summary, output }, null, 2)}\n` : formatRestore(summary, output, args.lang),
  );
  return 0;
}

async function compute(args: ComputeArgs, io: Io): Promise<number> {
  const t = CLI_TEXTS[args.lang];
  let output = args.out ?? defaultOutput(args.input);
  const input = await openInput(args.input, output, args.lang, io);
  if (typeof input === "number") return input;
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    sheet: args.sheet ?? null,
    method: args.method,
    decimals: args.decimals,
    table: args.table,
    directions: args.directions,
    lang: args.lang,
    appendixCaption: args.caption,
  };
  let result;
  try {
    const progress = args.json ? undefined : io.progress;
    result = await computeFile(input, settings, zlibCodec(crc32), (stage) =>
      progress?.(`${STAGES[args.lang][stage]}\n`),
    );
  } catch (e) {
    io.stderr(`${t.unexpected(args.input, (e as Error).message)}\n`);
    return 1;
  }
  if (!result.ok) {
    io.stderr(`${fileError(result.error, args.input, args.lang)}\n`);
    return 1;
  }
  // A workbook with macros stays one: Excel opens a macro-enabled package only under the .xlsm extension.
  if (!args.out && result.value.extension === "xlsm") output = output.replace(/\.xlsx$/, ".xlsm");
  try {
    await writeAtomically(output, result.value.output);
  } catch (e) {
    io.stderr(`${t.writeFailed(output, (e as NodeJS.ErrnoException).code ?? (e as Error).message)}\n`);
    return 1;
  }
  const { analysis, plan } = result.value;
  const appendix = plan.generated.find((g) => g.role === "appendix");
  if (args.docx && appendix) {
    const docx = await buildReportDocx({ appendix, narrative: analysis.narrative, lang: args.lang });
    try {
      await writeAtomically(args.docx, docx);
    } catch (e) {
      io.stderr(`${t.writeFailed(args.docx, (e as NodeJS.ErrnoException).code ?? (e as Error).message)}\n`);
      return 1;
    }
  }
  io.stdout(
    args.json ? `${JSON.stringify(toJson(analysis, output), null, 2)}\n` : formatReport(analysis, output, args.lang),
  );
  return 0;
}

/** Where a usage error sends the user. */
const USAGE_HINT: Record<Lang, string> = {
  vi: "Xem cách dùng: attainment --help",
  en: "Run `attainment --help` for usage.",
};

/** The `attainment` command: returns the exit code (0 done, 1 bad input, 2 usage error) and never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  const args = parseCliArgs(argv);
  switch (args.command) {
    case "help":
      io.stdout(HELP);
      return 0;
    case "version":
      io.stdout(`${VERSION}\n`);
      return 0;
    case "usageError":
      io.stderr(`${args.message}\n${USAGE_HINT[args.lang]}\n`);
      return 2;
    case "compute":
      return compute(args, io);
    case "restore":
      return restore(args, io);
  }
}
