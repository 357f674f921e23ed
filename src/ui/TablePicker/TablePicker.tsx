import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { Analysis } from "../../core";
import { useT } from "../i18n";
import { useTablePicker } from "./useTablePicker";

export interface TablePickerProps {
  analysis: Analysis | null;
  onChange: (table: number) => void;
}

/** Which table of the sheet to read, shown only when the sheet holds more than one. */
export function TablePicker({ analysis, onChange }: TablePickerProps) {
  const t = useT();
  const { options, selected } = useTablePicker(analysis, t);
  if (options.length < 2) return null;
  const current = options.find((o) => o.index === selected);
  return (
    <Field label={t("tableLabel")} hint={t("tableHint", { count: options.length })}>
      <Dropdown
        value={current?.text ?? ""}
        selectedOptions={[String(selected)]}
        onOptionSelect={(_, data) => data.optionValue && onChange(Number(data.optionValue))}
      >
        {options.map((o) => (
          <Option key={o.index} value={String(o.index)} text={o.text}>
            {o.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
