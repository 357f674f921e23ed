import { useState } from "react";

/**
 * Which settings sections are open: those the user opened, plus the columns section while the table cannot be
 * read with the current columns (so the warning and the pickers are in view without a click).
 */
export function useSettingsSections(mappingProblem: boolean) {
  const [opened, setOpened] = useState<string[]>([]);
  const [closedMapping, setClosedMapping] = useState(false);
  const openItems = mappingProblem && !closedMapping && !opened.includes("mapping") ? [...opened, "mapping"] : opened;
  const toggle = (item: string) => {
    if (openItems.includes(item)) {
      setOpened(opened.filter((i) => i !== item));
      if (item === "mapping") setClosedMapping(true);
    } else {
      setOpened([...opened, item]);
      if (item === "mapping") setClosedMapping(false);
    }
  };
  return { openItems, toggle };
}
