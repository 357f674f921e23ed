import { screen, waitFor } from "@testing-library/react";
import { en } from "../../src/ui/i18n/en";
import { createFakePort } from "./fakePort";
import { workbook } from "./fixture";
import { renderApp } from "./render";

// jest-axe and Fluent's popups are slow in jsdom; two workers on two cores can pass the 5 s default.

/** Letters only Vietnamese uses (tone marks and ă â đ ê ô ơ ư), in either case. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** Text that comes from the workbook (sheet names, headers, cells) or names a language in itself, not UI strings. */
const DATA = [
  ...workbook().sheets.flatMap((s) => [s.name, ...s.values.flat().filter((v): v is string => typeof v === "string")]),
  "Phụ lục",
  "Tổng hợp",
  "Tiếng Việt",
].sort((a, b) => b.length - a.length);

/** Every string a user can see or hear: text nodes outside lang="vi" content, plus labels, titles and placeholders. */
function visibleStrings(root: HTMLElement): string[] {
  const strings: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Content marked as another language (the narrative, a language's own name) is not a UI string.
    const marked = node.parentElement?.closest("[lang]");
    if (marked && marked !== root && marked.getAttribute("lang") !== root.getAttribute("lang")) continue;
    if (node.textContent?.trim()) strings.push(node.textContent.trim());
  }
  for (const el of Array.from(root.querySelectorAll("[aria-label], [placeholder], [title]"))) {
    for (const attr of ["aria-label", "placeholder", "title"]) {
      const value = el.getAttribute(attr);
      if (value) strings.push(value);
    }
  }
  return strings;
}

const withoutData = (text: string) => DATA.reduce((rest, data) => rest.split(data).join(""), text);

async function switchTo(user: ReturnType<typeof renderApp>["user"], from: string, to: string) {
  await user.click(screen.getByRole("combobox", { name: from }));
  await user.click(screen.getByRole("option", { name: to }));
}

describe("language switch", () => {
  it("turns every visible string into English, in the empty and the results state", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port });
    await screen.findByRole("combobox", { name: "Chỉ tiêu" });
    await switchTo(user, "Ngôn ngữ giao diện", "English");
    await screen.findByRole("combobox", { name: "Target" });

    const main = screen.getByRole("main");
    expect(main).toHaveAttribute("lang", "en");
    expect(
      visibleStrings(main)
        .map(withoutData)
        .filter((s) => VIETNAMESE.test(s)),
    ).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Compute attainment" }));
    await screen.findByRole("heading", { name: "Results" });
    expect(
      screen.getByRole("img", { name: "Whole table: Exceeded 4, Met 2, Not met 1, Not evaluated 1" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Row 8: reported 180, computed 108.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Go to cell E8" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Select appendix for copying" })).toBeInTheDocument();
    // The narrative keeps the language of the generated sheets and says so.
    expect(screen.getByText("Written in Vietnamese, the language of the generated sheets.")).toBeInTheDocument();
    expect(
      visibleStrings(main)
        .map(withoutData)
        .filter((s) => VIETNAMESE.test(s)),
    ).toEqual([]);
    for (const button of screen.getAllByRole("button"))
      expect(withoutData(button.textContent ?? "")).not.toMatch(VIETNAMESE);
  });

  it("shows no English UI string in Vietnamese, and switches back", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port, initialLang: "en" });
    await screen.findByRole("combobox", { name: "Target" });
    await user.click(screen.getByRole("button", { name: "Compute attainment" }));
    await screen.findByRole("heading", { name: "Results" });
    await switchTo(user, "Interface language", "Tiếng Việt");
    await screen.findByRole("heading", { name: "Kết quả" });

    const english = Object.entries(en)
      // Language names are written in their own language, the same in both dictionaries.
      .filter(([key]) => key !== "langEn" && key !== "langVi")
      .map(([, text]) => text.split(/\{\w+\}/)[0]!.trim())
      .filter((start) => start.length > 3);
    const text = visibleStrings(screen.getByRole("main")).join("\n");
    expect(english.filter((start) => text.includes(start))).toEqual([]);
  });

  it("keeps the language of the generated sheets separate from the panel's", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port });
    await screen.findByRole("combobox", { name: "Chỉ tiêu" });
    await user.click(screen.getByRole("radio", { name: "English" }));
    await waitFor(() => expect(port.preview).toHaveBeenLastCalledWith(expect.objectContaining({ lang: "en" })));
    await user.click(screen.getByRole("button", { name: "Tính tỷ lệ đạt" }));
    expect(await screen.findByText("Viết bằng tiếng Anh theo ngôn ngữ của các trang tạo ra.")).toBeInTheDocument();
    expect(
      screen.getByText(/Đã ghi tỷ lệ đạt vào trang “Báo cáo 2021” và tạo trang “Appendix”, “Summary”./),
    ).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveAttribute("lang", "vi");
  });
});
