import fs from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { fflateCodec } from "../zip/codec";
import { readWorkbook } from "./readWorkbook";

const ROOT = path.join(__dirname, "..", "..", "..");
const SAMPLE = new Uint8Array(fs.readFileSync(path.join(ROOT, "samples", "bao-cao-thi-dua-2021.xlsx")));

/** An OLE compound file header followed by directory entry names in UTF-16LE (MS-CFB §2.6). */
function ole(...streams: string[]): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)];
  const names = streams.flatMap((s) =>
    [...s].flatMap((ch) => [ch.charCodeAt(0), 0]).concat(Array(64 - s.length * 2).fill(0)),
  );
  return new Uint8Array([...head, ...names]);
}

const docx = () =>
  zipSync({
    "[Content_Types].xml": strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "_rels/.rels": strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": strToU8(
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    ),
  });

/** The sample with one byte of the first sheet's compressed data changed: its CRC no longer matches. */
function corrupted(): Uint8Array {
  const bytes = SAMPLE.slice();
  const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
  const at = bytes.findIndex((_, i) => name.every((b, j) => bytes[i + j] === b));
  bytes[at + name.length + 40] = bytes[at + name.length + 40]! ^ 0xff;
  return bytes;
}

describe("readWorkbook tells a workbook from everything else", () => {
  it.each([
    [
      "an old .xls workbook (LibreOffice's BIFF8)",
      () => new Uint8Array(fs.readFileSync(path.join(ROOT, "test/fixtures/package/old.xls"))),
      "oldXls",
    ],
    [
      "a password-protected workbook (an OLE file with an EncryptedPackage)",
      () => ole("Root Entry", "EncryptionInfo", "EncryptedPackage"),
      "encrypted",
    ],
    ["a text file", () => strToU8("STT,Nội dung\n1,A\n"), "notAWorkbook"],
    ["an empty zip", () => new Uint8Array([0x50, 0x4b, 5, 6, ...Array(18).fill(0)]), "notAWorkbook"],
    ["a Word document", docx, "notAWorkbook"],
    ["the first bytes of a zip", () => new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), "notAWorkbook"],
    ["a workbook cut off half way (a broken download)", () => SAMPLE.slice(0, SAMPLE.length / 2), "damaged"],
    ["a workbook with a corrupted part", corrupted, "damaged"],
  ])("refuses %s", (_what, bytes, code) => {
    expect(readWorkbook(bytes(), fflateCodec)).toEqual({ ok: false, error: code });
  });

  it("reads the sample report and never changes its bytes", () => {
    const copy = SAMPLE.slice();
    const r = readWorkbook(copy, fflateCodec);
    expect(r.ok && r.value.grid.sheets.map((s) => s.name)).toEqual(["KQ Nghị quyết 2021"]);
    expect(copy).toEqual(SAMPLE);
  });
});
