import { parseA1, rangeToA1 } from "./a1";
import type { CellRange, EngineError, GeneratedRole, Lang, Status, Warning } from "./types";

/** Status words written to the sheet and shown in the UI. */
export const STATUS_LABELS: Record<Lang, Record<Status, string>> = {
  vi: { exceeded: "Vượt", met: "Đạt", notMet: "Không đạt", notEvaluated: "Chưa đánh giá" },
  en: { exceeded: "Exceeded", met: "Met", notMet: "Not met", notEvaluated: "Not evaluated" },
};

/** Status word for a status. Example: `statusLabel("notMet", "vi") === "Không đạt"`. */
export function statusLabel(status: Status, lang: Lang): string {
  return STATUS_LABELS[lang][status];
}

/** Names of the generated sheets. */
export const SHEET_NAMES: Record<Lang, Record<GeneratedRole, string>> = {
  vi: { appendix: "Phụ lục", summary: "Tổng hợp", originals: "Attainment_Originals" },
  en: { appendix: "Appendix", summary: "Summary", originals: "Attainment_Originals" },
};

/** Headers of the columns the product adds to the source sheet and of its generated tables. */
export const HEADERS: Record<
  Lang,
  {
    attainment: string;
    status: string;
    number: string;
    label: string;
    target: string;
    result: string;
    notes: string;
    section: string;
    total: string;
    evaluated: string;
    overall: string;
    countItems: string;
    countLines: string;
    row: string;
    reported: string;
    computed: string;
    appendixTitle: string;
    /** Before the unit line above the appendix's table ("Đơn vị tính: tỷ đồng"). */
    unitLine: string;
    summaryTitle: string;
    narrative: string;
    audit: string;
    noDiscrepancy: string;
    warnings: string;
    method: string;
    methodPoints: string;
    methodRatio: string;
    /** The method line of a table without a target column: its own rates and verdicts stand. */
    methodNoTarget: string;
    /** The method line of a plan, a table without results: nothing is scored yet. */
    methodNoResult: string;
  }
> = {
  vi: {
    attainment: "Tỷ lệ đạt được (%)",
    status: "Đánh giá",
    number: "Số TT",
    label: "Nội dung chỉ tiêu",
    target: "Chỉ tiêu",
    result: "Kết quả",
    notes: "Ghi chú",
    section: "Nội dung",
    total: "Tổng số",
    evaluated: "Đã đánh giá",
    overall: "Tổng cộng",
    countItems: "Chỉ tiêu của bảng",
    countLines: "Theo dòng chỉ tiêu (gồm cả nội dung con)",
    row: "Dòng",
    reported: "Báo cáo",
    computed: "Tính được",
    appendixTitle: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
    unitLine: "Đơn vị tính",
    summaryTitle: "TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
    narrative: "Đoạn nhận xét",
    audit: "Đối chiếu tỷ lệ đã báo cáo",
    noDiscrepancy: "Không có sai lệch giữa tỷ lệ đã báo cáo và tỷ lệ tính được.",
    warnings: "Cảnh báo",
    method: "Cách tính",
    methodPoints: "100 + (kết quả − chỉ tiêu)",
    methodRatio: "kết quả ÷ chỉ tiêu × 100",
    methodNoTarget: "không tính tỷ lệ vì bảng không có cột chỉ tiêu; giữ tỷ lệ và nhận định của tài liệu",
    methodNoResult: "chưa tính tỷ lệ vì bảng chưa có cột kết quả",
  },
  en: {
    attainment: "Attainment (%)",
    status: "Status",
    number: "No.",
    label: "Indicator",
    target: "Target",
    result: "Result",
    notes: "Notes",
    section: "Section",
    total: "Total",
    evaluated: "Evaluated",
    overall: "Overall",
    countItems: "The table's indicators",
    countLines: "By indicator line (sub-lines included)",
    row: "Row",
    reported: "Reported",
    computed: "Computed",
    appendixTitle: "INDICATOR RESULTS",
    unitLine: "Unit",
    summaryTitle: "SUMMARY OF INDICATOR RESULTS",
    narrative: "Narrative",
    audit: "Check of reported rates",
    noDiscrepancy: "Every reported rate matches the computed one.",
    warnings: "Warnings",
    method: "Method",
    methodPoints: "100 + (result − target)",
    methodRatio: "result ÷ target × 100",
    methodNoTarget: "no rate computed, as the table has no target column; the document's rates and verdicts stand",
    methodNoResult: "no rate computed yet, as the table has no result column",
  },
};

type Params = Record<string, string | number>;

/** Counts as the reports write them: two digits at least ("03"). */
const pad = (n: string | number | undefined): string => String(n ?? "").padStart(2, "0");
type Template = (p: Params) => string;

const WARNINGS: Record<Lang, Record<Warning["code"], Template>> = {
  vi: {
    notANumber: (p) => `${p.address}: "${p.text}" không phải là số, chỉ tiêu này chưa được đánh giá.`,
    targetOtherUnit: (p) =>
      `${p.address}: chỉ tiêu "${p.text}" là một khoảng thời gian, không nêu tỷ lệ phải đạt, còn kết quả là tỷ lệ %: không so sánh được, chỉ tiêu này chưa được đánh giá.`,
    blankValue: (p) =>
      `${p.address}: ô ${p.what === "target" ? "chỉ tiêu" : "kết quả"} để trống, chỉ tiêu này chưa được đánh giá.`,
    errorValue: (p) => `${p.address}: ô có giá trị lỗi ${p.text}, chỉ tiêu này chưa được đánh giá.`,
    divideByZero: (p) =>
      `${p.address}: không chia được cho 0 (hay cho số âm) khi tính theo tỷ lệ nên không có tỷ lệ; đánh giá theo số liệu.`,
    mergedNote: (p) => `${p.address}: ô gộp chứa ghi chú "${p.text}", chỉ tiêu này không được đánh giá.`,
    discrepancy: (p) => `Dòng ${p.row}: báo cáo ${p.reported}, tính được ${p.computed}.`,
    partsMismatch: (p) =>
      `${p.address}: số dòng trong ô chỉ tiêu và ô kết quả không khớp (${p.targets} và ${p.results}), đã đọc cả ô như một chỉ tiêu.`,
    targetInResultUnit: (p) =>
      `${p.address}: ô chỉ tiêu ghi cùng một mức theo hai đơn vị ("${p.text}"); đã so kết quả với dòng cùng đơn vị, "${p.line}".`,
    mixedKinds: (p) =>
      `${p.address}: chỉ tiêu và kết quả không cùng loại (số và chữ), chỉ tiêu này chưa được đánh giá.`,
    mergedAttainmentCell: (p) => `${p.address}: ô tỷ lệ nằm trong vùng gộp ô nên không ghi vào.`,
    periodChosen: (p) =>
      p.target === p.result
        ? `${p.address}: bảng có nhiều cột ${p.only === "result" ? "kết quả" : "chỉ tiêu"}; đã lấy "${p.target}" (bỏ qua ${p.others}); có thể chọn cột khác.`
        : `${p.address}: bảng có nhiều kỳ; đã lấy "${p.target}" làm chỉ tiêu và "${p.result}" làm kết quả (bỏ qua ${p.others}); có thể chọn cột khác.`,
    approximateValue: (p) =>
      `${p.address}: "${p.text}" là giá trị ước chừng${p.scored ? ", đã tính theo số ghi trong ô" : ""}.`,
    unusualNumber: (p) => `${p.address}: "${p.text}" ghi số theo cách ít gặp, đã đọc là ${p.value}.`,
    footnoteMark: (p) => `${p.address}: "${p.text}" có dấu chú thích trước số, đã đọc là ${p.value}.`,
    boundInResult: (p) =>
      `${p.address}: kết quả "${p.text}" là một ngưỡng${p.scored ? ", đã tính theo số ghi trong ô" : ""}.`,
    rangeResult: (p) =>
      `${p.address}: kết quả "${p.text}" là một khoảng${p.scored ? ", đã tính theo giá trị giữa khoảng" : ""}.`,
    beyondRange: (p) =>
      `${p.address}: chỉ tiêu "${p.text}" là một khoảng, kết quả vượt ra ngoài khoảng; đã đánh giá là vượt.`,
    ambiguousNumber: (p) =>
      `${p.address}: "${p.text}" có thể là số nghìn hoặc số thập phân; cột không cho biết cách ghi, đã đọc dấu chấm là phân cách nghìn, dấu phẩy là thập phân.`,
    directionFromTableLine: (p) =>
      `Dòng ${p.row}: "${p.text}": các chỉ tiêu không tự ghi chiều được tính ${p.direction === "lower" ? "càng thấp càng tốt" : "càng cao càng tốt"}; có thể đổi chiều từng chỉ tiêu.`,
    directionInferred: (p) =>
      `Dòng ${p.row}: ${p.direction === "lower" ? "càng thấp càng tốt" : "càng cao càng tốt"} theo nội dung chỉ tiêu ("${p.term}"); có thể đổi chiều.`,
    numberFromSentence: (p) => `${p.address}: đã đọc số liệu ${p.value} từ câu "${p.text}".`,
    boundExceeded: (p) =>
      `Dòng ${p.row}: "${p.result}" trong ngưỡng "${p.target}" nên tính là Vượt; nếu ngưỡng là chuẩn cần giữ thì là Đạt.`,
    boundStatus: (p) =>
      `Dòng ${p.row}: "${p.result}" vượt ngưỡng "${p.target}" nên tính là Vượt; tài liệu ghi "${p.reported}" (đạt ngưỡng), cũng là một cách hiểu.`,
    standardReached: (p) =>
      `${p.address}: "${p.text}" cho biết đã đạt điều nội dung chỉ tiêu nêu, nhưng không có chỉ tiêu để so nên chưa đánh giá; nhập chỉ tiêu nếu đây là chỉ tiêu được giao.`,
    statusFromWords: (p) =>
      `${p.address}: kết quả "${p.text}" không có số liệu; đánh giá theo lời ghi trong ô, không tính tỷ lệ.`,
    directionFromReported: (p) =>
      `Dòng ${p.row}: tỷ lệ đã báo cáo chỉ khớp khi tính theo "càng thấp càng tốt", nên đã tính như vậy; có thể đổi chiều.`,
    methodUnclear: (p) =>
      `Không cách tính nào khớp với tỷ lệ đã báo cáo (${p.kind === "percent" ? "chỉ tiêu tính bằng %" : p.kind === "amount" ? "chỉ tiêu tính bằng số lượng" : "chỉ tiêu chưa rõ đơn vị"}: khớp nhiều nhất ${p.best}/${p.compared}); đã dùng cách tính mặc định.`,
    declaredCount: (p) =>
      `Dòng ${p.row}: tiêu đề ghi ${pad(p.declared)} chỉ tiêu, bảng có ${pad(p.found)} chỉ tiêu ở cấp này; đoạn nhận xét đếm theo bảng.`,
    changeValue: (p) =>
      `${p.address}: "${p.text}" là mức thay đổi, đã đọc là ${p.value}${String(p.value).startsWith("-") ? " (giảm, càng giảm nhiều càng tốt)" : ""}.`,
    reportedWithinRounding: (p) =>
      `Dòng ${p.row}: báo cáo ${p.reported}, tính được ${p.computed}; chênh lệch nằm trong sai số làm tròn của số liệu nên không tính là sai lệch.`,
    targetFromBounds: (p) =>
      `${p.address}: cột "${p.target}" không mang tên chỉ tiêu nhưng ghi các mức giới hạn ("${p.sample}"), nên đã lấy làm chỉ tiêu; năm gần nhất là kết quả; có thể chọn cột khác.`,
    targetFromValues: (p) =>
      `${p.address}: cột "${p.label}" chứa tên chỉ tiêu nên là cột nội dung; đã lấy cột "${p.target}" (chứa số liệu) làm chỉ tiêu; có thể chọn cột khác.`,
    directionFromVerdict: (p) =>
      `Dòng ${p.row}: không có gì cho biết chiều đánh giá; kết luận "${p.reported}" của tài liệu chỉ khớp khi tính theo "càng thấp càng tốt", nên đã tính như vậy; có thể đổi chiều.`,
    withinTolerance: (p) =>
      `Dòng ${p.row}: kết quả ${p.result} thấp hơn chỉ tiêu ${p.target} một chút, nhưng tài liệu ghi "${p.reported}" (trong biên độ cho phép): đánh giá là đạt.`,
    farFromTarget: (p) =>
      `Dòng ${p.row}: kết quả "${p.result}" kém chỉ tiêu "${p.target}" hơn trăm lần; có thể chỉ tiêu thuộc dòng khác hoặc khác đơn vị; đã đánh giá theo số liệu như đã ghi.`,
    percentOfBase: (p) =>
      `Dòng ${p.row}: đơn vị "${p.unit}" là tỷ lệ trên một mức gốc, nên đã tính như số lượng (thực hiện/kế hoạch = ${p.rate}); tính theo điểm % sẽ là ${p.points}; có thể chọn cách tính khác.`,
    methodFromNote: (p) =>
      `Dòng ${p.row}: ghi chú nêu mức chênh so với kế hoạch bằng điểm % ("${p.text}"), nên dòng này tính theo điểm (100 + thực hiện − kế hoạch); có thể chọn cách tính khác.`,
    methodFromWords: () =>
      `Không có tỷ lệ nào để đối chiếu; tài liệu ghi mức vượt so với kế hoạch ("vượt 13,9%") hoặc tỷ lệ so với kế hoạch không in ("bằng 111%"), nên các chỉ tiêu tính bằng % cũng tính theo tỷ số thực hiện/kế hoạch; có thể chọn cách tính khác.`,
    looseStatus: (p) =>
      `Dòng ${p.row}: tài liệu ghi "${p.reported}" (cơ bản đạt) cho cả nhóm, riêng dòng này tính được "${STATUS_LABELS.vi[p.computed as Status] ?? p.computed}".`,
    partYearCount: (p) =>
      `Dòng ${p.row}: số "${p.part}" mới là một phần của năm, so với chỉ tiêu cả năm; chưa đến cuối năm nên chưa đánh giá.`,
    partYearRate: (p) =>
      `Dòng ${p.row}: tỷ lệ đến "${p.part}" là tiến độ so với chỉ tiêu cả năm (tỷ lệ còn thay đổi đến cuối năm), chưa phải kết quả của năm: chưa đánh giá.`,
    partYear: (p) =>
      `Dòng ${p.row}: "${p.part}" là một phần của năm, đặt cạnh chỉ tiêu cả năm; kết quả chưa phải của cả năm, nên mức đánh giá chưa phải kết luận của năm.`,
    targetAgainstPrevious: (p) =>
      `Dòng ${p.row}: chỉ tiêu "${p.target}" chỉ nêu chiều thay đổi; đã so kết quả ${p.result} với số kỳ trước ${p.previous} bên cạnh.`,
    rateWithoutTarget: (p) =>
      p.reported === ""
        ? `Dòng ${p.row}: bảng không có chỉ tiêu để so sánh, dòng này không có tỷ lệ hay nhận định của tài liệu; chưa đánh giá.`
        : `Dòng ${p.row}: tài liệu ghi tỷ lệ ${String(p.reported).replace(".", ",")} % so với một chỉ tiêu không in, không đối chiếu được; chưa đánh giá (kỳ chưa kết thúc hoặc chưa có nhận định).`,
    noTargetColumn: (p) =>
      `Bảng không có cột chỉ tiêu, chỉ có "${p.result}"${p.rate === "" ? "" : ` và "${p.rate}": tỷ lệ giữ nguyên như tài liệu ghi, không đối chiếu được`}; dòng nào tài liệu đã nhận định (vượt, đạt) thì theo nhận định đó, các dòng khác không đánh giá; có thể chọn cột chỉ tiêu.`,
    statusFromTableLine: (p) =>
      `Dòng ${p.row}: không có chỉ tiêu để so sánh; đánh giá "Đạt" theo câu phía trên bảng ("${p.text}").`,
    verdictInWords: (p) =>
      `Dòng ${p.row}: tài liệu không in chỉ tiêu; đánh giá "${STATUS_LABELS.vi[p.status as Status] ?? p.status}" theo lời ghi ở ô ${p.cell} ("${p.text}").`,
    statusFromClosingLine: (p) =>
      `Dòng ${p.row}: không có chỉ tiêu; ghi chú "${p.note}" cùng câu kết của bảng ở dòng ${p.line} ("${p.text}") cho thấy dòng này vượt chỉ tiêu: đánh giá "vượt" theo lời văn bản.`,
    statusFromList: (p) =>
      `Dòng ${p.row}: không có chỉ tiêu để so sánh; đánh giá "${STATUS_LABELS.vi[p.status as Status] ?? p.status}" theo nhóm chứa dòng này ("${p.text}").`,
    statusFromNote: (p) =>
      `Dòng ${p.row}: không có chỉ tiêu để so sánh; đánh giá "${STATUS_LABELS.vi[p.status as Status] ?? p.status}" theo ghi chú của dòng ("${p.text}").`,
    directionFromList: (p) =>
      `Dòng ${p.row}: không có gì cho biết chiều đánh giá; dòng nằm trong nhóm "${p.text}", chỉ khớp khi tính theo "càng thấp càng tốt", nên đã tính như vậy; có thể đổi chiều.`,
    listVerdictDiffers: (p) =>
      `Dòng ${p.row}: nằm trong nhóm "${p.text}" nhưng tính được "${STATUS_LABELS.vi[p.computed as Status] ?? p.computed}".`,
    noResultColumn: (p) =>
      `Bảng chỉ có chỉ tiêu ("${p.target}"), chưa có cột kết quả: đây là kế hoạch, các dòng chưa đánh giá; khi có kết quả, có thể chọn cột kết quả.`,
    targetNextPeriod: (p) =>
      `Cột "${p.target}" là chỉ tiêu của kỳ sau, không phải chỉ tiêu của "${p.result}": các dòng không có chỉ tiêu để so sánh (tỷ lệ báo cáo, nếu có, là so với một chỉ tiêu không in); có thể chọn cột khác.`,
    targetTimeLimit: (p) =>
      `Dòng ${p.row}: chỉ tiêu "${p.target}" là thời hạn mà tên chỉ tiêu nêu; kết quả là tỷ lệ trong thời hạn đó, đã so với 100 % (toàn bộ trong hạn).`,
    targetFromLabel: (p) =>
      `Dòng ${p.row}: cột chỉ tiêu là số dự kiến (${p.target}); đã so với mức tên chỉ tiêu nêu ("${p.label}").`,
    targetInLabel: (p) => `Dòng ${p.row}: cột chỉ tiêu để trống; đã so với mức tên chỉ tiêu nêu ("${p.label}").`,
    judgedByShare: (p) =>
      `Dòng ${p.row}: tài liệu không in kế hoạch, chỉ ghi tỷ lệ ${p.reported}${p.unit ? ` ${p.unit}` : ""} so với kế hoạch của kỳ báo cáo; đánh giá theo tỷ lệ báo cáo: "${STATUS_LABELS.vi[p.status as Status] ?? p.status}" (giữ nguyên tỷ lệ đã ghi).`,
    statusFromReported: (p) =>
      `Dòng ${p.row}: không có số liệu để so sánh; đánh giá "${STATUS_LABELS.vi[p.status as Status] ?? p.status}" theo cột so sánh của tài liệu ("${p.reported}").`,
    verdictMissing: (p) =>
      `Dòng ${p.row}: cột đánh giá của tài liệu để trống dòng này, trong khi hầu hết các dòng đều có; đánh giá "${STATUS_LABELS.vi[p.status as Status] ?? p.status}" theo số liệu.`,
    targetInResultCell: (p) =>
      `Dòng ${p.row}: ô ghi cả chỉ tiêu và kết quả ("${p.target}", rồi "Actual: ${p.result}"): dòng này được đánh giá theo chỉ tiêu ghi trong ô.`,
    groupVerdict: (p) =>
      `Dòng ${p.row}: tài liệu ghi "${p.reported}" ở dòng nhóm, còn số liệu nằm ở ${p.lines} dòng bên dưới; dòng nhóm không tự đánh giá.`,
    groupVerdictDiffers: (p) =>
      `Dòng ${p.row}: tài liệu ghi "${p.reported}" cho cả nhóm (dòng ${p.group}), riêng dòng này tính được "${STATUS_LABELS.vi[p.computed as Status] ?? p.computed}".`,
    secondTarget: (p) =>
      `Dòng ${p.row}: cùng kết quả với dòng ${p.previous}, so với một chỉ tiêu khác (${p.target} thay vì ${p.other}); hai chỉ tiêu cho một kết quả, xem lại chỉ tiêu nào áp dụng.`,
    noteFigures: (p) =>
      `Dòng ${p.row}: ghi chú ghi "${p.note}", khác với số liệu của dòng (thực hiện ${p.result}, chỉ tiêu ${p.target}); đã tính theo số liệu của dòng.`,
    reportedFractions: (p) =>
      `${p.address}: cột "${p.header}" ghi tỷ lệ dạng số thập phân (1,05 là 105%), đã đọc nhân với 100.`,
    reportedGaps: (p) =>
      `${p.address}: cột "${p.header}" ghi mức chênh lệch so với chỉ tiêu (kết quả − chỉ tiêu), không phải tỷ lệ đạt; đã đối chiếu như mức chênh lệch và tính tỷ lệ riêng.`,
    otherPeriodVerdict: (p) =>
      `Dòng ${p.row}: kết quả ${p.result} so với chỉ tiêu ${p.target}, nhưng số liệu của kỳ khác trên cùng dòng (${p.other}) cho đánh giá ngược lại; bảng không nói chỉ tiêu dành cho kỳ nào, cần xem lại.`,
    goalDueLater: (p) =>
      `Dòng ${p.row}: mục tiêu có thời hạn đến năm ${p.due}, sau kỳ của kết quả (${p.result}); đã so sánh như một mục tiêu của kỳ này, cần xem lại.`,
    labelVerdict: (p) =>
      `Dòng ${p.row}: tên dòng ghi "${p.verdict}" nhưng kết quả ${p.result} chưa đạt chỉ tiêu ${p.target}; đã đánh giá theo số liệu (có thể bảng dùng một dung sai không ghi ra).`,
    targetsCountShort: (p) =>
      `Dòng ${p.row}: dòng này đếm số chỉ tiêu (đạt ${p.result}/${p.target}), không phải một số lượng; bảng không nêu tên chỉ tiêu chưa đạt, cần xem lại từng chỉ tiêu.`,
    gradeStatus: (p) =>
      `Dòng ${p.row}: cột đánh giá ghi "${p.reported}" (một mức xếp loại, không phải kết luận đạt hay không đạt chỉ tiêu), tính được "${STATUS_LABELS.vi[p.computed as Status] ?? p.computed}".`,
    statusDiscrepancy: (p) =>
      `Dòng ${p.row}: đánh giá ghi "${p.reported}", tính được "${STATUS_LABELS.vi[p.computed as Status] ?? p.computed}".`,
    targetFromNote: (p) =>
      `Dòng ${p.row}: không ghi chỉ tiêu; đã lấy chỉ tiêu là kết quả trừ phần vượt mà ghi chú nêu ("${p.text}"), khớp với tỷ lệ đã ghi.`,
    notesVerdict: (p) =>
      `Dòng ${p.row}: ghi chú nói "${p.reported}", nhưng số liệu cho "${STATUS_LABELS.vi[p.computed as Status] ?? p.computed}"; đã đánh giá theo số liệu.`,
    notScoredByDocument: (p) =>
      `Dòng ${p.row}: tài liệu ghi "${p.text}" (không đánh giá dòng này), nên chỉ tiêu này chưa được đánh giá.`,
    directionReduction: (p) =>
      `Dòng ${p.row}: chỉ tiêu "giảm …" có thể ghi mức giảm (càng cao càng tốt) hay mức cần đạt tới (càng thấp càng tốt); đã tính là mức giảm, có thể đổi chiều.`,
    directionUnclear: (p) =>
      `Dòng ${p.row}: "${p.term}" có thể hiểu theo hai chiều (chi thấp hơn kế hoạch là tốt, hay thực hiện đủ kế hoạch là tốt); đã tính càng cao càng tốt, có thể đổi chiều.`,
    directionNeutral: (p) =>
      `Dòng ${p.row}: "${p.term}" là khối lượng theo nhu cầu hoặc mức do chính sách đặt, nhiều hay ít hơn chỉ tiêu chưa hẳn là tốt hay chưa tốt; đã tính càng cao càng tốt, có thể đổi chiều.`,
    directionReportingSought: (p) =>
      `Dòng ${p.row}: "${p.term}" là việc người dân được khuyến khích trình báo: số vụ tăng có thể do trình báo nhiều hơn chứ không hẳn do xảy ra nhiều hơn, nên chưa coi là càng thấp càng tốt; đã tính càng cao càng tốt, có thể đổi chiều.`,
    oppositeResult: (p) =>
      `${p.address}: kết quả "${p.text}" là chiều ngược lại của chỉ tiêu (dưới 0), đã tính như vậy.`,
    remarkLine: (p) =>
      `${p.address}: dòng "${p.text}" trong ô là ghi chú cho số liệu ở trên, không phải một chỉ tiêu riêng.`,
    strictBound: (p) =>
      `${p.address}: "${p.text}" không kể chính số đó (ngưỡng chặt); kết quả bằng đúng số này nên không đạt, không tính tỷ lệ.`,
    zeroTarget: (p) =>
      `${p.address}: chỉ tiêu bằng ${p.text} cho một chỉ tiêu càng cao càng tốt thì kết quả nào cũng vượt (thường là dòng chỉ để theo dõi), nên chưa đánh giá; có thể đổi chiều nếu càng thấp càng tốt.`,
    zeroTargetPassed: (p) =>
      `${p.address}: chỉ tiêu bằng ${p.text} cho một chỉ tiêu càng cao càng tốt thì kết quả nào cũng vượt; đã đánh giá là vượt, cần xem lại chỉ tiêu.`,
  },
  en: {
    notANumber: (p) => `${p.address}: "${p.text}" is not a number, so this indicator is not evaluated.`,
    targetOtherUnit: (p) =>
      `${p.address}: the target "${p.text}" is a time and names no share to reach, while the result is a share in %: they cannot be compared, so this indicator is not evaluated.`,
    blankValue: (p) => `${p.address}: the ${p.what} cell is blank, so this indicator is not evaluated.`,
    errorValue: (p) => `${p.address}: the cell holds the error ${p.text}, so this indicator is not evaluated.`,
    divideByZero: (p) =>
      `${p.address}: cannot divide by 0 (or a negative figure) with the ratio method, so there is no rate; the status follows the figures.`,
    mergedNote: (p) =>
      `${p.address}: a merged note "${p.text}" stands in place of the values, so this indicator is not evaluated.`,
    discrepancy: (p) => `Row ${p.row}: reported ${p.reported}, computed ${p.computed}.`,
    partsMismatch: (p) =>
      `${p.address}: the target and result cells hold different numbers of lines (${p.targets} and ${p.results}); the cell was read as one indicator.`,
    targetInResultUnit: (p) =>
      `${p.address}: the target cell puts one target in two units ("${p.text}"); the result is compared with the line in its own unit, "${p.line}".`,
    mixedKinds: (p) =>
      `${p.address}: the target and the result are not of the same kind (number and text), so this indicator is not evaluated.`,
    mergedAttainmentCell: (p) =>
      `${p.address}: the attainment cell is part of a merged area, so nothing was written there.`,
    periodChosen: (p) =>
      p.target === p.result
        ? `${p.address}: the table has several ${p.only === "result" ? "result" : "target"} columns; took "${p.target}" (left aside ${p.others}); another column can be chosen.`
        : `${p.address}: the table shows several periods; took "${p.target}" as the target and "${p.result}" as the result (left aside ${p.others}); other columns can be chosen.`,
    approximateValue: (p) =>
      `${p.address}: "${p.text}" is approximate${p.scored ? "; it was scored as the number written" : ""}.`,
    unusualNumber: (p) => `${p.address}: "${p.text}" writes its figure in an unusual way; it was read as ${p.value}.`,
    footnoteMark: (p) =>
      `${p.address}: "${p.text}" carries a footnote mark before its figure; it was read as ${p.value}.`,
    boundInResult: (p) =>
      `${p.address}: the result "${p.text}" is a bound${p.scored ? "; it was scored as the number written" : ""}.`,
    rangeResult: (p) =>
      `${p.address}: the result "${p.text}" is a range${p.scored ? "; it was scored at its midpoint" : ""}.`,
    beyondRange: (p) =>
      `${p.address}: the target "${p.text}" is a range and the result lies beyond it; it was judged exceeded.`,
    ambiguousNumber: (p) =>
      `${p.address}: "${p.text}" may be thousands or decimals and its column does not tell; a dot was read as thousands, a comma as decimals.`,
    directionFromTableLine: (p) =>
      `Row ${p.row}: "${p.text}": lines that state no direction of their own are scored ${p.direction === "lower" ? "lower is better" : "higher is better"}; each line's direction can be changed.`,
    directionInferred: (p) =>
      `Row ${p.row}: ${p.direction === "lower" ? "lower is better" : "higher is better"} from the indicator's wording ("${p.term}"); the direction can be changed.`,
    numberFromSentence: (p) => `${p.address}: read the figure ${p.value} from the sentence "${p.text}".`,
    boundExceeded: (p) =>
      `Row ${p.row}: "${p.result}" is within the bound "${p.target}", so it is exceeded; if the bound is a standard to keep, it is met.`,
    boundStatus: (p) =>
      `Row ${p.row}: "${p.result}" is beyond the bound "${p.target}", so it is exceeded; the document says "${p.reported}" (the bound is met), which is a fair reading too.`,
    standardReached: (p) =>
      `${p.address}: "${p.text}" says the standard the indicator names was reached, but there is no target to compare with, so it is not evaluated; enter the target if this line is one.`,
    statusFromWords: (p) =>
      `${p.address}: the result "${p.text}" has no figure; the status follows its words, with no rate.`,
    directionFromReported: (p) =>
      `Row ${p.row}: the reported rate is reproduced only as lower-is-better, so it was scored that way; the direction can be changed.`,
    methodUnclear: (p) =>
      `No method reproduces the reported rates (${p.kind === "percent" ? "indicators in %" : p.kind === "amount" ? "indicators in amounts" : "indicators without a unit"}: at best ${p.best} of ${p.compared}); the default method was used.`,
    declaredCount: (p) =>
      `Row ${p.row}: the heading declares ${pad(p.declared)} indicators, the table holds ${pad(p.found)} at that level; the narrative counts what the table holds.`,
    changeValue: (p) =>
      `${p.address}: "${p.text}" is a change; it was read as ${p.value}${Number(p.value) < 0 ? " (a fall, the larger the better)" : ""}.`,
    reportedWithinRounding: (p) =>
      `Row ${p.row}: reported ${p.reported}, computed ${p.computed}; the difference is within the rounding of the figures, so it is not counted as a discrepancy.`,
    targetFromBounds: (p) =>
      `${p.address}: the column "${p.target}" is not named a target but holds bounds ("${p.sample}"), so it was taken as the target, the latest year as the result; the columns can be chosen.`,
    targetFromValues: (p) =>
      `${p.address}: the column "${p.label}" holds the indicators' names, so it is the label; the column "${p.target}" (holding figures) was taken as the target; the columns can be chosen.`,
    directionFromVerdict: (p) =>
      `Row ${p.row}: nothing says which way is better; the document's "${p.reported}" fits only lower-is-better, so the line was scored that way; the direction can be changed.`,
    withinTolerance: (p) =>
      `Row ${p.row}: the result ${p.result} is a little short of the target ${p.target}, but the document says "${p.reported}" (within the tolerance band): read as met.`,
    farFromTarget: (p) =>
      `Row ${p.row}: the result "${p.result}" is more than a hundred times worse than the target "${p.target}"; the target may belong to another line or be in another unit; judged as typed.`,
    percentOfBase: (p) =>
      `Row ${p.row}: the unit "${p.unit}" is a percent of a base, so the line was scored as an amount (result ÷ target = ${p.rate}); in points it would be ${p.points}; another method can be chosen.`,
    methodFromNote: (p) =>
      `Row ${p.row}: the notes give the gap to the plan in percentage points ("${p.text}"), so this line is scored in points (100 + result − target); another method can be chosen.`,
    methodFromWords: () =>
      `No rate could be compared; the document states its excesses over the plan in words ("vượt 13,9%") or shares of a plan it does not print ("bằng 111%"), so indicators in % are scored by ratio too (result ÷ target); another method can be chosen.`,
    looseStatus: (p) =>
      `Row ${p.row}: the document says "${p.reported}" (broadly met) for the group; this line alone is "${STATUS_LABELS.en[p.computed as Status] ?? p.computed}".`,
    partYearCount: (p) =>
      `Row ${p.row}: the "${p.part}" count is part of the year against the whole year's aim; not evaluated before the year ends.`,
    partYearRate: (p) =>
      `Row ${p.row}: the rate to "${p.part}" is progress towards the whole year's target (it moves until the year ends), not the year's result: not evaluated.`,
    partYear: (p) =>
      `Row ${p.row}: "${p.part}" is part of the year, set against the whole year's target; the result is not the year's, so its status is not the year's verdict.`,
    targetAgainstPrevious: (p) =>
      `Row ${p.row}: the target "${p.target}" states a direction only; the result ${p.result} was compared with the previous period's ${p.previous} beside it.`,
    rateWithoutTarget: (p) =>
      p.reported === ""
        ? `Row ${p.row}: the table has no target to compare with, and the line has no rate or verdict of the document's; not evaluated.`
        : `Row ${p.row}: the document gives ${p.reported} % of a target it does not print, which cannot be checked; not evaluated (the period may not be over, and the document gives no verdict).`,
    noTargetColumn: (p) =>
      `The table has no target column, only "${p.result}"${p.rate === "" ? "" : ` and "${p.rate}": the rates are kept as shown and cannot be checked`}; lines the document judges (exceeded, met) take its verdict, the others are not evaluated; a target column can be chosen.`,
    statusFromTableLine: (p) =>
      `Row ${p.row}: no target to compare with; judged met from the sentence above the table ("${p.text}").`,
    verdictInWords: (p) =>
      `Row ${p.row}: the target is not printed; judged "${STATUS_LABELS.en[p.status as Status] ?? p.status}" from the words in cell ${p.cell} ("${p.text}").`,
    statusFromClosingLine: (p) =>
      `Row ${p.row}: no target; the note "${p.note}" and the table's closing sentence in row ${p.line} ("${p.text}") say the line passed its target: judged exceeded by the document's words.`,
    statusFromList: (p) =>
      `Row ${p.row}: no target to compare with; judged "${STATUS_LABELS.en[p.status as Status] ?? p.status}" from the list the line sits in ("${p.text}").`,
    statusFromNote: (p) =>
      `Row ${p.row}: no target to compare with; judged "${STATUS_LABELS.en[p.status as Status] ?? p.status}" from the line's note ("${p.text}").`,
    directionFromList: (p) =>
      `Row ${p.row}: nothing says which way is better; the line is listed under "${p.text}", which fits only lower-is-better, so it was scored that way; the direction can be changed.`,
    listVerdictDiffers: (p) =>
      `Row ${p.row}: listed under "${p.text}", but computed "${STATUS_LABELS.en[p.computed as Status] ?? p.computed}".`,
    noResultColumn: (p) =>
      `The table holds targets only ("${p.target}"), no result column: it is a plan, and no line is evaluated yet; once there are results, a result column can be chosen.`,
    targetNextPeriod: (p) =>
      `The column "${p.target}" holds the next period's targets, not the targets of "${p.result}": the lines have no target to compare with (any reported rate is against a target not printed); the columns can be chosen.`,
    targetTimeLimit: (p) =>
      `Row ${p.row}: the target "${p.target}" is the time limit the label names; the result is the share within it, compared with 100 % (all within the limit).`,
    targetFromLabel: (p) =>
      `Row ${p.row}: the target column holds an estimate (${p.target}); the line is judged against the standard its label states ("${p.label}").`,
    targetInLabel: (p) =>
      `Row ${p.row}: no target is typed; the line is judged against the standard its label states ("${p.label}").`,
    judgedByShare: (p) =>
      `Row ${p.row}: the document prints no plan, only the share ${p.reported}${p.unit ? ` ${p.unit}` : ""} of the plan for the period reported on; judged from the reported share: "${STATUS_LABELS.en[p.status as Status] ?? p.status}" (the share kept as typed).`,
    statusFromReported: (p) =>
      `Row ${p.row}: no figures to compare; judged "${STATUS_LABELS.en[p.status as Status] ?? p.status}" from the document's own comparison column ("${p.reported}").`,
    verdictMissing: (p) =>
      `Row ${p.row}: the document's status column gives this line no verdict, where it gives most lines one; judged "${STATUS_LABELS.en[p.status as Status] ?? p.status}" from its figures.`,
    targetInResultCell: (p) =>
      `Row ${p.row}: the cell holds the target and its actual ("${p.target}", then "Actual: ${p.result}"): the line is judged against the target in the cell.`,
    groupVerdict: (p) =>
      `Row ${p.row}: the document writes "${p.reported}" on the group heading, whose figures are on the ${p.lines} lines below; the heading itself is not evaluated.`,
    groupVerdictDiffers: (p) =>
      `Row ${p.row}: the document says "${p.reported}" for the group (row ${p.group}); this line alone is "${STATUS_LABELS.en[p.computed as Status] ?? p.computed}".`,
    secondTarget: (p) =>
      `Row ${p.row}: the same result as row ${p.previous}, against another target (${p.target} instead of ${p.other}); one result with two targets, check which applies.`,
    noteFigures: (p) =>
      `Row ${p.row}: the note says "${p.note}", which differs from the line's figures (result ${p.result}, target ${p.target}); scored by the line's figures.`,
    reportedFractions: (p) =>
      `${p.address}: the column "${p.header}" gives rates as fractions (1.05 for 105%); they were read times 100.`,
    reportedGaps: (p) =>
      `${p.address}: the column "${p.header}" gives the gap to the target (result − target), not a rate; it was checked as a gap and the rate computed apart.`,
    otherPeriodVerdict: (p) =>
      `Row ${p.row}: the result ${p.result} is judged against the target ${p.target}, but another period's figure on the line (${p.other}) falls on the other side; the table does not say which period the target is for, so check it.`,
    goalDueLater: (p) =>
      `Row ${p.row}: the goal is due in ${p.due}, after the result's period (${p.result}); it was compared as this period's goal, so check it.`,
    labelVerdict: (p) =>
      `Row ${p.row}: the line's text says "${p.verdict}" but the result ${p.result} falls short of the target ${p.target}; judged by the figures (the table may allow a tolerance it does not print).`,
    targetsCountShort: (p) =>
      `Row ${p.row}: this line counts targets (${p.result} of ${p.target} reached), not an amount; the table does not name the targets missed: check them one by one.`,
    gradeStatus: (p) =>
      `Row ${p.row}: the status column grades the line "${p.reported}" (a grade, not a verdict on the target); computed "${STATUS_LABELS.en[p.computed as Status] ?? p.computed}".`,
    statusDiscrepancy: (p) =>
      `Row ${p.row}: the status column says "${p.reported}", computed "${STATUS_LABELS.en[p.computed as Status] ?? p.computed}".`,
    targetFromNote: (p) =>
      `Row ${p.row}: no target is typed; the target is taken as the result less the excess the comment states ("${p.text}"), which the printed rate bears out.`,
    notesVerdict: (p) =>
      `Row ${p.row}: the comment says "${p.reported}", but the figures give "${STATUS_LABELS.en[p.computed as Status] ?? p.computed}"; the line is judged by its figures.`,
    notScoredByDocument: (p) =>
      `Row ${p.row}: the document says "${p.text}" (the line is not scored), so this indicator is not evaluated.`,
    directionReduction: (p) =>
      `Row ${p.row}: a "giảm …" (reduce) line may give the size of the fall (higher is better) or the level to reach (lower is better); scored as the fall, the direction can be changed.`,
    directionUnclear: (p) =>
      `Row ${p.row}: "${p.term}" can be read either way (spending less than planned is better, or doing the plan in full is); scored higher-is-better, the direction can be changed.`,
    directionNeutral: (p) =>
      `Row ${p.row}: "${p.term}" is a workload that follows demand, or a level a policy sets: more or less than the target is not plainly better or worse; scored higher-is-better, the direction can be changed.`,
    directionReportingSought: (p) =>
      `Row ${p.row}: "${p.term}" is a harm people are asked to report: more reports may be more reporting rather than more harm, so its count is not read as lower-is-better; scored higher-is-better, the direction can be changed.`,
    oppositeResult: (p) =>
      `${p.address}: the result "${p.text}" is the opposite of what the indicator measures (below zero), and was scored so.`,
    remarkLine: (p) =>
      `${p.address}: the line "${p.text}" in the cell is a remark on the figure above it, not an indicator of its own.`,
    strictBound: (p) =>
      `${p.address}: "${p.text}" leaves the number itself out (a strict bound); the result equals it, so it is not met, with no rate.`,
    zeroTarget: (p) =>
      `${p.address}: a target of ${p.text} on a higher-is-better line is passed by any result (often a line for information only), so it is not evaluated; change the direction if lower is better.`,
    zeroTargetPassed: (p) =>
      `${p.address}: a target of ${p.text} on a higher-is-better line is passed by any result; it was judged exceeded, check the target.`,
  },
};

/** Figures as the language writes them: a decimal comma in Vietnamese ("42,85"); texts as typed. */
function localFigures(params: Params | undefined, lang: Lang): Params | undefined {
  if (lang !== "vi" || !params) return params;
  let out: Params | undefined;
  for (const key in params) {
    const v = params[key];
    if (typeof v === "number" && !Number.isInteger(v)) (out ??= { ...params })[key] = String(v).replace(".", ",");
  }
  return out ?? params;
}

/** A warning in words, in the given language. Example: "Dòng 21: báo cáo 180, tính được 108." */
export function describeWarning(warning: Warning, lang: Lang): string {
  return WARNINGS[lang][warning.code]({ address: warning.address ?? "", ...localFigures(warning.params, lang) });
}

/** Cells as one list, a run of cells down one column as a range: "D6:D13, F9". */
function cellList(cells: readonly { row: number; col: number }[]): string {
  const out: string[] = [];
  let run: CellRange | null = null;
  for (const { row, col } of cells) {
    if (run && col === run.left && row === run.bottom + 1) {
      run.bottom = row;
      continue;
    }
    if (run) out.push(rangeToA1(run));
    run = { top: row, left: col, bottom: row, right: col };
  }
  if (run) out.push(rangeToA1(run));
  return out.join(", ");
}

/** A line of the warnings a person reads: its words, and the first of the warnings it says (its cell for "Đến ô"). */
export interface WarningLine {
  text: string;
  first: Warning;
}

/**
 * The warnings in words for a list a person reads (the panel, the summary sheet, the command line): warnings that
 * say the same of several cells are one line naming the cells ("D6:D13: ô chỉ tiêu để trống, …"), in the order first
 * met. Each warning stays its own in the JSON.
 */
export function groupWarnings(warnings: readonly Warning[], lang: Lang): WarningLine[] {
  // Each line: a whole text, or the words after the address and the cells they are said of.
  type Cell = { row: number; col: number };
  const lines: { text: string; first: Warning; cells: Cell[] | null }[] = [];
  const byWords = new Map<string, Cell[]>();
  for (const w of warnings) {
    const text = describeWarning(w, lang);
    const prefix = `${w.address}: `;
    const at = w.address && text.startsWith(prefix) ? parseA1(w.address) : null;
    if (!at) {
      lines.push({ text, first: w, cells: null });
      continue;
    }
    const words = text.slice(prefix.length);
    const cells = byWords.get(words);
    if (cells) cells.push(at);
    else {
      const list = [at];
      byWords.set(words, list);
      lines.push({ text: words, first: w, cells: list });
    }
  }
  return lines.map((l) => ({ text: l.cells ? `${cellList(l.cells)}: ${l.text}` : l.text, first: l.first }));
}

/** The warnings' lines as text (`groupWarnings`). */
export const describeWarnings = (warnings: readonly Warning[], lang: Lang): string[] =>
  groupWarnings(warnings, lang).map((l) => l.text);

const ERRORS: Record<Lang, Record<EngineError["code"], Template>> = {
  vi: {
    noSheets: () => "Sổ làm việc không có trang tính nào.",
    sheetNotFound: (p) => `Không có trang tính "${p.sheet}" trong sổ làm việc (các trang có: ${p.available}).`,
    noTable: (p) =>
      `Không tìm thấy bảng chỉ tiêu${p.sheet ? ` trên trang "${p.sheet}"` : ""}: cần một dòng tiêu đề có cột chỉ tiêu (ví dụ "Chỉ tiêu Nghị quyết", "Kế hoạch") và cột kết quả (ví dụ "Kết quả đạt được", "Thực hiện").`,
    badMapping: (p) =>
      p.reason === "duplicate"
        ? "Cột nội dung, cột chỉ tiêu và cột kết quả phải là ba cột khác nhau."
        : `Cột được chọn cho vai trò ${p.role} không hợp lệ (${p.detail}).`,
    badOption: (p) => `Tuỳ chọn ${p.option} không hợp lệ: ${p.detail}.`,
    tableNotFound: (p) => `Trang "${p.sheet}" có ${p.count} bảng, không có bảng số ${p.table}.`,
    nothingKept: () =>
      "Sổ làm việc không giữ ô gốc nào để khôi phục: chưa từng được Tính tỷ lệ đạt ghi, hoặc đã được khôi phục rồi.",
  },
  en: {
    noSheets: () => "The workbook has no worksheets.",
    sheetNotFound: (p) => `There is no sheet "${p.sheet}" in the workbook (it has: ${p.available}).`,
    noTable: (p) =>
      `No indicator table found${p.sheet ? ` on sheet "${p.sheet}"` : ""}: expected a header row with a target column (e.g. "Target", "Plan", "Chỉ tiêu") and a result column (e.g. "Result", "Actual", "Thực hiện").`,
    badMapping: (p) =>
      p.reason === "duplicate"
        ? "The label, target and result must be three different columns."
        : `The column chosen for ${p.role} is not valid (${p.detail}).`,
    badOption: (p) => `The option ${p.option} is not valid: ${p.detail}.`,
    tableNotFound: (p) => `Sheet "${p.sheet}" has ${p.count} table(s), not a table number ${p.table}.`,
    nothingKept: () =>
      "The workbook keeps no original cells to restore: Compute attainment never wrote it, or it was restored already.",
  },
};

/** An engine error as one sentence saying what is wrong and what was expected. */
export function describeError(error: EngineError, lang: Lang): string {
  return ERRORS[lang][error.code](error.params);
}
