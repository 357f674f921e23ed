import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./paths";

/** The newest modification time under the given files and folders (node_modules, dotfiles and unit tests left out). */
export function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const info = statSync(p);
    if (info.isDirectory()) {
      for (const name of readdirSync(p))
        if (!name.startsWith(".") && name !== "node_modules") visit(path.join(p, name));
    } else if (!/\.test\.tsx?$/.test(p)) newest = Math.max(newest, info.mtimeMs);
  };
  paths.forEach((p) => visit(path.resolve(ROOT, p)));
  return newest;
}

/** Whether every output exists and is newer than every input. */
export function isFresh(outputs: string[], inputs: string[]): boolean {
  const resolved = outputs.map((o) => path.resolve(ROOT, o));
  if (!resolved.every((o) => existsSync(o))) return false;
  const oldestOutput = Math.min(...resolved.map((o) => statSync(o).mtimeMs));
  return oldestOutput > newestMtime(inputs);
}

/** Runs webpack's command line from the repository root; rejects with its output when it fails. */
export function runWebpack(args: string[]): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`webpack ${args.join(" ")} exited with ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

let addinBuild: Promise<void> | null = null;

/** What the add-in build reads; dist/addin is rebuilt when any of it is newer than the pages. */
const ADDIN_INPUTS = ["src", "assets", "samples", "manifest.xml", "webpack.config.js", "package-lock.json"];

/**
 * Makes sure dist/addin holds a build of the current sources (task pane, standalone page, sample), building it
 * in production mode when it is missing or older than the sources. A build takes a minute or two.
 */
export function ensureAddinBuilt(): Promise<void> {
  addinBuild ??= isFresh(["dist/addin/index.html", "dist/addin/taskpane.html"], ADDIN_INPUTS)
    ? Promise.resolve()
    : runWebpack(["--config-name", "addin", "--mode", "production", "--stats", "errors-warnings"]);
  return addinBuild;
}

/** A build step may take this long (in ms); jest's default hook timeout is far shorter. */
export const BUILD_TIMEOUT_MS = 10 * 60 * 1000;

/** The bundled fake Excel host for the browser (see fakeHostPage.ts); rebuilt when test/fakes changes. */
export const FAKE_HOST_BUNDLE = path.join(ROOT, "test-results/e2e-build/fake-host.js");

/** Bundles the fake Excel host unless the bundle is newer than its sources. Takes a few seconds. */
export async function ensureFakeHostBuilt(): Promise<string> {
  const inputs = ["test/fakes", "test/e2e/support/fakeHostPage.ts", "test/e2e/support/fakeHost.webpack.cjs"];
  if (!isFresh([FAKE_HOST_BUNDLE], inputs))
    await runWebpack(["--config", "test/e2e/support/fakeHost.webpack.cjs", "--stats", "errors-warnings"]);
  return FAKE_HOST_BUNDLE;
}
