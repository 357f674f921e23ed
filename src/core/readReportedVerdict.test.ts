import { readNoteVerdict } from "./readStatusWord";
import { parseValue } from "./parseValue";
import { readReportedVerdict } from "./readReportedVerdict";
import { readStatusWord } from "./readStatusWord";
import type { CellValue } from "./types";

describe("readReportedVerdict: the rate column's verdict on a line without figures", () => {
  it.each<[CellValue, CellValue, number | string | null, string | null]>([
    [null, null, "Đạt", "met"],
    [null, null, "Vượt", "exceeded"],
    [null, null, "Không đạt", "notMet"],
    ["Hoàn thiện mô hình cải cách HC", "dự kiến giảm 24,13% còn 88 người", "chưa thực hiện nối mạng vi tính", "notMet"],
    ["Phấn đấu 100% xã vững mạnh và khá", null, 33.3, "notMet"],
    ["Phấn đấu 100% xã vững mạnh và khá", null, 100, "met"],
    ["Phấn đấu 100% xã vững mạnh và khá", null, 104, "exceeded"],
    [null, 16818, 156.4, null],
    [null, null, 196, null],
    [null, null, "tăng 1 đơn vị", null],
    [100, 98, "Đạt", null],
    ["4.000", null, 100, "met"],
    ["4.000", null, 84, "notMet"],
    ["4.000", null, "Đạt", null],
    [100, "khoảng 98", 98, null],
    [null, null, "for info only", null],
  ])("target %j, result %j, reported %j → %s", (target, result, reported, status) => {
    expect(readReportedVerdict(parseValue(target), parseValue(result), reported)).toBe(status);
  });

  it.each(["Chưa thực hiện", "chưa triển khai"])("%j reads as not met", (text) => {
    expect(readStatusWord(text)).toEqual({ status: "notMet", exact: true });
  });
});

describe("readNoteVerdict: a comment opening with the target's fate", () => {
  it.each([
    ["Target exceeded except Q1", "exceeded"],
    ["Target not met due to staff sickness", "notMet"],
    ["Chỉ tiêu không đạt do thiên tai", "notMet"],
    ["Well below target figure demonstrating effectiveness of team", null],
    ["1% below target", null],
    ["", null],
  ])("%j → %s", (notes, status) => expect(readNoteVerdict(notes)).toBe(status));
});
