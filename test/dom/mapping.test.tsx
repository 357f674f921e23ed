import { act, screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { createFakePort } from "./fakePort";
import { SOURCE_SHEET } from "./fixture";
import { openSection, renderApp, tableRead } from "./render";

// jest-axe and Fluent's popups are slow in jsdom; two workers on two cores can pass the 5 s default.

/** Waits until the first preview has come back, then opens the columns section and returns the target picker. */
async function ready(user: Parameters<typeof openSection>[0]) {
  await tableRead();
  await openSection(user, "Cột dữ liệu");
  return screen.findByRole("combobox", { name: "Chỉ tiêu" });
}

describe("source and column mapping", () => {
  it("shows the active sheet, the header row and the detected columns with their header text", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port });
    const target = await ready(user);
    expect(screen.getByRole("combobox", { name: "Trang tính chứa bảng chỉ tiêu" })).toHaveTextContent(SOURCE_SHEET);
    expect(screen.getByText(/Dòng tiêu đề: 3 · Bảng từ dòng 4 đến dòng 13: 8 chỉ tiêu\./)).toBeInTheDocument();
    expect(target).toHaveTextContent("Cột C: Chỉ tiêu Nghị quyết");
    expect(screen.getByRole("combobox", { name: "Kết quả" })).toHaveTextContent("Cột D: Kết quả thực hiện");
    expect(screen.getByRole("combobox", { name: "Nội dung chỉ tiêu" })).toHaveTextContent("Cột B: Nội dung chỉ tiêu");
    expect(screen.getByRole("combobox", { name: "Tỷ lệ đạt đã báo cáo" })).toHaveTextContent(
      "Cột E: Tỷ lệ đạt được (%)",
    );
    expect(screen.getByRole("combobox", { name: "Ghi chú" })).toHaveTextContent("Cột F: Ghi chú");
    await openSection(user, "Tuỳ chọn");
    expect(screen.getByText("tự động: cách cộng điểm khớp với 5/6 tỷ lệ đã báo cáo")).toBeInTheDocument();
  });

  it("re-runs the preview with the chosen target column and shows what was detected", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port });
    const target = await ready(user);
    await user.click(target);
    await user.click(screen.getByRole("option", { name: "Cột D: Kết quả thực hiện" }));
    await waitFor(() =>
      expect(port.preview).toHaveBeenLastCalledWith(expect.objectContaining({ mapping: { target: 3 } })),
    );
    expect(await screen.findByText("Tự nhận ra: cột C")).toBeInTheDocument();
    // Target and result now share column D: the engine refuses, and the panel names both roles.
    expect(
      await screen.findByText("“Chỉ tiêu” và “Kết quả” đang cùng là cột D; hãy chọn hai cột khác nhau."),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Dùng các cột tự nhận ra" }));
    await waitFor(() => expect(port.preview).toHaveBeenLastCalledWith(expect.objectContaining({ mapping: {} })));
    expect(screen.queryByText("Tự nhận ra: cột C")).not.toBeInTheDocument();
  });

  it("moves the attainment column by keyboard alone", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port });
    await ready(user);
    const attainment = await screen.findByRole("combobox", { name: "Tỷ lệ đạt đã báo cáo" });
    act(() => attainment.focus());
    await user.keyboard("{Enter}");
    await user.keyboard("{ArrowDown}{Enter}");
    await waitFor(() =>
      expect(port.preview).toHaveBeenLastCalledWith(expect.objectContaining({ mapping: { attainment: 5 } })),
    );
  });

  it("warns, naming the expected columns, when the chosen sheet has no table", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port });
    await tableRead();
    await user.click(screen.getByRole("combobox", { name: "Trang tính chứa bảng chỉ tiêu" }));
    await user.click(screen.getByRole("option", { name: "Ghi chép (không có bảng)" }));
    const bar = await screen.findByRole("group", { name: "Chưa đủ cột để tính" });
    expect(bar).toHaveTextContent(/cần một dòng tiêu đề có cột chỉ tiêu/);
    expect(within(bar).getByText(/Cách xử lý: chọn trang tính có bảng chỉ tiêu/)).toBeInTheDocument();
    expect(port.preview).toHaveBeenLastCalledWith(expect.objectContaining({ sheet: "Ghi chép", mapping: {} }));
  });

  it("picks the first sheet with a table when the active one has none", async () => {
    const { port } = createFakePort({ activeSheet: "Ghi chép" });
    renderApp({ port });
    await tableRead();
    expect(port.preview).toHaveBeenCalledWith(expect.objectContaining({ sheet: SOURCE_SHEET }));
  });

  it("has no axe violations once the workbook is read", async () => {
    const { port } = createFakePort();
    const { container, user } = renderApp({ port });
    expect(await axe(container)).toHaveNoViolations();
    await ready(user);
    await openSection(user, "Tuỳ chọn");
    await openSection(user, "Ngôn ngữ giao diện");
    expect(await axe(container)).toHaveNoViolations();
  });
});
