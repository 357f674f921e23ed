import type { Analysis, Lang } from "../../core";
import { t } from "../i18n";

/** The sheet's tables as picker options ("Bảng 2: dòng 12–30 — BIỂU 2 …"), and the one being read. */
export function useTablePicker(analysis: Analysis | null, lang: Lang) {
  const tables = (analysis?.tables ?? []).filter((x) => x.block === 0);
  const options = tables.map((x) => ({
    index: x.index,
    text: t(lang, "tableOption", {
      n: x.index + 1,
      first: x.headerTop + 1,
      title: x.title ? ` — ${x.title.length > 60 ? `${x.title.slice(0, 57)}…` : x.title}` : "",
    }),
  }));
  return { options, selected: analysis?.table.index ?? 0 };
}
