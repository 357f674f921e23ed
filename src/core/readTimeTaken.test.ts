import { readTimeTaken } from "./readTimeTaken";

describe("readTimeTaken: a time limit in the label over a line measured in that time", () => {
  it.each([
    [
      "Reply to your emails and online enquiries to our central contact centre within 5 working days on average.",
      "working days",
      "within 5 working days",
    ],
    ["Acknowledge and record your complaint within 5 working days.", "working days", "within 5 working days"],
    ["Resolve your complaint within 15 working days on average.", "Working days", "within 15 working days"],
    ["Respond to complaints within 10 days", "days", "within 10 days"],
    ["Attend emergency repairs in under 4 hours", "hours", "in under 4 hours"],
    ["Giải quyết hồ sơ trong vòng 7 ngày", "ngày", "trong vong 7 ngay"],
    ["Answer calls within two minutes", "minutes", "within two minutes"],
    // A share kept within the limit is better higher; a count of days given is not a time taken.
    ["Calls answered within 20 seconds", "%", null],
    ["Complaints responded to within 10 working days", "%", null],
    ["Days of training delivered", "days", null],
    // The limit and the unit of different kinds: the figure is not the time the limit sets.
    ["Repairs completed within 28 days", "hours", null],
    ["Reply within 5 working days", null, null],
    ["", "days", null],
  ])("%j in %j → %j", (label, unit, term) => expect(readTimeTaken(label, unit)).toBe(term));
});
