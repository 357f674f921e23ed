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
      // Fluent UI and axe are slow to render on two cores.
      testTimeout: 30000,
      transform,
      transformIgnorePatterns,
      setupFilesAfterEnv: ["<rootDir>/test/support/setupDom.ts"],
      testMatch: [
        "<rootDir>/src/{ui,taskpane,web}/**/*.test.tsx",
        "<rootDir>/src/boot/**/*.test.ts",
        "<rootDir>/test/dom/**/*.test.tsx",
      ],
    },
  ],
};
