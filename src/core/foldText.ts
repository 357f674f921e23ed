/**
 * Folds text for matching headers and keywords: Unicode-normalised (NFC and NFD alike), lower case,
 * diacritics and "đ" removed, line breaks and runs of spaces made one space.
 * Example: `foldText("Tỷ lệ\nđạt được  (%)") === "ty le dat duoc (%)"`.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a text after folding, punctuation dropped. Example: `foldWords("Số TT") → ["so", "tt"]`. */
export function foldWords(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}
