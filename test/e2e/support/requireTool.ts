import { accessSync, constants } from "node:fs";
import path from "node:path";

/** Where an executable is: an absolute path as given, else the first match on PATH; null when absent. */
export function findExecutable(name: string): string | null {
  const candidates = path.isAbsolute(name)
    ? [name]
    : (process.env.PATH ?? "")
        .split(path.delimiter)
        .filter(Boolean)
        .map((dir) => path.join(dir, name));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next directory
    }
  }
  return null;
}

/**
 * The path of a tool the tests cannot do without. A missing tool fails the test with the Debian package to
 * install, rather than skipping it: CI installs these packages, so their absence is a broken machine.
 * Example: `requireTool("soffice", "libreoffice-calc")`.
 */
export function requireTool(name: string, aptPackage: string): string {
  const found = findExecutable(name);
  if (!found) {
    throw new Error(
      `${name} is not installed, and this end-to-end test needs it. Install it with: apt-get install -y --no-install-recommends ${aptPackage}`,
    );
  }
  return found;
}
