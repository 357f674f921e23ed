/**
 * The deploy host of a department's build: which addresses are accepted, and the manifest pointed at one.
 * (The whole build for an example host is checked in test/e2e/deployBuild.e2e.test.ts.)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the module is CommonJS, shared with webpack.config.js.
const { manifestForHost, resolveAddinHost } = require("../../scripts/addinHost.cjs");

const MANIFEST = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");

describe("the deploy host", () => {
  it.each([
    [{ host: "https://so-noi-vu.example.gov.vn/chi-tieu/" }, {}, "https://so-noi-vu.example.gov.vn/chi-tieu"],
    [{}, { ADDIN_HOST: "https://addin.example.gov.vn" }, "https://addin.example.gov.vn"],
    [{ host: "https://a.example.vn:8443/x" }, { ADDIN_HOST: "https://ignored.example" }, "https://a.example.vn:8443/x"],
    [{}, {}, null],
  ])("reads %j / %j as %j", (env, environment, expected) => {
    expect(resolveAddinHost(env, environment)).toBe(expected);
  });

  it.each([
    ["http://addin.example.gov.vn", /must start with https:\/\//],
    ["https://localhost:3000", /is this computer/],
    ["https://addin.example.gov.vn/?v=2", /query or a fragment/],
    ["addin.example.gov.vn", /is not an address/],
  ])("refuses %s in one sentence", (host, message) => {
    expect(() => resolveAddinHost({ host }, {})).toThrow(message);
  });

  it("points every URL of the manifest at the host and leaves no localhost", () => {
    const out: string = manifestForHost(MANIFEST, "https://addin.example.gov.vn/chi-tieu");
    expect(out).not.toMatch(/localhost/i);
    const urls = [...out.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url).toMatch(/^https:\/\/addin\.example\.gov\.vn\/chi-tieu\//);
    expect(out).toContain('<SourceLocation DefaultValue="https://addin.example.gov.vn/chi-tieu/taskpane.html"/>');
  });

  it("has no AppDomain for its own host: the SourceLocation's domain needs none", () => {
    expect(MANIFEST).not.toContain("<AppDomain>");
  });

  it("says so when a URL it does not know would keep localhost", () => {
    const odd = MANIFEST.replace("</OfficeApp>", "<!-- see http://localhost:8080/ --></OfficeApp>");
    expect(() => manifestForHost(odd, "https://addin.example.gov.vn")).toThrow(/still names localhost/);
  });
});
