import { screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import type { HostErrorCode, PortError } from "../../src/port";
import { describePortError } from "../../src/ui";
import { createFakePort } from "./fakePort";
import { renderApp, tableRead } from "./render";

// jest-axe and Fluent's popups are slow in jsdom; two workers on two cores can pass the 5 s default.

async function computeReady() {
  await tableRead();
  return screen.getByRole("button", { name: "Tính tỷ lệ đạt" });
}

describe("errors", () => {
  it("tells the user to unprotect a protected sheet, and has no axe violations", async () => {
    const { port, control } = createFakePort();
    const { user, container } = renderApp({ port });
    control.failNext = { kind: "host", code: "sheetProtected" };
    await user.click(await computeReady());
    const bar = await screen.findByRole("group", { name: "Chưa tính được" });
    expect(bar).toHaveTextContent("Trang tính đang được bảo vệ nên không ghi được kết quả.");
    expect(bar).toHaveTextContent("Cách xử lý: bỏ bảo vệ trang tính (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.");
    expect(screen.queryByRole("heading", { name: "Kết quả" })).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    // Trying again after fixing it works and clears the message.
    await user.click(screen.getByRole("button", { name: "Tính tỷ lệ đạt" }));
    expect(await screen.findByRole("heading", { name: "Kết quả" })).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Chưa tính được" })).not.toBeInTheDocument();
  });

  it("tells the user to leave cell edit mode, in English", async () => {
    const { port, control } = createFakePort();
    const { user } = renderApp({ port, initialLang: "en" });
    await tableRead();
    control.failNext = { kind: "host", code: "editMode", detail: "InvalidOperationInCellEditMode" };
    await user.click(screen.getByRole("button", { name: "Compute attainment" }));
    const bar = await screen.findByRole("group", { name: "Could not compute" });
    expect(bar).toHaveTextContent("What to do: press Enter or Esc to leave the cell you are editing, then try again.");
    expect(bar).toHaveTextContent("Details: InvalidOperationInCellEditMode");
  });

  it("puts engine errors in the core's words with a next step", async () => {
    const { port, control } = createFakePort();
    const { user } = renderApp({ port });
    control.failNext = {
      kind: "engine",
      error: { code: "sheetNotFound", params: { sheet: "Cũ", available: "Báo cáo 2021" } },
    };
    await user.click(await computeReady());
    const bar = await screen.findByRole("group", { name: "Chưa tính được" });
    expect(bar).toHaveTextContent('Không có trang tính "Cũ" trong sổ làm việc');
    expect(bar).toHaveTextContent("Cách xử lý: chọn lại trang tính ở mục “Nguồn dữ liệu”.");
  });

  it("offers to try again when reading the workbook failed for a passing reason", async () => {
    const { port } = createFakePort();
    port.overview.mockResolvedValueOnce({ ok: false, error: { kind: "host", code: "unknown" } } as never);
    const { user } = renderApp({ port, initialLang: "en" });
    const bar = await screen.findByRole("group", { name: "Could not read the workbook" });
    await user.click(within(bar).getByRole("button", { name: "Try again" }));
    await tableRead();
    expect(port.overview).toHaveBeenCalledTimes(2);
  });

  it.each([
    ["notAWorkbook", "This file is not an Excel workbook (.xlsx).", "What to do: choose an .xlsx file"],
    ["damaged", "This .xlsx file is damaged and cannot be read.", "What to do: open the file in Excel"],
  ] as const)("tells a %s file apart, without a “Try again” that cannot help", async (code, message, next) => {
    const { port } = createFakePort();
    port.overview.mockResolvedValueOnce({ ok: false, error: { kind: "host", code } } as never);
    renderApp({ port, initialLang: "en" });
    const bar = await screen.findByRole("group", { name: "Could not read the workbook" });
    expect(bar).toHaveTextContent(message);
    expect(bar).toHaveTextContent(next);
    expect(within(bar).queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
  });

  it("turns a port that throws into an unexpected-error message with its detail", async () => {
    const { port } = createFakePort();
    port.compute.mockRejectedValueOnce(new Error("RichApi.Error: GeneralException"));
    const { user } = renderApp({ port });
    await user.click(await computeReady());
    const bar = await screen.findByRole("group", { name: "Chưa tính được" });
    expect(bar).toHaveTextContent("Đã xảy ra lỗi không mong đợi.");
    expect(bar).toHaveTextContent("Chi tiết: RichApi.Error: GeneralException");
  });

  it("shows when a cell cannot be selected, and when settings cannot be saved", async () => {
    const { port } = createFakePort();
    port.selectRange.mockResolvedValueOnce({ ok: false, error: { kind: "host", code: "editMode" } } as never);
    port.saveSettings.mockResolvedValue({ ok: false, error: { kind: "host", code: "writeFailed" } } as never);
    const { user } = renderApp({ port });
    await user.click(await computeReady());
    await user.click(await screen.findByRole("button", { name: "Đến ô E8" }));
    expect(await screen.findByRole("group", { name: "Không chọn được vùng" })).toHaveTextContent(
      "nhấn Enter hoặc Esc để rời ô đang sửa",
    );
    await waitFor(() =>
      expect(screen.getByRole("group", { name: "Không lưu được tuỳ chọn vào sổ làm việc" })).toBeInTheDocument(),
    );
  });
});

const HOST_CODES: HostErrorCode[] = [
  "sheetProtected",
  "editMode",
  "sheetNameTaken",
  "notAWorkbook",
  "damaged",
  "fileTooBig",
  "writeFailed",
  "unknown",
];

describe("describePortError", () => {
  it.each(HOST_CODES)("words host error %s in both languages, with a next step", (code) => {
    const error: PortError = { kind: "host", code };
    const vi = describePortError(error, "vi");
    const en = describePortError(error, "en");
    expect(vi.message).not.toBe(en.message);
    expect(vi.next).not.toBe(en.next);
    for (const text of [vi.message, vi.next, en.message, en.next]) expect(text).toMatch(/\S{3}/);
  });

  it.each(["noSheets", "sheetNotFound", "noTable", "badMapping", "badOption"] as const)(
    "gives engine error %s a next step",
    (code) => {
      const text = describePortError(
        {
          kind: "engine",
          error: { code, params: { sheet: "A", available: "B", role: "target", detail: "x", option: "decimals" } },
        },
        "vi",
      );
      expect(text.next.length).toBeGreaterThan(10);
      expect(text.message).not.toMatch(/undefined/);
    },
  );
});
