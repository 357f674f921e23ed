import type { Analysis } from "../../core";
import type { Translate } from "../i18n";

/** The sheet's tables as picker options ("Bảng 2: tiêu đề ở dòng 12 — BIỂU 2 …"), and the one being read. */
export function useTablePicker(analysis: Analysis | null, t: Translate) {
  const tables = (analysis?.tables ?? []).filter((x) => x.block === 0);
  const options = tables.map((x) => ({
    index: x.index,
    text: t("tableOption", {
      n: x.index + 1,
      first: x.headerTop + 1,
      title: x.title ? ` — ${x.title.length > 60 ? `${x.title.slice(0, 57)}…` : x.title}` : "",
    }),
  }));
  return { options, selected: analysis?.table.index ?? 0 };
}
