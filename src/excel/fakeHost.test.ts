/**
 * Pins the Office.js behaviour of the fake host that the adapter's tests rely on
 * (load/sync rules, queued writes, how Excel interprets written strings, payload measurement).
 */
import { installFakeOffice, seedSheet, uninstallFakeOffice, type FakeHost } from "../../test/fakes";

let host: FakeHost;
beforeEach(() => {
  host = installFakeOffice(globalThis, { excelApi: "1.13" });
  seedSheet(host.workbook, { name: "S", values: [["a", 1]] });
});
afterEach(() => uninstallFakeOffice(globalThis));

describe("the fake Office host", () => {
  it("refuses to read a property before load and sync", async () => {
    /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- reading too early is what this test checks */
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      expect(() => range.values).toThrow(/not available/);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
    });
    /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
  });

  it("applies writes only at sync, counts syncs and measures the request", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A2").values = [["đạt"]];
      expect(host.workbook.sheet("S")!.cell(1, 0)).toBeUndefined();
      await context.sync();
    });
    expect(host.workbook.sheet("S")!.cell(1, 0)?.value).toBe("đạt");
    expect(host.syncs).toHaveLength(1);
    expect(host.syncs[0]!.requestBytes).toBe(40 + JSON.stringify([["đạt"]]).length + 3);
  });

  it.each([
    ["=1+1", { formula: "=1+1", value: null }],
    ["'=1+1", { value: "=1+1", quotePrefix: true }],
    ["+1+2", { formula: "=+1+2" }],
    ["-5", { value: -5 }],
    ["0123", { value: 123 }],
    ["95%", { value: 0.95, numberFormat: "0%" }],
    ["'0123", { value: "0123", quotePrefix: true }],
    ["#N/A", { value: "#N/A", error: true }],
  ])("interprets %p as Excel does", async (input, expected) => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("C1").values = [[input]];
      await context.sync();
    });
    expect(host.workbook.sheet("S")!.cell(0, 2)).toMatchObject(expected);
  });

  it("rejects a request above 5 MB and an API the host does not have", async () => {
    const big = [[`x${"y".repeat(6 * 1024 * 1024)}`]];
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    host.setExcelApi("1.5");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").conditionalFormats.clearAll();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("keeps earlier operations of a failed batch, like Excel", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("New");
        context.workbook.worksheets.add("s");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["S", "New"]);
  });

  it("reports a missing item as a null object after load", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Nope").load("name");
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
    });
  });

  it("keeps a name pointing at its sheet through a rename, and breaks it on delete", async () => {
    await Excel.run(async (context) => {
      context.workbook.names.add("Marker", "='S'!$A$1");
      context.workbook.worksheets.add("T");
      context.workbook.worksheets.getItem("S").name = "Renamed";
      const names = context.workbook.names.load("items/name,items/value");
      await context.sync();
      expect(names.items.map((n) => n.value)).toEqual(["Renamed!$A$1"]);
      context.workbook.worksheets.getItem("Renamed").delete();
      const after = context.workbook.names.load("items/value");
      await context.sync();
      expect(after.items.map((n) => n.value)).toEqual(["#REF!"]);
    });
  });
});
