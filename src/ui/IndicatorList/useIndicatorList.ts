import { useState } from "react";
import type { Analysis } from "../../core";
import { useLang } from "../i18n";
import { countByFilter, listIndicators, type IndicatorFilter } from "./listIndicators";

/** Rows drawn at first and added per "show more": a 10,000-row table must not become 10,000 list items at once. */
export const PAGE_SIZE = 50;

/** The list's filter (needs a look, by default), how many rows are shown, and the rows themselves. */
export function useIndicatorList(analysis: Analysis) {
  const { lang } = useLang();
  const counts = countByFilter(analysis);
  const [filter, setFilter] = useState<IndicatorFilter>(counts.attention > 0 ? "attention" : "all");
  const [shown, setShown] = useState(PAGE_SIZE);
  const items = listIndicators(analysis, filter, lang);
  return {
    counts,
    filter,
    choose: (next: IndicatorFilter) => {
      setFilter(next);
      setShown(PAGE_SIZE);
    },
    items: items.slice(0, shown),
    more: Math.max(0, items.length - shown),
    showMore: () => setShown(shown + PAGE_SIZE),
  };
}
