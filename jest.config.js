/* Two projects: `node` for the engine, file adapter, Office adapter and CLI; `jsdom` for the React UI. */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];
const transform = { "^.+\\.(t|j)sx?$": swc, "^.+\\.mjs$": swc };
const transformIgnorePatterns = ["/node_modules/"];

module.exports = {
  // testTimeout is a global option (a project's own is ignored): Fluent UI, axe and file round trips are slow on two
  // busy cores.
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/test/support/countReporter.js"],
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform,
      transformIgnorePatterns,
      testMatch: [
        "<rootDir>/src/{core,xlsx,excel,cli,commands,dialog}/**/*.test.ts",
        "<rootDir>/test/node/**/*.test.ts",
      ],
    },
    {
      displayName: "jsdom",
      testEnvironment: "jsdom",
      transform,
      transformIgnorePatterns,
      setupFilesAfterEnv: ["<rootDir>/test/support/setupDom.ts"],
      testMatch: ["<rootDir>/src/{ui,taskpane,web}/**/*.test.tsx", "<rootDir>/test/dom/**/*.test.tsx"],
    },
  ],
};
