/**
 * @jest-environment jsdom
 *
 * The dialog page the button opens (src/dialog, whose tests live here because the node jest project covers
 * src/commands): the report is shown as text only, and Close reaches the opener.
 */
import { renderReport, reportView } from "../dialog/renderReport";
import { encodeReport } from "../dialog/report";

describe("the result dialog page", () => {
  it("shows the report as text, never as HTML, and calls back on Close", () => {
    document.body.innerHTML = '<main id="report"></main>';
    const onClose = jest.fn();
    const fragment = `#${encodeReport({ lang: "en", ok: false, title: "Could not compute", lines: ['<img src="x" onerror="alert(1)">', "Sheet “Báo cáo”"] })}`;
    renderReport(document, reportView(fragment), onClose);
    expect(document.querySelector("img")).toBeNull();
    expect([...document.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      '<img src="x" onerror="alert(1)">',
      "Sheet “Báo cáo”",
    ]);
    expect(document.querySelector("h1")?.className).toBe("failed");
    expect(document.documentElement.lang).toBe("en");
    const button = document.querySelector("button")!;
    expect(button.textContent).toBe("Close");
    expect(document.activeElement).toBe(button);
    button.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
