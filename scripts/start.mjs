#!/usr/bin/env node
/**
 * npm start.
 * Windows and macOS: trusted dev certificates (office-addin-dev-certs), the webpack dev server over https on
 * port 3000, then Excel with the add-in sideloaded (office-addin-debugging).
 * Elsewhere (no desktop Excel): the same dev server over http, serving the add-in pages and the standalone page.
 * The server's pid goes to dist/devserver.pid for `npm stop`. The Office tools' exit codes are not relied on:
 * they report success even when they did nothing (office-addin-debugging on Linux, office-addin-dev-certs
 * when it cannot trust its certificate authority).
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PID_FILE = path.join(ROOT, "dist", "devserver.pid");
const PORT = Number(process.env.PORT || 3000);
const require = createRequire(import.meta.url);
const desktop = process.platform === "win32" || process.platform === "darwin";

/** The https options of office-addin-dev-certs (creates and trusts the certificates on first use). */
async function httpsOptions() {
  const { getHttpsServerOptions } = require("office-addin-dev-certs");
  return getHttpsServerOptions();
}

/** Fails readably when the port is taken (webpack-dev-server would throw it from a callback, uncatchable). */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(port, () => probe.close(resolve));
  });
}

/** Starts the "addin" webpack configuration in a dev server; returns the running server. */
async function startDevServer(https) {
  await assertPortFree(PORT);
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const [addin] = require(path.join(ROOT, "webpack.config.js"));
  const config = addin(https ? { https } : {}, { mode: "development" });
  config.mode = "development";
  config.stats = "errors-warnings";
  config.infrastructureLogging = { level: "warn" };
  const devServer = {
    ...config.devServer,
    port: PORT,
    ...(https ? { server: { type: "https", options: https } } : { server: "http" }),
  };
  const server = new WebpackDevServer(devServer, webpack(config));
  await server.start();
  mkdirSync(path.dirname(PID_FILE), { recursive: true });
  writeFileSync(PID_FILE, String(process.pid));
  const stop = async () => {
    rmSync(PID_FILE, { force: true });
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return server;
}

/** The office-addin-debugging command line, or null where it is not installed (it is optional: keytar). */
function debuggingCli() {
  try {
    const pkgFile = require.resolve("office-addin-debugging/package.json");
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
    const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.["office-addin-debugging"];
    return bin ? path.join(path.dirname(pkgFile), bin) : null;
  } catch {
    return null;
  }
}

/** Starts everything for this platform. */
async function main() {
  if (desktop) {
    const cli = debuggingCli();
    if (!cli) {
      process.stderr.write(
        "office-addin-debugging is not installed; run `npm install` on this computer (it is an optional dependency), then `npm start` again.\n",
      );
      process.exit(1);
    }
    const https = await httpsOptions();
    await startDevServer(https);
    process.stdout.write(`Dev server: https://localhost:${PORT}/taskpane.html — starting Excel with the add-in…\n`);
    // The dev server is already up, so --dev-server-port makes the tool use it instead of starting its own.
    const child = spawn(
      process.execPath,
      [cli, "start", path.join(ROOT, "manifest.xml"), "desktop", "--app", "excel", "--dev-server-port", String(PORT)],
      {
        cwd: ROOT,
        stdio: "inherit",
      },
    );
    child.on("error", (error) => process.stderr.write(`Could not start Excel: ${error.message}\n`));
  } else {
    await startDevServer(null);
    process.stdout.write(
      `Không có Excel trên máy này / No Excel on this machine: the add-in pages and the standalone page are served at http://localhost:${PORT}/index.html\n`,
    );
  }
}

main().catch((error) => {
  const reason =
    error?.code === "EADDRINUSE"
      ? `port ${PORT} is in use (is npm start already running? npm stop ends it)`
      : (error?.message ?? String(error));
  process.stderr.write(`npm start failed: ${reason}\n`);
  process.exit(1);
});
