import { screen, waitFor, within } from "@testing-library/react";
import { en } from "../../src/ui/i18n/en";
import { vi } from "../../src/ui/i18n/vi";
import { createFakePort } from "./fakePort";
import { workbook } from "./fixture";
import { openSection, renderApp, tableRead } from "./render";

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
  await openSection(user, from);
  await user.click(screen.getByRole("combobox", { name: from }));
  await user.click(screen.getByRole("option", { name: to }));
}

describe("language switch", () => {
  it("turns every visible string into English, in the empty and the results state", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port });
    await tableRead();
    await switchTo(user, "Ngôn ngữ giao diện", "English");
    await openSection(user, "Columns");
    await openSection(user, "Options");
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
    expect(screen.getByText("Row 8 · Rate 108 · reported 180")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Go to cell E8" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copy for Word" })).toBeInTheDocument();
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
    await tableRead();
    await user.click(screen.getByRole("button", { name: "Compute attainment" }));
    await screen.findByRole("heading", { name: "Results" });
    await switchTo(user, "Interface language", "Tiếng Việt");
    await screen.findByRole("heading", { name: "Kết quả" });
    await openSection(user, "Cột dữ liệu");
    await openSection(user, "Tuỳ chọn");

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
    await tableRead();
    await openSection(user, "Tuỳ chọn");
    await user.click(screen.getByRole("radio", { name: "English" }));
    await waitFor(() => expect(port.preview).toHaveBeenLastCalledWith(expect.objectContaining({ lang: "en" })));
    await user.click(screen.getByRole("button", { name: "Tính tỷ lệ đạt" }));
    expect(await screen.findByText("Viết bằng tiếng Anh theo ngôn ngữ của các trang tính tạo ra.")).toBeInTheDocument();
    expect(
      screen.getByText(/Đã ghi tỷ lệ đạt vào trang tính “Báo cáo 2021” và tạo trang tính “Appendix”, “Summary”./),
    ).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveAttribute("lang", "vi");
  });
});

/** English names Fluent UI gives its inner controls when a product passes none (SpinButton, Dropdown, Combobox, …). */
const FLUENT_DEFAULTS = ["Increment value", "Decrement value", "Clear selection", "Open", "Close", "Dismiss"];

/** The roles the panel uses; Testing Library computes each element's accessible name as a screen reader would. */
const ROLES = [
  "button",
  "combobox",
  "option",
  "radio",
  "radiogroup",
  "switch",
  "spinbutton",
  "checkbox",
  "img",
  "list",
  "listitem",
  "region",
  "group",
  "heading",
  "status",
  "link",
  "textbox",
  "main",
  "banner",
  "progressbar",
];

/** Every element with one of ROLES and its accessible name, hidden ones (inner buttons) included. */
function namedElements(root: HTMLElement): { element: Element; name: string }[] {
  const found: { element: Element; name: string }[] = [];
  for (const role of ROLES) {
    const names: string[] = [];
    const elements = within(root).queryAllByRole(role, {
      hidden: true,
      name: (name) => {
        names.push(name);
        return true;
      },
    });
    elements.forEach((element, i) => found.push({ element, name: (names[i] ?? "").trim() }));
  }
  return found;
}

describe("accessible names in Vietnamese", () => {
  it("gives no control an English name, Fluent's defaults included, with results and every section open", async () => {
    const { port } = createFakePort();
    const { user } = renderApp({ port });
    await tableRead();
    await user.click(screen.getByRole("button", { name: "Tính tỷ lệ đạt" }));
    await screen.findByRole("heading", { name: "Kết quả" });
    for (const section of ["Cột dữ liệu", "Tuỳ chọn", "Ngôn ngữ giao diện"]) await openSection(user, section);
    await screen.findByRole("spinbutton", { name: "Số chữ số thập phân" });

    const englishOnly = new Set(
      Object.entries(en)
        .filter(([key, text]) => text !== vi[key as keyof typeof vi] && key !== "langEn")
        .map(([, text]) => text),
    );
    const named = namedElements(screen.getByRole("main")).filter(
      ({ element }) => element.closest("[lang]")?.getAttribute("lang") !== "en",
    );
    expect(named.length).toBeGreaterThan(30);
    const english = named
      .map(({ name }) => name)
      .filter((name) => FLUENT_DEFAULTS.includes(name) || englishOnly.has(name));
    expect(english).toEqual([]);
    // The inner buttons that carried the defaults now have Vietnamese names.
    expect(screen.getByRole("button", { name: "Tăng thêm 1", hidden: true })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Giảm bớt 1", hidden: true })).toBeInTheDocument();
  });
});
