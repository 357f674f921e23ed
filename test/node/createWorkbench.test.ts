import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli";
import { DEFAULT_SETTINGS } from "../../src/core";
import { createWorkbench, SAVE_DELAY_MS, type Timers } from "../../src/ui/Workbench/createWorkbench";
import { createFakePort, createInPlacePort } from "../dom/fakePort";

/** Timers the test moves by hand. */
function manualTimers() {
  let pending: { run: () => void; at: number } | null = null;
  let now = 0;
  const timers: Timers = {
    setTimeout: (run, ms) => (pending = { run, at: now + ms }),
    clearTimeout: () => (pending = null),
  };
  const advance = (ms: number) => {
    now += ms;
    if (pending && pending.at <= now) {
      const { run } = pending;
      pending = null;
      run();
    }
  };
  return { timers, advance };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the panel's state machine, without a DOM", () => {
  it("reads the overview, then previews the table it found", async () => {
    const { port } = createFakePort({ store: { settings: null } });
    const machine = createWorkbench(port, manualTimers().timers);
    const states: string[] = [];
    machine.subscribe(() => states.push(machine.getState().load.state));
    machine.start();
    await settled();
    expect(machine.getState().load.state).toBe("ready");
    expect(machine.getState().preview.analysis?.indicators).toHaveLength(8);
    expect(states[0]).toBe("ready");
  });

  it("drops a preview answered after a newer one was asked", async () => {
    const { port } = createFakePort();
    const machine = createWorkbench(port, manualTimers().timers);
    machine.start();
    await settled();
    let releaseSlow: () => void = () => {};
    port.preview.mockImplementationOnce(
      () =>
        new Promise(
          (resolve) =>
            (releaseSlow = () =>
              resolve({ ok: false, error: { kind: "engine", error: { code: "badOption", params: {} } } })),
        ),
    );
    machine.update({ method: "ratio" });
    machine.update({ method: "points" });
    await settled();
    releaseSlow();
    await settled();
    expect(machine.getState().preview).toMatchObject({ pending: false, error: null });
    expect(machine.getState().preview.analysis?.method).toBe("points");
  });

  it("saves once the changes stop, and whatever is pending when it stops", async () => {
    const { port } = createFakePort();
    const { timers, advance } = manualTimers();
    const machine = createWorkbench(port, timers);
    machine.start();
    await settled();
    machine.update({ decimals: 1 });
    advance(SAVE_DELAY_MS - 1);
    machine.update({ decimals: 2 });
    advance(SAVE_DELAY_MS - 1);
    expect(port.saveSettings).not.toHaveBeenCalled();
    advance(1);
    expect(port.saveSettings).toHaveBeenCalledTimes(1);
    expect(port.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ decimals: 2 }));
    machine.update({ liveFormulas: false });
    machine.stop();
    expect(port.saveSettings).toHaveBeenCalledTimes(2);
  });

  it("runs one computation at a time, reports its progress, then saves and previews again", async () => {
    const { port, control } = createFakePort();
    const machine = createWorkbench(port, manualTimers().timers);
    machine.start();
    await settled();
    control.holdCompute();
    const run = machine.compute();
    void machine.compute();
    expect(machine.getState().run.state).toBe("running");
    control.release();
    await run;
    expect(port.compute).toHaveBeenCalledTimes(1);
    const state = machine.getState().run;
    expect(state.state === "done" && state.outcome.appendix?.role).toBe("appendix");
    expect(port.saveSettings).toHaveBeenCalledTimes(1);
    expect(port.preview).toHaveBeenCalledTimes(2);
  });

  it("ignores answers that arrive after it stopped", async () => {
    const { port } = createFakePort();
    const machine = createWorkbench(port, manualTimers().timers);
    machine.start();
    machine.stop();
    await settled();
    expect(machine.getState().load.state).toBe("loading");
  });
});

describe("the panel's state machine on a port that writes in place", () => {
  it("asks before the first run that writes over typed cells, and only once: the answer is saved", async () => {
    const { port, store } = createInPlacePort();
    const machine = createWorkbench(port, manualTimers().timers);
    machine.start();
    await settled();
    await machine.compute();
    // The fixture reports rates by hand: the run would write over them, one of which (180) differs.
    expect(machine.getState().ask).toEqual({ typed: expect.any(Number), disagree: 1 });
    expect(port.compute).not.toHaveBeenCalled();
    machine.cancelOverwrite();
    expect(machine.getState().ask).toBeNull();

    await machine.compute();
    await machine.confirmOverwrite();
    expect(port.compute).toHaveBeenCalledTimes(1);
    expect(machine.getState().run.state).toBe("done");
    expect(store.settings).toMatchObject({ overwriteConfirmed: true });
    await machine.compute();
    expect(machine.getState().ask).toBeNull();
    expect(port.compute).toHaveBeenCalledTimes(2);
  });

  it("never asks on a port that gives a new file (the web page)", async () => {
    const { port } = createFakePort({ kind: "file" });
    const machine = createWorkbench(port, manualTimers().timers);
    machine.start();
    await settled();
    await machine.compute();
    expect(machine.getState().ask).toBeNull();
    expect(port.compute).toHaveBeenCalledTimes(1);
  });

  it("marks the results stale when a watched cell is edited, and stops watching on the next run", async () => {
    const { port, edits } = createInPlacePort({
      store: { settings: { ...DEFAULT_SETTINGS, overwriteConfirmed: true } },
    });
    const machine = createWorkbench(port, manualTimers().timers);
    machine.start();
    await settled();
    await machine.compute();
    await settled();
    // The target and result columns (C and D) over the table's rows.
    expect(port.watchEdits).toHaveBeenCalledWith(
      "Báo cáo 2021",
      [expect.objectContaining({ left: 2, right: 2 }), expect.objectContaining({ left: 3, right: 3 })],
      expect.any(Function),
    );
    edits.onEdit?.("D8");
    expect(machine.getState().stale).toEqual({ address: "D8" });
    await machine.compute();
    expect(edits.stop).toHaveBeenCalledTimes(1);
    expect(machine.getState().stale).toBeNull();
  });

  it("restores after a confirmation, forgets the run and reads the workbook again", async () => {
    const { port } = createInPlacePort({ store: { settings: { ...DEFAULT_SETTINGS, overwriteConfirmed: true } } });
    const machine = createWorkbench(port, manualTimers().timers);
    machine.start();
    await settled();
    await machine.compute();
    machine.askRestore();
    expect(machine.getState().restore).toEqual({ state: "confirming" });
    machine.cancelRestore();
    expect(machine.getState().restore).toEqual({ state: "idle" });
    machine.askRestore();
    await machine.restoreWorkbook();
    await settled();
    expect(machine.getState()).toMatchObject({
      restore: { state: "done", outcome: { restored: 3 } },
      run: { state: "idle" },
      load: { state: "ready" },
    });
    expect(port.overview).toHaveBeenCalledTimes(2);
  });
});

describe("attainment compute --docx", () => {
  it("writes the Word report beside the workbook", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "attainment-docx-"));
    const docx = path.join(dir, "bao-cao.docx");
    const out: string[] = [];
    const code = await main(
      ["compute", "samples/bao-cao-thi-dua-2021.xlsx", "--out", path.join(dir, "out.xlsx"), "--docx", docx],
      { stdout: (s) => out.push(s), stderr: (s) => out.push(s) },
    );
    expect(code).toBe(0);
    const bytes = readFileSync(docx);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("refuses a --docx name that is not a .docx file", async () => {
    const err: string[] = [];
    const code = await main(["compute", "samples/bao-cao-thi-dua-2021.xlsx", "--docx", "report.pdf"], {
      stdout: () => {},
      stderr: (s) => err.push(s),
    });
    expect(code).toBe(2);
    expect(err.join("")).toContain("--docx cần tên một tệp .docx.");
  });
});
