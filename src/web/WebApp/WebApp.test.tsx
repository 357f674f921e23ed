import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { readFileSync } from "node:fs";
import { TextEncoder as NodeTextEncoder } from "node:util";
import { AttainmentProvider } from "../../ui";
import { inProcessWorker } from "../../../test/node/webInProcessWorker";
import type { FileLike } from "../createFilePort";
import type { WebDeps } from "./useWebApp";
import { WebApp } from "./WebApp";

// jsdom has no TextEncoder; the docx package needs it to write the report, as browsers provide it.
Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? NodeTextEncoder });

const SAMPLE = readFileSync("samples/bao-cao-thi-dua-2021.xlsx");

const asFile = (name: string, bytes: Uint8Array): FileLike => ({
  name,
  size: bytes.byteLength,
  arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
});

function renderPage(overrides: Partial<WebDeps> = {}, initialLang: "vi" | "en" = "vi") {
  const deps: WebDeps = {
    spawn: () => inProcessWorker(),
    storage: null,
    fetchSample: jest.fn(async () => asFile("bao-cao-thi-dua-2021.xlsx", SAMPLE)),
    saveFile: jest.fn(),
    ...overrides,
  };
  const user = userEvent.setup();
  const view = render(
    <AttainmentProvider>
      <WebApp deps={deps} initialLang={initialLang} />
    </AttainmentProvider>,
  );
  return { ...view, deps, user };
}

/** The hidden file input behind "Chọn tệp…"; jsdom's File lacks arrayBuffer, so the sample's bytes are attached. */
function sampleUpload(name = "bao-cao-thi-dua-2021.xlsx", bytes: Uint8Array = SAMPLE): File {
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name);
  Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  return file;
}

describe("the standalone page", () => {
  it("says it runs outside Excel and offers a file, the sample, and a language, with no axe violations", async () => {
    const { container } = renderPage();
    expect(screen.getByRole("heading", { name: "Tính tỷ lệ đạt chỉ tiêu" })).toBeInTheDocument();
    expect(screen.getByText("Đang chạy ngoài Excel")).toBeInTheDocument();
    const zone = screen.getByRole("group", { name: "Kéo thả tệp .xlsx vào đây, hoặc" });
    expect(within(zone).getByRole("button", { name: "Chọn tệp…" })).toBeInTheDocument();
    expect(within(zone).getByRole("button", { name: "Thử với tệp mẫu" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Ngôn ngữ giao diện" })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("computes a chosen file and downloads <name>.attainment.xlsx", async () => {
    const { deps, user } = renderPage();
    await user.upload(screen.getByLabelText("Chọn tệp Excel"), sampleUpload());
    expect(await screen.findByText("Tệp đang mở: bao-cao-thi-dua-2021.xlsx")).toBeInTheDocument();
    await user.click(await screen.findByRole("button", { name: "Tính tỷ lệ đạt" }, { timeout: 5000 }));
    const badges = await screen.findByRole("list", { name: "Số chỉ tiêu theo đánh giá" }, { timeout: 5000 });
    expect(
      within(badges)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Vượt: 5", "Đạt: 12", "Không đạt: 0", "Chưa đánh giá: 1"]);
    expect(screen.queryByRole("button", { name: /Đến ô/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Tải về" }));
    expect(deps.saveFile).toHaveBeenCalledWith({
      name: "bao-cao-thi-dua-2021.attainment.xlsx",
      bytes: expect.any(Uint8Array),
    });
    expect(screen.getByRole("button", { name: "Tải về" })).toHaveAccessibleDescription(
      "Tệp bao-cao-thi-dua-2021.attainment.xlsx: trang tính nguồn đã có tỷ lệ đạt, đánh giá và màu, kèm Phụ lục và Tổng hợp.",
    );

    await user.click(screen.getByRole("button", { name: "Tải Word" }));
    await waitFor(() => expect(deps.saveFile).toHaveBeenCalledTimes(2), { timeout: 10_000 });
    const word = (deps.saveFile as jest.Mock).mock.calls[1]![0];
    expect(word).toMatchObject({
      name: "bao-cao-thi-dua-2021.bao-cao.docx",
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    // A .docx is a zip package: it starts with "PK".
    expect(Buffer.from(word.bytes.slice(0, 2)).toString("latin1")).toBe("PK");
  }, 20_000);

  it("says in English when a file is not a workbook, and takes another file", async () => {
    const { user } = renderPage({}, "en");
    await user.upload(screen.getByLabelText("Choose an Excel file"), sampleUpload("notes.xlsx", Buffer.from("hello")));
    const bar = await screen.findByRole("group", { name: "Could not read the workbook" });
    expect(bar).toHaveTextContent("This file is not an Excel workbook (.xlsx).");
    await user.upload(screen.getByLabelText("Choose an Excel file"), sampleUpload());
    expect(await screen.findByText("Open file: bao-cao-thi-dua-2021.xlsx")).toBeInTheDocument();
    expect(await screen.findByText(/Table on rows/, {}, { timeout: 5000 })).toBeInTheDocument();
  }, 20_000);

  it("opens the sample, and says so when the sample cannot be fetched", async () => {
    const fetchSample = jest
      .fn()
      .mockRejectedValueOnce(new Error("HTTP 404"))
      .mockResolvedValue(asFile("bao-cao-thi-dua-2021.xlsx", SAMPLE));
    const { user } = renderPage({ fetchSample });
    await user.click(screen.getByRole("button", { name: "Thử với tệp mẫu" }));
    expect(
      await screen.findByText("Không tải được tệp mẫu (HTTP 404). Hãy tải lại trang rồi thử lại."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Thử với tệp mẫu" }));
    expect(await screen.findByText("Tệp đang mở: bao-cao-thi-dua-2021.xlsx")).toBeInTheDocument();
    expect(fetchSample).toHaveBeenCalledTimes(2);
  });

  it("keeps the banner in the panel's language when the user switches it", async () => {
    const { user } = renderPage();
    await user.click(screen.getByRole("button", { name: "Thử với tệp mẫu" }));
    await screen.findByText("Tệp đang mở: bao-cao-thi-dua-2021.xlsx");
    await user.click(await screen.findByRole("button", { name: "Ngôn ngữ giao diện" }, { timeout: 5000 }));
    await user.click(screen.getByRole("combobox", { name: "Ngôn ngữ giao diện" }));
    await user.click(screen.getByRole("option", { name: "English" }));
    expect(await screen.findByText(/^Running outside Excel/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Choose another file…" })).toBeInTheDocument();
  });

  it("asks for a file when what was dropped holds none, and highlights the zone while dragging", () => {
    renderPage();
    const zone = screen.getByRole("group", { name: "Kéo thả tệp .xlsx vào đây, hoặc" });
    fireEvent.dragOver(zone, { dataTransfer: { files: [], dropEffect: "none" } });
    expect(screen.getByRole("group", { name: "Thả tệp vào đây" })).toBe(zone);
    fireEvent.drop(zone, { dataTransfer: { files: [] } });
    expect(screen.getByText("Không thấy tệp nào trong những gì vừa thả; hãy thả một tệp .xlsx.")).toBeInTheDocument();
  });
});
