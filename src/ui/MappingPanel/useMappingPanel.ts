import type { ColumnMapping, Settings, TableLayout } from "../../core";
import { absentRole, columnName } from "../../core";
import type { Translate } from "../i18n";

export type MappedRole = keyof Settings["mapping"];
export const ROLES: readonly MappedRole[] = ["label", "unit", "target", "result", "attainment", "status", "notes"];

export interface RolePicker {
  role: MappedRole;
  label: string;
  /** Column now used (override, else detected), or undefined when the table has none. */
  value: number | undefined;
  /** "Detected: column C" when the user's choice differs from what was detected. */
  hint: string | undefined;
  placeholder: string | undefined;
}

/**
 * What the mapping pickers show: for each role its column (the user's override first), the table's header
 * columns as choices, and warnings for two roles sharing one column. Picking the detected column again
 * drops the override, so the saved settings keep only real choices.
 */
export function useMappingPanel(
  t: Translate,
  table: TableLayout | null,
  detected: ColumnMapping | null,
  mapping: Settings["mapping"],
  onChange: (mapping: Settings["mapping"]) => void,
) {
  const columns = table?.headers ?? [];
  const optionText = (col: number) =>
    t("columnOption", { letter: columnName(col), header: columns.find((h) => h.col === col)?.text ?? "" });

  const pickers: RolePicker[] = ROLES.map((role) => {
    // A table without a target (or result) column keeps the other in that role, never read: shown as none.
    const lacked = table !== null && absentRole(table) === role;
    const value = lacked && mapping[role] === undefined ? undefined : (mapping[role] ?? table?.columns[role]);
    const found = detected?.[role];
    const overridden = mapping[role] !== undefined && found !== undefined && mapping[role] !== found;
    // A column read for the document's own verdicts or gaps is never written: said under its picker.
    const kept =
      mapping[role] === undefined &&
      ((role === "status" && table?.statusKept) || (role === "attainment" && table?.gapsKept));
    return {
      role,
      label: t(`role_${role}`),
      value,
      hint: overridden
        ? t("detectedAs", { letter: columnName(found) })
        : kept
          ? t(role === "status" ? "keptStatus" : "keptGaps")
          : undefined,
      placeholder:
        (role === "label" || role === "target" || role === "result") && !lacked ? undefined : t(`columnNone_${role}`),
    };
  });

  const duplicates: string[] = [];
  pickers.forEach((a, i) => {
    for (const b of pickers.slice(i + 1)) {
      if (a.value !== undefined && a.value === b.value) {
        duplicates.push(t("duplicateColumn", { a: a.label, b: b.label, letter: columnName(a.value) }));
      }
    }
  });

  const choose = (role: MappedRole, col: number) => {
    const next = { ...mapping };
    if (detected?.[role] === col) delete next[role];
    else next[role] = col;
    onChange(next);
  };

  return { columns, optionText, pickers, duplicates, choose, canReset: Object.keys(mapping).length > 0 };
}
