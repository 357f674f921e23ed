/** How a copy went: written to the clipboard, or only selected on the page for the user to press Ctrl+C. */
export type CopyResult = "copied" | "selected";

/**
 * Copies the text of an element. The async Clipboard API is refused in some Office hosts (the task pane
 * is an iframe without the clipboard-write permission), so the fallback selects the element's text and
 * tries the legacy copy command; when that is refused too, the text stays selected for Ctrl+C.
 */
export async function copyText(element: HTMLElement, text: string): Promise<CopyResult> {
  const view = element.ownerDocument.defaultView;
  try {
    if (!view?.navigator.clipboard) throw new Error("no clipboard");
    await view.navigator.clipboard.writeText(text);
    return "copied";
  } catch {
    const selection = view?.getSelection();
    if (!selection) return "selected";
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
    try {
      // execCommand is deprecated but still the only synchronous copy path inside a restricted iframe.
      return element.ownerDocument.execCommand("copy") ? "copied" : "selected";
    } catch {
      return "selected";
    }
  }
}
