import type { HostInfo, WaitNotice } from "./bootOffice";

/** What the pane says before the panel can be shown, when something on the Office side is wrong or slow. */
export type BootNotice = WaitNotice | Exclude<HostInfo["host"], "excel" | "outside">;

/** Vietnamese first, then English; `{web}` is the standalone page's address. */
const TEXT: Record<BootNotice, { vi: string[]; en: string[] }> = {
  slow: {
    vi: ["Excel chưa trả lời sau 10 giây; bổ trợ vẫn đang chờ. Máy đang bận hoặc Excel khởi động chậm."],
    en: [
      "Excel has not answered for 10 seconds; the add-in is still waiting. The computer is busy or Excel is slow to start.",
    ],
  },
  stuck: {
    vi: [
      "Excel vẫn chưa trả lời sau 60 giây.",
      "Cách xử lý: đóng bảng điều khiển rồi mở lại (Trang đầu › Chỉ tiêu › Mở bảng điều khiển); nếu vẫn vậy, lưu sổ làm việc và khởi động lại Excel. Không có Excel: dùng trang web độc lập {web}",
    ],
    en: [
      "Excel has still not answered after 60 seconds.",
      "What to do: close the panel and open it again (Home › Indicators › Open panel); if it persists, save the workbook and restart Excel. Without Excel: use the standalone page {web}",
    ],
  },
  noOfficeJs: {
    vi: [
      "Không tải được thư viện Office (office.js) từ máy chủ của Microsoft.",
      "Cách xử lý: kiểm tra kết nối mạng; nhờ bộ phận CNTT cho phép truy cập appsforoffice.microsoft.com (tường lửa hoặc proxy), rồi mở lại bảng điều khiển.",
    ],
    en: [
      "The Office library (office.js) could not be loaded from Microsoft's server.",
      "What to do: check the network; ask your IT office to allow appsforoffice.microsoft.com (firewall or proxy), then reopen the panel.",
    ],
  },
  otherApp: {
    vi: ["Bổ trợ này chỉ chạy trong Excel (trên máy tính hoặc trên web). Không có Excel: dùng trang web độc lập {web}"],
    en: ["This add-in runs in Excel only (desktop or on the web). Without Excel: use the standalone page {web}"],
  },
};

/**
 * Shows a notice in place of the panel, in both languages (Office has not told the language yet). Text only:
 * nothing here comes from the workbook, but the page is built with textContent all the same.
 */
export function showBootNotice(root: HTMLElement, notice: BootNotice, webUrl: string): void {
  const doc = root.ownerDocument;
  root.replaceChildren();
  root.setAttribute("role", notice === "slow" ? "status" : "alert");
  root.dataset.notice = notice;
  for (const lang of ["vi", "en"] as const) {
    const section = doc.createElement("div");
    section.lang = lang;
    section.className = "boot";
    for (const line of TEXT[notice][lang]) {
      const p = doc.createElement("p");
      const [before, after] = line.split("{web}");
      p.textContent = before ?? "";
      if (after !== undefined) {
        const link = doc.createElement("a");
        link.href = webUrl;
        link.target = "_blank";
        link.textContent = webUrl;
        p.append(link, after);
      }
      section.append(p);
    }
    root.append(section);
  }
}
