import { act, screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { createFakePort } from "./fakePort";
import { SOURCE_SHEET } from "./fixture";
import { renderApp, tableRead } from "./render";

// jest-axe and Fluent's popups are slow in jsdom; two workers on two cores can pass the 5 s default.

async function computeReady() {
  await tableRead();
  return screen.getByRole("button", { name: "Tính tỷ lệ đạt" });
}

/** A Blob's text through FileReader (jsdom's Blob has no text()). */
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe("compute and results", () => {
  it("shows progress while running, with the button disabled, then the results", async () => {
    const { port, control } = createFakePort();
    const { user, container } = renderApp({ port });
    const button = await computeReady();
    control.holdCompute();
    await user.click(button);

    expect(await screen.findByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByText("Đang đọc bảng…", { selector: "p" })).toBeInTheDocument();
    expect(button).toHaveAttribute("aria-disabled", "true");
    await user.click(button);
    expect(port.compute).toHaveBeenCalledTimes(1);
    expect(await axe(container)).toHaveNoViolations();

    await act(async () => control.release());
    expect(await screen.findByRole("heading", { name: "Kết quả" })).toHaveFocus();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(button).not.toHaveAttribute("aria-disabled", "true");
    expect(screen.getByText("Đã xong.")).toBeInTheDocument();
  });

  it("shows the summary counts as badges and one described bar per section", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port });
    await user.click(await computeReady());
    const badges = await screen.findByRole("list", { name: "Số chỉ tiêu theo đánh giá" });
    // The real engine's summary of the fixture: 4 exceeded, 1 met, 1 not met, 2 not evaluated.
    const summary = (await port.compute.mock.results[0]!.value).value!.analysis.summary;
    expect(
      within(badges)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      `Vượt: ${summary.exceeded}`,
      `Đạt: ${summary.met}`,
      `Không đạt: ${summary.notMet}`,
      `Chưa đánh giá: ${summary.notEvaluated}`,
    ]);
    expect(summary).toMatchObject({ exceeded: 4, met: 2, notMet: 1, notEvaluated: 1 });
    expect(
      screen.getByRole("img", { name: "Toàn bảng: Vượt 4, Đạt 2, Không đạt 1, Chưa đánh giá 1" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("img", { name: "I. Về chuyên môn: Vượt 4, Đạt 0, Không đạt 1, Chưa đánh giá 0" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("img", { name: "II. Về công tác công đoàn: Vượt 0, Đạt 2, Không đạt 0, Chưa đánh giá 1" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText("Đã ghi tỷ lệ đạt vào trang tính “Báo cáo 2021” và tạo trang tính “Phụ lục”, “Tổng hợp”."),
    ).toBeInTheDocument();
  });

  it("goes to the cell of a discrepancy on the source sheet", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port });
    await user.click(await computeReady());
    // By default the list shows what needs a look: the not-met row and the row whose reported rate differs.
    const list = await screen.findByRole("list", { name: "Từng chỉ tiêu" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => within(li).getByRole("button").textContent)).toEqual(["Đến ô E8", "Đến ô E9"]);
    expect(items[0]).toHaveTextContent("Dòng 8 · Tỷ lệ 108 · báo cáo 180");
    expect(items[0]).toHaveTextContent("Vượt");
    await user.click(within(list).getByRole("button", { name: "Đến ô E8" }));
    expect(port.selectRange).toHaveBeenCalledWith(SOURCE_SHEET, "E8");

    await user.click(screen.getByRole("combobox", { name: "Hiện" }));
    await user.click(screen.getByRole("option", { name: "Tất cả (8)" }));
    expect(within(screen.getByRole("list", { name: "Từng chỉ tiêu" })).getAllByRole("listitem")).toHaveLength(8);
    await user.click(screen.getByRole("combobox", { name: "Hiện" }));
    await user.click(screen.getByRole("option", { name: "Chưa đánh giá (1)" }));
    expect(within(screen.getByRole("list", { name: "Từng chỉ tiêu" })).getAllByRole("listitem")).toHaveLength(1);

    const warnings = screen.getByRole("list", { name: "Cảnh báo (1)" });
    await user.click(within(warnings).getByRole("button", { name: "Đến ô D13" }));
    expect(port.selectRange).toHaveBeenLastCalledWith(SOURCE_SHEET, "D13");
  });

  it("copies the narrative and selects the appendix", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port });
    // After renderApp: user-event installs its own clipboard stub on setup.
    const writeText = jest.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(await computeReady());
    await user.click(await screen.findByRole("button", { name: "Sao chép" }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Về chuyên môn: có 04\/05 chỉ tiêu vượt/));
    expect(await screen.findByText("Đã sao chép.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Chọn bảng phụ lục để sao chép" }));
    expect(port.selectAppendix).toHaveBeenCalled();
    expect(await screen.findByText("Đã chọn bảng phụ lục: nhấn Ctrl+C rồi dán vào báo cáo.")).toBeInTheDocument();
  });

  it("copies the appendix for Word as an HTML table and tab-separated text", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port });
    const written: Record<string, string>[] = [];
    class FakeItem {
      constructor(readonly parts: Record<string, Blob>) {}
    }
    const write = jest.fn(async (items: FakeItem[]) => {
      for (const item of items) {
        const entry: Record<string, string> = {};
        for (const [type, blob] of Object.entries(item.parts)) entry[type] = await readBlob(blob);
        written.push(entry);
      }
    });
    Object.defineProperty(window, "ClipboardItem", { value: FakeItem, configurable: true });
    Object.defineProperty(navigator, "clipboard", { value: { write }, configurable: true });
    await user.click(await computeReady());
    await user.click(await screen.findByRole("button", { name: "Sao chép sang Word" }));
    expect(await screen.findByText("Đã sao chép bảng phụ lục: dán vào Word bằng Ctrl+V.")).toBeInTheDocument();
    const [copied] = written;
    expect(copied!["text/html"]).toMatch(/<table[^>]*>/);
    expect(copied!["text/html"]).toContain("Times New Roman");
    expect(copied!["text/plain"]).toContain("4\tBằng khen UBND tỉnh\t10\t18\t108");
    Reflect.deleteProperty(window, "ClipboardItem");
  });

  it("selects the appendix for Ctrl+C when the clipboard refuses the table", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port });
    Object.defineProperty(navigator, "clipboard", { value: {}, configurable: true });
    await user.click(await computeReady());
    await user.click(await screen.findByRole("button", { name: "Sao chép sang Word" }));
    expect(await screen.findByText("Đã chọn bảng phụ lục: nhấn Ctrl+C rồi dán vào Word.")).toBeInTheDocument();
    expect(port.selectAppendix).toHaveBeenCalled();
  });

  it("selects the narrative for Ctrl+C when the clipboard is refused", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port });
    // After renderApp: user-event installs its own clipboard stub on setup.
    const writeText = jest.fn(async () => Promise.reject(new Error("NotAllowedError")));
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(await computeReady());
    await user.click(await screen.findByRole("button", { name: "Sao chép" }));
    expect(await screen.findByText("Đã chọn đoạn văn: nhấn Ctrl+C để sao chép.")).toBeInTheDocument();
    expect(window.getSelection()?.toString()).toMatch(/^Về chuyên môn/);
  });

  it("shows notices about how the result was written, and the host page's actions", async () => {
    const { port } = createFakePort({ notices: [{ code: "staticFills" }] });
    const { user } = renderApp({
      port,
      resultActions: (outcome) => <button type="button">{`vi:${outcome.appendixSheet}`}</button>,
    });
    await user.click(await computeReady());
    const notice = await screen.findByRole("group", { name: "Lưu ý" });
    expect(notice).toHaveTextContent(
      "Excel này không hỗ trợ định dạng có điều kiện (ExcelApi 1.6); đã tô màu cố định.",
    );
    expect(screen.getByRole("button", { name: "vi:Phụ lục" })).toBeInTheDocument();
  });

  it("offers no cell selection for a file port", async () => {
    const { port } = createFakePort({ kind: "file" });
    const { user } = renderApp({ port });
    await user.click(await computeReady());
    await screen.findByRole("heading", { name: "Kết quả" });
    expect(screen.queryByRole("button", { name: /^Đến ô/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Chọn bảng phụ lục để sao chép" })).not.toBeInTheDocument();
  });

  it("has no axe violations with results shown", async () => {
    const { port } = createFakePort({ notices: [{ code: "staticFills" }] });
    const { user, container } = renderApp({ port });
    await user.click(await computeReady());
    await screen.findByRole("heading", { name: "Kết quả" });
    await waitFor(() => expect(port.preview).toHaveBeenCalledTimes(2));
    expect(await axe(container)).toHaveNoViolations();
  });
});
