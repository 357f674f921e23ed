/**
 * What Excel does to formulas when a sheet is renamed or deleted: every reference to the sheet (`'Phụ lục'!E5`,
 * `Sheet1!A1:B2`) follows the new name, or becomes #REF! when the sheet is gone. Text in string literals stays.
 * Applied to the formulas a package holds in XML: cell formulas (§18.3.1.40 f), conditional-format and validation
 * formulas, the x14 extension's `xm:f`, chart series references (`c:f`) and hyperlink locations.
 */
import { quoteSheet } from "../../core";
import { sameSheetName } from "../../core/a1";
import { decodeXml, escapeText, escapeAttr } from "../xml/xmlText";

const NAME_CHAR = /[A-Za-z0-9_.\u00C0-\uFFFF]/;
const AFTER_SHEET =
  /^(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+|#REF!)/;

/** Example: `renameInFormula("'Phụ lục'!E5+1", "Phụ lục", "Appendix") === "Appendix!E5+1"`. */
export function renameInFormula(formula: string, from: string, to: string | null): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let sheet: string | null = null;
    let end = i;
    if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      if (formula[j + 1] === "!") {
        sheet = name;
        end = j + 2;
      }
    } else if (NAME_CHAR.test(ch) && (i === 0 || !NAME_CHAR.test(formula[i - 1]!))) {
      let j = i;
      while (j < formula.length && NAME_CHAR.test(formula[j]!)) j++;
      if (formula[j] === "!") {
        sheet = formula.slice(i, j);
        end = j + 1;
      }
    }
    if (sheet === null || !sameSheetName(sheet, from)) {
      out += sheet === null ? ch : formula.slice(i, end);
      i = sheet === null ? i + 1 : end;
      continue;
    }
    const cells = AFTER_SHEET.exec(formula.slice(end))?.[0] ?? "";
    out += to === null ? "#REF!" : `${quoteSheet(to)}!${cells}`;
    i = end + cells.length;
  }
  return out;
}

/** Whether a part's text may refer to the sheet at all (a cheap test before rewriting it). */
export function mentionsSheet(xml: string, sheet: string): boolean {
  return xml.toLowerCase().includes(escapeText(sheet.normalize("NFC").toLowerCase()));
}

const ELEMENTS = /(<((?:[\w.-]+:)?(?:f|formula|formula1|formula2))(?:\s[^>]*)?>)([^<]*)(<\/\2>)/g;

/** A part's text with every formula element and hyperlink location renamed; the same text when nothing was. */
export function renameInPart(xml: string, from: string, to: string | null): string {
  if (!mentionsSheet(xml, from)) return xml;
  return xml
    .replace(ELEMENTS, (all, open: string, _n: string, body: string, close: string) => {
      const next = renameInFormula(decodeXml(body), from, to);
      return next === decodeXml(body) ? all : `${open}${escapeText(next)}${close}`;
    })
    .replace(/(\slocation\s*=\s*")([^"]*)(")/g, (all, a: string, body: string, b: string) => {
      const next = renameInFormula(decodeXml(body), from, to);
      return next === decodeXml(body) ? all : `${a}${escapeAttr(next)}${b}`;
    });
}
