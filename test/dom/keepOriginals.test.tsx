/**
 * The task pane over the fake Excel host with the real Office.js adapter: the officer's typed rates are kept
 * across runs, the question before overwriting them comes once per workbook, and "Hoàn tác" puts the workbook
 * back as it was before the first run.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { createExcelPort } from "../../src/excel";
import { installFakeOffice, sampleSheet, seedSheet, uninstallFakeOffice, type FakeHost } from "../fakes";
import { compareModels } from "../support/compareModels";
import { dumpFakeWorkbook } from "../support/fakeModelBridge";
import { renderApp, tableRead } from "./render";

let host: FakeHost;
beforeEach(() => {
  host = installFakeOffice(globalThis, { excelApi: "1.13" });
  seedSheet(host.workbook, sampleSheet());
});
afterEach(() => uninstallFakeOffice(globalThis));

const computeButton = () => screen.getByRole("button", { name: "Tính tỷ lệ đạt" });
const results = () => screen.findByRole("heading", { name: "Kết quả" });

/** The row of the list of indicators that reports 180. */
async function reported180() {
  const list = await screen.findByRole("list", { name: "Từng chỉ tiêu" });
  return within(list)
    .getAllByRole("listitem")
    .filter((li) => /báo cáo 180/.test(li.textContent ?? ""));
}

describe("keeping what the officer typed, in the task pane", () => {
  it("asks once before overwriting typed cells, and two runs in a row still list the 180", async () => {
    const { user, container, unmount } = renderApp({ port: createExcelPort() });
    await tableRead();
    await user.click(computeButton());
    const ask = await screen.findByRole("group", { name: "Ghi đè các ô bạn đã nhập?" });
    expect(ask).toHaveTextContent(
      "Tính tỷ lệ đạt sẽ ghi lên 15 ô bạn đã nhập ở cột tỷ lệ và đánh giá; 1 ô trong số đó khác với kết quả tính được.",
    );
    expect(await axe(container)).toHaveNoViolations();
    // Nothing is written while the question is on screen.
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Báo cáo"]);

    await user.click(within(ask).getByRole("button", { name: "Ghi đè, giữ bản gốc" }));
    await results();
    expect(await reported180()).toHaveLength(1);
    expect(
      screen.getByText(
        "Đã ghi đè 15 ô bạn đã nhập (1 ô khác với kết quả tính); giá trị gốc được giữ trong sổ làm việc.",
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(JSON.parse(String(host.liveSettings.get("attainment.settings")))).toMatchObject({
        overwriteConfirmed: true,
      }),
    );

    // The second run reads the kept 180, not its own formula; no question.
    await user.click(computeButton());
    await waitFor(() => expect(screen.queryByRole("progressbar")).not.toBeInTheDocument());
    await results();
    expect(screen.queryByRole("group", { name: "Ghi đè các ô bạn đã nhập?" })).not.toBeInTheDocument();
    expect(await reported180()).toHaveLength(1);
    unmount();

    // The pane opened again on the same workbook (a new runtime) remembers the answer from the workbook's settings.
    host = installFakeOffice(globalThis, { excelApi: "1.13", workbook: host.workbook });
    seedSheet(host.workbook, { name: "Ghi chú", values: [["x"]] });
    renderApp({ port: createExcelPort() });
    await tableRead();
    await user.click(computeButton());
    await results();
    expect(screen.queryByRole("group", { name: "Ghi đè các ô bạn đã nhập?" })).not.toBeInTheDocument();
  });

  it("puts a note on the cell whose reported rate differs (ExcelApi 1.10 comments), and notices an edit of a result (1.7)", async () => {
    const { user } = renderApp({ port: createExcelPort() });
    await tableRead();
    await user.click(computeButton());
    await user.click(await screen.findByRole("button", { name: "Ghi đè, giữ bản gốc" }));
    await results();
    const sheetId = host.workbook.sheet("Báo cáo")!.id;
    expect(host.workbook.comments.map((c) => [c.sheetId, c.row, c.col, c.content])).toEqual([
      [sheetId, 19, 4, "Attainment: Dòng 20: báo cáo 180, tính được 108."],
    ]);

    // A cell outside the table's targets and results changes nothing; an edit of a result does.
    host.typeInto("Báo cáo", "B5", "Chỉ tiêu 2 (sửa)");
    host.typeInto("Báo cáo", "D20", 30);
    const stale = await screen.findByRole("group", { name: "Số liệu đã thay đổi" });
    expect(stale).toHaveTextContent("Ô D20 đã được sửa sau lần tính trước; Phụ lục và Tổng hợp chưa cập nhật.");
    await user.click(within(stale).getByRole("button", { name: "Tính lại" }));
    await waitFor(() => expect(screen.queryByRole("group", { name: "Số liệu đã thay đổi" })).not.toBeInTheDocument());
    await results();
    const [row] = await reported180();
    expect(row).toHaveTextContent("Tỷ lệ 110 · báo cáo 180");
    expect(host.workbook.comments.map((c) => c.content)).toEqual(["Attainment: Dòng 20: báo cáo 180, tính được 110."]);
  });

  it("offers no recompute where the host has no worksheet events (below ExcelApi 1.7)", async () => {
    host.setExcelApi("1.6");
    const { user } = renderApp({ port: createExcelPort() });
    await tableRead();
    await user.click(computeButton());
    await user.click(await screen.findByRole("button", { name: "Ghi đè, giữ bản gốc" }));
    await results();
    host.typeInto("Báo cáo", "D20", 30);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole("group", { name: "Số liệu đã thay đổi" })).not.toBeInTheDocument();
    expect(host.workbook.comments).toEqual([]);
  });

  it("cancels without writing anything, and asks again next time", async () => {
    const { user } = renderApp({ port: createExcelPort() });
    await tableRead();
    await user.click(computeButton());
    const ask = await screen.findByRole("group", { name: "Ghi đè các ô bạn đã nhập?" });
    await user.click(within(ask).getByRole("button", { name: "Hủy" }));
    expect(screen.queryByRole("group", { name: "Ghi đè các ô bạn đã nhập?" })).not.toBeInTheDocument();
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Báo cáo"]);
    await user.click(computeButton());
    expect(await screen.findByRole("group", { name: "Ghi đè các ô bạn đã nhập?" })).toBeInTheDocument();
  });

  it("“Hoàn tác” returns the workbook to its state before the first run: cells, formats, colours, columns, sheets, names", async () => {
    const before = dumpFakeWorkbook(host.workbook);
    const { user, container } = renderApp({ port: createExcelPort() });
    await tableRead();
    await user.click(computeButton());
    await user.click(await screen.findByRole("button", { name: "Ghi đè, giữ bản gốc" }));
    await results();
    await user.click(computeButton());
    await results();
    expect(compareModels(dumpFakeWorkbook(host.workbook), before)).not.toEqual([]);

    await user.click(screen.getByRole("button", { name: "Hoàn tác" }));
    const confirm = await screen.findByRole("group", { name: "Đưa sổ làm việc về như trước khi tính?" });
    expect(await axe(container)).toHaveNoViolations();
    await user.click(within(confirm).getByRole("button", { name: "Đồng ý hoàn tác" }));
    expect(
      await screen.findByText(
        /^Đã khôi phục \d+ ô; đã xóa “Phụ lục”, “Tổng hợp”, “Attainment_Originals”\.$/,
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(compareModels(dumpFakeWorkbook(host.workbook), before)).toEqual([]);
    expect(host.workbook.comments).toEqual([]);
    // Nothing is kept any more: the button goes, and the next run asks nothing (the answer is remembered).
    await waitFor(() => expect(screen.queryByRole("button", { name: "Hoàn tác" })).not.toBeInTheDocument());
  });
});
