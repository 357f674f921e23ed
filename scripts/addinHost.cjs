/**
 * Where the add-in is served from. Development uses https://localhost:3000 (npm start); a department's build
 * names its own host: `ADDIN_HOST=https://intranet.example.gov.vn/attainment npm run build` (or
 * `npm run build -- --env host=https://…`), and the manifest copied into dist/addin then points there.
 * Used by webpack.config.js and the tests.
 */
const DEV_ORIGIN = "https://localhost:3000";

/**
 * The deploy host from `--env host=` or ADDIN_HOST, without a trailing slash; null when neither is set.
 * Throws one sentence when it is not an https address Office can load pages from.
 * Example: resolveAddinHost({}, { ADDIN_HOST: "https://so-noi-vu.example.gov.vn/chi-tieu/" })
 *   → "https://so-noi-vu.example.gov.vn/chi-tieu".
 */
function resolveAddinHost(env = {}, environment = process.env) {
  const raw = (env && env.host) || environment.ADDIN_HOST;
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_HOST "${raw}" is not an address; give one such as https://addin.example.gov.vn/attainment`);
  }
  // Office on the web and Microsoft Marketplace load add-ins over https only; desktop Office warns otherwise.
  if (url.protocol !== "https:") throw new Error(`ADDIN_HOST "${raw}" must start with https://`);
  if (url.search || url.hash) throw new Error(`ADDIN_HOST "${raw}" must not carry a query or a fragment`);
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname))
    throw new Error(`ADDIN_HOST "${raw}" is this computer; a department's build needs the address of its web server`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/**
 * The manifest for `host`: every development URL replaced, the development comment replaced by one naming the
 * host. Throws when anything of localhost is left (a URL this function does not know about).
 */
function manifestForHost(xml, host) {
  const out = xml
    .replace(/<!--[\s\S]*?-->/, `<!--\n  Attainment for Excel, built for ${host} (npm run build with ADDIN_HOST).\n-->`)
    .split(DEV_ORIGIN)
    .join(host);
  const left = /localhost/i.exec(out);
  if (left)
    throw new Error(
      `the manifest still names localhost after pointing it at ${host}: …${out.slice(left.index - 40, left.index + 40)}…`,
    );
  return out;
}

module.exports = { DEV_ORIGIN, resolveAddinHost, manifestForHost };
