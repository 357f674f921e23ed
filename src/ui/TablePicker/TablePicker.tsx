import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { Analysis, Lang } from "../../core";
import { t } from "../i18n";
import { useTablePicker } from "./useTablePicker";

export interface TablePickerProps {
  lang: Lang;
  analysis: Analysis | null;
  onChange: (table: number) => void;
}

/** Which table of the sheet to read, shown only when the sheet holds more than one. */
export function TablePicker({ lang, analysis, onChange }: TablePickerProps) {
  const { options, selected } = useTablePicker(analysis, lang);
  if (options.length < 2) return null;
  const current = options.find((o) => o.index === selected);
  return (
    <Field label={t(lang, "tableLabel")} hint={t(lang, "tableHint", { count: options.length })}>
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
