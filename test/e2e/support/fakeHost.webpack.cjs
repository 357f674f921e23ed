/* Bundles the in-memory Excel host (test/fakes) for the browser, for the task pane end-to-end test. */
const path = require("node:path");

const root = path.resolve(__dirname, "../../..");

module.exports = {
  name: "fake-host",
  context: root,
  mode: "development",
  target: "web",
  devtool: false,
  entry: { "fake-host": "./test/e2e/support/fakeHostPage.ts" },
  output: { path: path.join(root, "test-results/e2e-build"), filename: "[name].js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "swc-loader",
          options: { jsc: { parser: { syntax: "typescript" } }, env: { targets: "chrome >= 100" } },
        },
      },
    ],
  },
};
