/** What the inline boot check (bootCheck.js) puts on the window. */
export interface BootCheck {
  /** "trident" | "edgehtml" | "old" when the engine is too old, else null. */
  engine: string | null;
  /** Tells the boot check the bundle runs; false when the engine was judged too old. */
  started(): boolean;
}

declare global {
  interface Window {
    /** Set by the inline boot check before any bundle runs. */
    attainmentBoot?: BootCheck;
  }
}

/**
 * Tells the page's boot check that this bundle parsed and started, so it does not show its "did not start"
 * message. Returns false when the boot check judged the engine too old and is showing its message: the entry
 * then does nothing. A page without the boot check (tests) gets true.
 */
export function signalStarted(win: Pick<Window, "attainmentBoot">): boolean {
  return win.attainmentBoot ? win.attainmentBoot.started() : true;
}
