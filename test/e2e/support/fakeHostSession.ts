import type { Browser } from "playwright-core";
import type { SeedSheet } from "../../fakes/seedWorkbook";
import { launchChromium } from "./browser";
import { BUILD_TIMEOUT_MS, ensureAddinBuilt, ensureFakeHostBuilt } from "./buildOnce";
import { DIST, SAMPLE } from "./paths";
import { seedsFromFile } from "./sampleSeed";
import { startStaticServer, type StaticServer } from "./staticServer";

/** What a test file of the task pane over the simulated Excel shares between its tests. */
export interface FakeHostSession {
  browser: Browser;
  /** The built pages (dist/addin), served over http. */
  server: StaticServer;
  /** The simulated Excel's script, injected into each page. */
  bundle: string;
  /** The sample workbook's sheets, as the simulated Excel is seeded with them. */
  seeds: SeedSheet[];
}

/** Sets the session up before the file's tests (Chromium, the builds, the server, the sample) and closes it after. */
export function useFakeHostSession(): FakeHostSession {
  const session = {} as FakeHostSession;
  beforeAll(async () => {
    session.browser = await launchChromium();
    [session.bundle, session.seeds] = await Promise.all([
      ensureFakeHostBuilt(),
      seedsFromFile(SAMPLE),
      ensureAddinBuilt(),
    ]);
    session.server = await startStaticServer(DIST);
  }, BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
