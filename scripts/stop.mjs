#!/usr/bin/env node
/**
 * npm stop: undoes npm start. On Windows and macOS, office-addin-debugging stop (unregisters the sideloaded
 * add-in and closes what it started); everywhere, stops the dev server whose pid npm start wrote to dist/.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PID_FILE = path.join(ROOT, "dist", "devserver.pid");
const require = createRequire(import.meta.url);

if (process.platform === "win32" || process.platform === "darwin") {
  try {
    const pkgFile = require.resolve("office-addin-debugging/package.json");
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
    const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.["office-addin-debugging"];
    // Its exit code says nothing useful; what it prints is shown as is.
    spawnSync(process.execPath, [path.join(path.dirname(pkgFile), bin), "stop", path.join(ROOT, "manifest.xml")], {
      cwd: ROOT,
      stdio: "inherit",
    });
  } catch {
    process.stdout.write("office-addin-debugging is not installed; nothing to unregister.\n");
  }
}

let pid = NaN;
try {
  pid = Number(readFileSync(PID_FILE, "utf8").trim());
} catch {
  // No pid file: npm start is not running (or was stopped already).
}
if (Number.isInteger(pid) && pid > 0) {
  try {
    process.kill(pid, "SIGTERM");
    process.stdout.write(`Stopped the dev server (pid ${pid}).\n`);
  } catch (error) {
    process.stdout.write(
      error.code === "ESRCH"
        ? `The dev server (pid ${pid}) was not running.\n`
        : `Could not stop pid ${pid}: ${error.message}\n`,
    );
  }
  rmSync(PID_FILE, { force: true });
} else {
  process.stdout.write("No dev server to stop.\n");
}
