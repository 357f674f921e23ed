/** How a rich copy went: on the clipboard, or refused by the host (no clipboard access at all). */
export type RichCopyResult = "copied" | "refused";

/**
 * Puts HTML and plain text on the clipboard together, so Word pastes the table and a plain editor the text.
 * The async Clipboard API (`navigator.clipboard.write` with a ClipboardItem) is refused in some Office hosts (the
 * task pane is an iframe without the clipboard-write permission), so the fallback is the legacy copy command
 * with a `copy` listener that sets both formats itself. See
 * https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/write and the ClipboardEvent.clipboardData page.
 */
export async function copyRichText(doc: Document, html: string, text: string): Promise<RichCopyResult> {
  const view = doc.defaultView;
  try {
    if (view && typeof view.ClipboardItem === "function" && view.navigator.clipboard?.write) {
      const item = new view.ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      });
      await view.navigator.clipboard.write([item]);
      return "copied";
    }
  } catch {
    // Refused (no permission, no focus): try the legacy path below.
  }
  let wrote = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData("text/html", html);
    event.clipboardData.setData("text/plain", text);
    event.preventDefault();
    wrote = true;
  };
  doc.addEventListener("copy", onCopy);
  try {
    // execCommand is deprecated but still the only synchronous copy path inside a restricted iframe.
    return doc.execCommand("copy") && wrote ? "copied" : "refused";
  } catch {
    return "refused";
  } finally {
    doc.removeEventListener("copy", onCopy);
  }
}
