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
  });

  it("counts the UTF-8 bytes of the real JSON of each request and response", async () => {
    const sizes = async (text: string) => {
      host.clearLogs();
      await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("S").getRange("A1:A1000");
        range.values = Array.from({ length: 1000 }, () => [text]);
        await context.sync();
        range.load("values");
        await context.sync();
      });
      return [host.syncs[0]!.requestBytes, host.syncs[1]!.responseBytes];
    };
    const [asciiRequest, asciiResponse] = await sizes("abc");
    const [vietRequest, vietResponse] = await sizes("đạt"); // 2 + 3 + 1 bytes in UTF-8
    expect(vietRequest! - asciiRequest!).toBe(3000);
    expect(vietResponse! - asciiResponse!).toBe(3000);
    // The request is the actions and object paths around the values: a little more than the values themselves.
    expect(asciiRequest).toBeGreaterThan(JSON.stringify(Array.from({ length: 1000 }, () => ["abc"])).length);
    expect(asciiRequest).toBeLessThan(JSON.stringify(Array.from({ length: 1000 }, () => ["abc"])).length + 400);
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

  it("rewrites formulas that refer to a renamed sheet, and turns them into #REF! when it is deleted", async () => {
    const notes = seedSheet(host.workbook, {
      name: "Ghi chú",
      values: [[null, null]],
      formulas: [["='S'!B1*2", '="S!B1"&S!A1']],
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").name = "Phụ lục";
      await context.sync();
    });
    expect([notes.cell(0, 0)?.formula, notes.cell(0, 1)?.formula]).toEqual([
      "='Phụ lục'!B1*2",
      "=\"S!B1\"&'Phụ lục'!A1",
    ]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Phụ lục").delete();
      await context.sync();
    });
    expect([notes.cell(0, 0)?.formula, notes.cell(0, 1)?.formula]).toEqual(["=#REF!*2", '="S!B1"&#REF!']);
  });

  it("clears conditional formats from the range's cells only, and clears a whole sheet with Range.clear", async () => {
    const sheet = host.workbook.sheet("S")!;
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      const rule = ws.getRange("A1:B10").conditionalFormats.add("Custom");
      rule.custom.rule.formula = "=TRUE";
      ws.getRange("B1:B10").conditionalFormats.clearAll();
      ws.getRange("C1:D1").merge();
      await context.sync();
    });
    expect(sheet.conditionalFormats.map((f) => f.ranges)).toEqual([[{ top: 0, left: 0, bottom: 9, right: 0 }]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange().clear("All");
      await context.sync();
    });
    expect([sheet.cells.size, sheet.merges, sheet.conditionalFormats]).toEqual([0, [], []]);
  });

  it("does not write into a cell hidden inside a merged area, and records the attempt", async () => {
    host.workbook.sheet("S")!.merges = [{ top: 1, left: 0, bottom: 1, right: 2 }];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A2:C2").values = [["top-left", null, "hidden"]];
      await context.sync();
    });
    expect(host.workbook.sheet("S")!.cell(1, 0)?.value).toBe("top-left");
    expect(host.workbook.sheet("S")!.cell(1, 2)).toBeUndefined();
    expect(host.failures).toEqual([{ api: "Range.values", sheet: "S", row: 1, col: 2 }]);
  });

  it("refuses merged areas above 512 in one range, and answers a response above 5 MB with Office's error", async () => {
    const sheet = host.workbook.sheet("S")!;
    sheet.merges = Array.from({ length: 513 }, (_, i) => ({ top: i, left: 3, bottom: i, right: 4 }));
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:E600").getMergedAreasOrNullObject().load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    for (let r = 0; r < 6000; r++)
      sheet.ensure(r, 0).value = "Ghi chú về chỉ tiêu thi đua của đơn vị, năm 2024 ".repeat(20);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A6000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
