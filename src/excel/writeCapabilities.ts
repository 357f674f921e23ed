import type { WriteCapabilities } from "../core";
import type { ApiSupport } from "./detectApiSupport";

/**
 * What the core may plan for this host (see WriteCapabilities): merges and sizes from ExcelApi 1.2, names from 1.4,
 * conditional formats from 1.6, frozen panes, tab colours and standard sizes from 1.7, page layout and indent
 * levels from 1.9, notes (comments) from 1.10.
 * Example: Excel 2016 MSI (ExcelApi 1.1) gets every capability false, so the core plans static fills.
 */
export function writeCapabilities(support: ApiSupport): WriteCapabilities {
  return {
    conditionalFormats: support.conditionalFormats,
    layout: support.layout,
    names: support.names,
    sheetView: support.sheetView,
    printing: support.printing,
    indent: support.cellFormats,
    notes: support.comments,
  };
}
