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

/** A text made only of these is NFC already: tabs and line breaks, Latin up to the combining marks, Vietnamese letters. */
const MAY_CHANGE = /[^\t-\u02ff\u1e00-\u1eff]/;

/**
 * The text in NFC, without the cost of normalising the text that is NFC already (almost every cell: Latin letters
 * and the precomposed Vietnamese ones never change). Example: `toNFC("Tỷ lệ".normalize("NFD")) === "Tỷ lệ"`.
 */
export function toNFC(text: string): string {
  return MAY_CHANGE.test(text) ? text.normalize("NFC") : text;
}
