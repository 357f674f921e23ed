/** The pages' boot: the inline ES5 check (bootCheck.js, inlined by webpack) and the bundles' start signal. */
export { signalStarted } from "./signalStarted";
export type { BootCheck } from "./signalStarted";
