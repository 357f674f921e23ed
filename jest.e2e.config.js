/* End-to-end tests: the built pages in Debian's Chromium (playwright-core), and LibreOffice rendering. */
const base = require("./jest.config.js");
const node = base.projects[0];

module.exports = {
  reporters: base.reporters,
  testEnvironment: "node",
  transform: node.transform,
  transformIgnorePatterns: node.transformIgnorePatterns,
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.test.ts"],
  testTimeout: 120000,
};
