import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import * as espree from "espree";
import path from "node:path";
import { fileURLToPath } from "node:url";

const coreDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "src", "core");

/**
 * The engine is pure: a file of src/core may import only modules of src/core. Every import, export-from and
 * dynamic import is resolved against the importing file, so "../ui/port" or "./../excel" fail like "react" does.
 */
const coreBoundary = {
  meta: { type: "problem", schema: [], messages: { leaves: "src/core is pure: '{{source}}' is outside src/core." } },
  create(context) {
    const dir = path.dirname(context.filename);
    const check = (node) => {
      const source = node?.type === "Literal" && typeof node.value === "string" ? node.value : null;
      if (source === null) return;
      const inside =
        source.startsWith(".") && !path.relative(coreDir, path.resolve(dir, source)).split(path.sep).includes("..");
      if (!inside) context.report({ node, messageId: "leaves", data: { source } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.literal ?? node.argument),
    };
  },
};

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]),
);

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "node_modules/", "samples/", "schemas/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.cjs", "bin/*.js", "webpack.config.js", "jest*.config.js", "test/support/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The pages' inline boot check must run in Internet Explorer 11: ES5 only, parsed as such.
    files: ["src/boot/**/*.js"],
    languageOptions: { parser: espree, ecmaVersion: 5, sourceType: "script", globals: { ...globals.browser } },
    rules: {
      // ES5 has no optional catch binding; the caught value is often of no use.
      "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }],
    },
  },
  {
    files: ["src/**/*.tsx", "test/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["src/excel/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      // The adapter keeps a constant number of syncs per run; its one loop over chunks is bounded and deliberate.
      "office-addins/no-context-sync-in-loop": "warn",
    },
  },
  {
    // The engine is pure: it may import nothing but itself (see coreBoundary above).
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    plugins: { attainment: { rules: { "core-boundary": coreBoundary } } },
    rules: { "attainment/core-boundary": "error" },
  },
  {
    // The report renderers read plans of the core only; the docx package is their one outside dependency.
    files: ["src/report/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(?!\\.{1,2}/|docx$)", message: "src/report imports only the core and docx." },
            {
              group: ["**/ui/**", "**/web/**", "**/xlsx/**", "**/excel/**", "**/cli/**"],
              message: "src/report depends only on src/core.",
            },
          ],
        },
      ],
    },
  },
  {
    // Adapters depend on the core, never on each other. The file adapter runs in the browser's worker and in the
    // CLI alike: no Node built-ins (the CLI passes Node's zlib in as a codec) and no ExcelJS (tests only).
    files: ["src/xlsx/**/*.ts"],
    ignores: ["src/xlsx/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/excel/**", "**/ui/**"], message: "Adapters do not depend on each other." },
            {
              group: ["node:*", "exceljs"],
              message: "src/xlsx runs in the browser too: no Node built-ins, no ExcelJS.",
            },
          ],
        },
      ],
    },
  },
  {
    // ExcelJS is a devDependency: the tests use it as an independent reader; nothing the product ships loads it.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/*.test.{ts,tsx}", "src/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "exceljs", message: "ExcelJS is for tests only; use the file adapter (src/xlsx)." }] },
      ],
    },
  },
  {
    // The Office adapter implements the UI's port (a type only) and depends on no other adapter.
    files: ["src/excel/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/xlsx/**", "**/ui/**", "exceljs"],
              message: "Adapters do not depend on each other.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
