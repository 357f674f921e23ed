/**
 * Browser entry of the simulated Excel host: bundled into test-results/e2e-build/fake-host.js and run before the
 * task pane's own scripts (playwright's addInitScript), so the page finds `Office` and `Excel` already there.
 */
import { installFakeOffice, type FakeHost, type FakeOfficeOptions } from "../../fakes/installFakeOffice";
import { seedSheet, type SeedSheet } from "../../fakes/seedWorkbook";

/** What the tests reach through `window.__attainmentFakeExcel`. */
export interface FakeExcelHandle {
  install(seeds: SeedSheet[], options: FakeOfficeOptions): FakeHost;
  host: FakeHost | null;
}

const handle: FakeExcelHandle = {
  host: null,
  install(seeds, options) {
    const host = installFakeOffice(window, options);
    for (const seed of seeds) seedSheet(host.workbook, seed);
    handle.host = host;
    return host;
  },
};

(window as unknown as { __attainmentFakeExcel: FakeExcelHandle }).__attainmentFakeExcel = handle;
