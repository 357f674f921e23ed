import { readNeutralQuantity } from "./readNeutralQuantity";

describe("readNeutralQuantity: counts of demand and policy levels, neither higher- nor lower-is-better", () => {
  it.each([
    ["# of Public Information Requests Processed", "requests"],
    ["# of Special Council Meetings and Work Sessions Attended", "meetings"],
    ["# of Board and Commission Members", "members"],
    ["Number of planning applications received", "applications"],
    ["Number of agenda items", "agenda items"],
    ["Số cuộc họp đã tổ chức", "cuoc hop"],
    ["Số hồ sơ tiếp nhận", "ho so tiep nhan"],
    ["% of Funds invested long-term", "funds invested"],
    ["% of Public Information Requests Responded to Within 10 Days", null],
    ["Members satisfied with the service (%)", null],
    ["# of Ordinances and Resolutions Indexed", null],
    ["Tỷ lệ hồ sơ giải quyết đúng hạn", null],
    ["", null],
  ])("%j → %j", (label, term) => expect(readNeutralQuantity(label)).toBe(term));
});
