import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core";
import { createFakePort, type FakeStore } from "./fakePort";
import { openSection, renderApp, tableRead } from "./render";

// jest-axe and Fluent's popups are slow in jsdom; two workers on two cores can pass the 5 s default.

/** Waits for the table, opens the columns and options sections, and returns the compute button. */
async function computeReady(user: Parameters<typeof openSection>[0]) {
  await tableRead();
  await openSection(user, "Cột dữ liệu");
  await openSection(user, "Tuỳ chọn");
  await screen.findByRole("combobox", { name: "Chỉ tiêu" });
  return screen.getByRole("button", { name: "Tính tỷ lệ đạt" });
}

describe("settings", () => {
  it("saves the options after a compute and restores them in a fresh panel", async () => {
    const store: FakeStore = { settings: null };
    const first = createFakePort({ store });
    const { user, unmount } = renderApp({ port: first.port });
    await computeReady(user);

    await user.click(screen.getByRole("radio", { name: "Chia: kết quả ÷ chỉ tiêu × 100" }));
    const decimals = screen.getByRole("spinbutton", { name: "Số chữ số thập phân" });
    await user.clear(decimals);
    await user.type(decimals, "2");
    await user.tab();
    await user.click(
      within(screen.getByRole("radiogroup", { name: "Ngôn ngữ của các trang tính tạo ra" })).getByRole("radio", {
        name: "English",
      }),
    );
    await user.click(screen.getByRole("switch", { name: "Ghi công thức (tự tính lại khi sửa số liệu)" }));
    await user.click(screen.getByRole("combobox", { name: "Chỉ tiêu" }));
    await user.click(screen.getByRole("option", { name: "Cột F: Ghi chú" }));
    await user.click(screen.getByRole("button", { name: "Tính tỷ lệ đạt" }));
    await screen.findByRole("heading", { name: "Kết quả" });

    const expected: Partial<Settings> = {
      sheet: null, // the active sheet, as the user never picked another
      method: "ratio",
      decimals: 2,
      lang: "en",
      liveFormulas: false,
      mapping: { target: 5 },
    };
    expect(first.port.compute).toHaveBeenLastCalledWith(expect.objectContaining(expected), expect.any(Function));
    expect(first.port.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining(expected));
    expect(store.settings).toMatchObject(expected);
    unmount();

    const second = createFakePort({ store });
    const again = renderApp({ port: second.port });
    await computeReady(again.user);
    expect(second.port.preview).toHaveBeenCalledWith(expect.objectContaining(expected));
    expect(screen.getByRole("radio", { name: "Chia: kết quả ÷ chỉ tiêu × 100" })).toBeChecked();
    expect(screen.getByRole("spinbutton", { name: "Số chữ số thập phân" })).toHaveValue("2");
    expect(screen.getByRole("switch", { name: "Ghi công thức (tự tính lại khi sửa số liệu)" })).not.toBeChecked();
    expect(screen.getByRole("combobox", { name: "Chỉ tiêu" })).toHaveTextContent("Cột F: Ghi chú");
    expect(screen.getByText("Tự nhận ra: cột C")).toBeInTheDocument();
  });

  it("saves a change shortly after it is made, colours included", async () => {
    const { port, store } = createFakePort();
    const { user } = renderApp({ port });
    await computeReady(user);
    fireEvent.input(screen.getByLabelText("Không đạt"), { target: { value: "#ff0000" } });
    await waitFor(() => expect(port.saveSettings).toHaveBeenCalledTimes(1));
    expect(store.settings?.colors).toEqual({ ...DEFAULT_SETTINGS.colors, notMet: "#FF0000" });
    // Colours do not change the analysis, so they trigger no preview.
    expect(port.preview).toHaveBeenCalledTimes(1);
  });

  it("takes the lines above the appendix title, saves them and runs with them, without a new preview", async () => {
    const { port, store } = createFakePort();
    const { user } = renderApp({ port });
    await computeReady(user);
    const caption = screen.getByRole("textbox", { name: "Dòng ghi trên tiêu đề phụ lục" });
    await user.type(caption, "Phụ lục{Enter}(Kèm theo Báo cáo số 12/BC-CĐ)");
    await waitFor(() => expect(store.settings?.appendixCaption).toBe("Phụ lục\n(Kèm theo Báo cáo số 12/BC-CĐ)"));
    expect(port.preview).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Tính tỷ lệ đạt" }));
    expect(port.compute).toHaveBeenLastCalledWith(
      expect.objectContaining({ appendixCaption: "Phụ lục\n(Kèm theo Báo cáo số 12/BC-CĐ)" }),
      expect.any(Function),
    );
  });

  it("forgets a saved sheet that no longer exists", async () => {
    const store: FakeStore = { settings: { ...DEFAULT_SETTINGS, sheet: "Đã xoá", mapping: { target: 4 } } };
    const { port } = createFakePort({ store });
    const { user } = renderApp({ port });
    await computeReady(user);
    expect(port.preview).toHaveBeenCalledWith(expect.objectContaining({ sheet: null, mapping: {} }));
  });

  it("re-reads everything when the host swaps in a new port", async () => {
    const first = createFakePort();
    const { user, rerenderApp } = renderApp({ port: first.port });
    await user.click(await computeReady(user));
    await screen.findByRole("heading", { name: "Kết quả" });

    const second = createFakePort({ kind: "file" });
    rerenderApp({ port: second.port });
    expect(screen.queryByRole("heading", { name: "Kết quả" })).not.toBeInTheDocument();
    await tableRead();
    expect(second.port.overview).toHaveBeenCalledTimes(1);
    expect(second.port.preview).toHaveBeenCalledTimes(1);
    expect(first.port.overview).toHaveBeenCalledTimes(1);
  });
});
