/**
 * Runs a conformance case (conformanceCases.ts) against one adapter: the same starting workbook for the adapter
 * and the oracle; for each run, the plan the adapter's own read gives, lowered with the case's capabilities,
 * applied by the oracle to its model and by the adapter to its workbook; then the two are compared.
 */
import {
  lowerPlan,
  type Settings,
  type WorkbookPlan,
  type WriteCapabilities,
  type WriteNoticeCode,
} from "../../src/core";
import { applyStepsToModel } from "./applyStepsToModel";
import { compareModels, type CompareOptions } from "./compareModels";
import { runSettings, type ConformanceCase } from "./conformanceCases";
import type { WorkbookModel } from "./workbookModel";

/** What the harness needs from an adapter (the Office adapter over the fake host, the file adapter over files). */
export interface ConformanceAdapter {
  /** Starts from this workbook (for the Office adapter: a fresh fake host at the case's ExcelApi version). */
  load(model: WorkbookModel, caseInfo: ConformanceCase): Promise<void>;
  /** Applies an edit of the officer's; by default the harness dumps, changes and loads again. */
  edit?(change: (model: WorkbookModel) => WorkbookModel): Promise<void>;
  /** The capabilities the adapter writes with now (must equal the case's). */
  capabilities(): WriteCapabilities;
  /** The plan the engine makes from the workbook as the adapter reads it now, without writing. */
  plan(settings: Settings): Promise<WorkbookPlan>;
  /** One run of the product; resolves to the notices it reported, rejects when the run failed. */
  compute(settings: Settings): Promise<WriteNoticeCode[]>;
  /** The workbook as it is now, in the model's shape. */
  dump(): Promise<WorkbookModel>;
}

/** Every difference found, each line prefixed with the run it appeared in; empty when the adapter conforms. */
export async function runConformanceCase(
  c: ConformanceCase,
  adapter: ConformanceAdapter,
  options: CompareOptions = {},
): Promise<string[]> {
  const out: string[] = [];
  let oracle = c.seed();
  await adapter.load(oracle, c);
  out.push(...compareModels(await adapter.dump(), oracle, options).map((l) => `seed: ${l}`));
  if (JSON.stringify(adapter.capabilities()) !== JSON.stringify(c.caps))
    out.push(`capabilities ${JSON.stringify(adapter.capabilities())} ≠ ${JSON.stringify(c.caps)}`);
  for (const run of c.runs) {
    if (run.edit) {
      const change = run.edit;
      oracle = change(oracle);
      if (adapter.edit) await adapter.edit(change);
      else await adapter.load(change(await adapter.dump()), c);
    }
    const settings = runSettings(run);
    const lowered = lowerPlan(await adapter.plan(settings), c.caps);
    oracle = applyStepsToModel(oracle, lowered.steps);
    const notices = await adapter.compute(settings);
    const prefix = `${run.label}: `;
    if (JSON.stringify([...notices].sort()) !== JSON.stringify([...lowered.notices].sort()))
      out.push(`${prefix}notices ${JSON.stringify(notices)} ≠ ${JSON.stringify(lowered.notices)}`);
    out.push(...compareModels(await adapter.dump(), oracle, options).map((l) => prefix + l));
  }
  return out;
}

/** The oracle's workbook after every run of a case, given the plans (for tests of the oracle itself). */
export function expectedModel(seed: WorkbookModel, plans: WorkbookPlan[], caps: WriteCapabilities): WorkbookModel {
  return plans.reduce((model, plan) => applyStepsToModel(model, lowerPlan(plan, caps).steps), seed);
}
