/* Build for the add-in pages (task pane, ribbon commands, dialog, standalone page) and the CLI.
 * One transpiler (swc) for everything; types are checked separately by `npm run typecheck`. */
const { readFileSync } = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { manifestForHost, resolveAddinHost } = require("./scripts/addinHost.cjs");

const swcRule = (targets) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "swc-loader",
    options: {
      jsc: {
        parser: { syntax: "typescript", tsx: true },
        transform: { react: { runtime: "automatic" } },
      },
      env: { targets },
    },
  },
});

const resolve = { extensions: [".ts", ".tsx", ".js"] };

/** The ES5 boot check, inlined first in every page's <head> (it must run where the bundles cannot parse). */
const bootCheck = () => readFileSync(path.join(__dirname, "src/boot/bootCheck.js"), "utf8");

const page = (name, chunks, title) =>
  new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: `./src/${name === "index" ? "web" : name}/${name}.html`,
    chunks,
    title,
    bootCheck: bootCheck(),
  });

/**
 * The add-in and the standalone page, served over https by `npm start` (Office requires https). With a deploy
 * host (`ADDIN_HOST=https://… npm run build`, or `--env host=…`) the manifest in dist/addin points at that host.
 */
const addin = (env, argv) => {
  const dev = argv.mode !== "production";
  const host = resolveAddinHost(env);
  return {
    name: "addin",
    target: "web",
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/index.ts",
      dialog: "./src/dialog/index.ts",
      web: "./src/web/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist/addin"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve,
    module: { rules: [swcRule("chrome >= 100, edge >= 100, safari >= 15, firefox >= 100")] },
    performance: { hints: false },
    plugins: [
      page("taskpane", ["taskpane"], "Attainment"),
      page("commands", ["commands"], "Attainment commands"),
      page("dialog", ["dialog"], "Attainment"),
      page("index", ["web"], "Attainment — Tính tỷ lệ đạt"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            ...(host ? { transform: (content) => manifestForHost(content.toString("utf8"), host) } : {}),
          },
          { from: "deploy/web.config", to: "web.config" },
          { from: "samples/*.xlsx", to: "samples/[name][ext]" },
        ],
      }),
    ],
    devServer: {
      static: false,
      port: Number(process.env.PORT || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: false },
      ...(env && env.https ? { server: { type: "https", options: env.https } } : {}),
    },
  };
};

/** The `attainment` command line: one CommonJS file for node, dependencies left to node_modules. */
const cli = () => ({
  name: "cli",
  target: "node20",
  mode: "production",
  devtool: false,
  entry: { attainment: "./src/cli/index.ts" },
  output: {
    path: path.resolve(__dirname, "dist/cli"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  resolve,
  externalsPresets: { node: true },
  externals: [
    ({ request }, callback) => (/^[a-z@]/i.test(request) ? callback(null, `commonjs ${request}`) : callback()),
  ],
  module: { rules: [swcRule("node 20")] },
  optimization: { minimize: false },
});

module.exports = [addin, cli];
