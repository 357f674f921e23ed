import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { analyzeWorkbook, DEFAULT_SETTINGS, type Analysis, type AnalyzeOptions, type CellValue } from "../../src/core";
import { AttainmentProvider, LanguageProvider } from "../../src/ui";
import { SettingsSections } from "../../src/ui/SettingsSections/SettingsSections";
import { TablePicker } from "../../src/ui/TablePicker/TablePicker";

const analyze = (values: CellValue[][], options: AnalyzeOptions = {}): Analysis => {
  const r = analyzeWorkbook({ sheets: [{ name: "S", values, merges: [] }] }, options);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

const TWO_TABLES: CellValue[][] = [
  ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
  ["1", "Tỷ lệ hộ nghèo", 3, 2.5],
  ["2", "Doanh thu", 10, 12],
  [],
  [],
  ["BẢNG 2: DANH HIỆU"],
  ["STT", "Danh hiệu", "Chỉ tiêu", "Kết quả", "Ghi chú"],
  ["1", "X", 5, 4],
];

describe("table picker and direction choices", () => {
  it("offers the sheet's tables and reports the one chosen", async () => {
    const user = userEvent.setup({ delay: null });
    const onChange = jest.fn();
    const { container } = render(
      <AttainmentProvider>
        <TablePicker analysis={analyze(TWO_TABLES)} onChange={onChange} />
      </AttainmentProvider>,
    );
    const picker = screen.getByRole("combobox", { name: "Bảng trên trang tính" });
    await user.click(picker);
    await user.click(screen.getByRole("option", { name: "Bảng 2: tiêu đề ở dòng 7 — BẢNG 2: DANH HIỆU" }));
    expect(onChange).toHaveBeenCalledWith(1);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows nothing for a sheet with one table", () => {
    render(
      <AttainmentProvider>
        <TablePicker analysis={analyze(TWO_TABLES.slice(0, 3))} onChange={jest.fn()} />
      </AttainmentProvider>,
    );
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
  });

  it("lists the inferred directions in the settings and reports a change by sheet row", async () => {
    const user = userEvent.setup({ delay: null });
    const onChange = jest.fn();
    const analysis = analyze(TWO_TABLES);
    const { container } = render(
      <AttainmentProvider>
        <LanguageProvider initialLang="en">
          <SettingsSections
            table={analysis.table}
            detected={analysis.table.columns}
            settings={DEFAULT_SETTINGS}
            analysis={analysis}
            previewError={null}
            onChange={onChange}
          />
        </LanguageProvider>
      </AttainmentProvider>,
    );
    await user.click(screen.getByRole("button", { name: /^Direction/ }));
    const group = screen.getByRole("radiogroup", { name: "Row 2: Tỷ lệ hộ nghèo" });
    expect(within(group).getByRole("radio", { name: "Lower is better" })).toBeChecked();
    expect(screen.queryByRole("radiogroup", { name: /Doanh thu/ })).not.toBeInTheDocument();
    await user.click(within(group).getByRole("radio", { name: "Higher is better" }));
    expect(onChange).toHaveBeenCalledWith({ directions: { 2: "higher" } });
    expect(await axe(container)).toHaveNoViolations();
  });
});
