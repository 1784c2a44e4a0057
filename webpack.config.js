/**
 * Builds the task pane into dist/ and serves it in development on https://localhost:3000.
 *
 * - `webpack --mode production` rewrites https://localhost:3000 in the manifests to PARCOURS_PUBLIC_URL.
 * - `webpack serve` proxies /api to PARCOURS_API_URL (default http://127.0.0.1:3001).
 * - Sign-in is configured at build time by AUTH_CLIENT_ID / AUTH_API_SCOPE / AUTH_AUTHORITY; without a
 *   client id the pane uses the API's dev issuer.
 * office.js is not referenced from the HTML: src/office injects it only when running inside Office,
 * so the preview host never waits on the CDN.
 */
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const manifests = require("./scripts/manifests");

const DEV_URL = "https://localhost:3000";
/** Fluent UI's design-token reads written as their strings (see the loader). */
const INLINE_TOKENS = require.resolve("./scripts/webpack/inline-tokens-loader");
/** The light theme's CSS variables, generated from webLightTheme (see the loader). */
const LIGHT_THEME_CSS = path.join(__dirname, "src", "taskpane", "theme", "light.css");
const DEV_PORT = 3000;
/** Fluent UI and the packages it is built on. */
const FLUENT =
  /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc[\\/]helpers)[\\/]/;

/** The URL the add-in is deployed at, without a trailing slash. */
function publicUrl(production) {
  const url = process.env.PARCOURS_PUBLIC_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\/[^\s]+$/.test(url)) {
    throw new Error(`PARCOURS_PUBLIC_URL must be an https:// URL (got "${url}")`);
  }
  if (!production) return DEV_URL;
  return url.replace(/\/+$/, "");
}

/**
 * Certificate for the dev server: office-addin-dev-certs where it can install its CA (Windows, macOS),
 * an already-installed dev certificate elsewhere, else undefined so webpack-dev-server makes its own.
 */
async function devServerHttpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const haveFiles = Object.values(files).every((f) => fs.existsSync(path.join(dir, f)));
  try {
    if (process.platform === "win32" || process.platform === "darwin") {
      const { getHttpsServerOptions } = require("office-addin-dev-certs");
      return await getHttpsServerOptions();
    }
    if (haveFiles) {
      return Object.fromEntries(
        Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]),
      );
    }
  } catch (err) {
    console.warn(`office-addin-dev-certs unavailable (${err.message}); using a generated certificate.`);
  }
  return undefined;
}

/**
 * Starts downloading the first screen's chunks (React, Fluent UI, the shell and Home) from the HTML, beside
 * the entry: the entry runs as soon as it arrives (sign-in, host, texts) instead of waiting for React,
 * and the chunks it then asks for are already on their way.
 */
class PreloadFirstScreen {
  constructor(page, chunkGroup) {
    this.page = page;
    this.chunkGroup = chunkGroup;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadFirstScreen", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("PreloadFirstScreen", (data) => {
        const group = compilation.namedChunkGroups.get(this.chunkGroup);
        if (data.outputName !== this.page || !group) return data;
        const files = group.chunks.flatMap((chunk) => [...chunk.files]);
        const link = (attributes) => ({
          tagName: "link",
          voidTag: true,
          meta: { plugin: "PreloadFirstScreen" },
          attributes,
        });
        // The stylesheet (every rule, extracted at build time) is linked, not preloaded: the first frame
        // never shows unstyled.
        const sheetFiles = files.filter((f) => f.endsWith(".css"));
        const sheets = sheetFiles.map((file) => link({ rel: "stylesheet", href: data.publicPath + file }));
        // webpack carries no code to load stylesheets (MiniCssExtractPlugin's runtime is off): every rule
        // must be in the sheets linked here.
        const unlinked = compilation
          .getAssets()
          .map((asset) => asset.name)
          .filter((name) => name.endsWith(".css") && !sheetFiles.includes(name));
        if (unlinked.length > 0) {
          compilation.errors.push(
            new webpack.WebpackError(
              `${this.page} links no ${unlinked.join(", ")}: its rules would never load`,
            ),
          );
        }
        const preloads = files
          .filter((f) => f.endsWith(".js"))
          .map((file) => link({ rel: "preload", as: "script", href: data.publicPath + file }));
        // The entry is async rather than deferred: it runs as soon as it arrives, without waiting for the
        // stylesheet to be loaded and parsed (what a deferred script waits for), so sign-in and the first
        // requests start sooner; it waits for the page's #root itself (index.tsx). It comes first, asked for
        // at high priority (an async script is otherwise fetched at low priority): the server sends it ahead
        // of the stylesheet and of React, so it runs before the stylesheet is parsed (which still holds back
        // the first paint, not the script) and React is only needed once the first requests are on their way.
        const [scripts, others] = partition(data.headTags, (tag) => tag.tagName === "script");
        const entries = scripts.map((tag) => {
          const { defer: _defer, ...attributes } = tag.attributes;
          return { ...tag, attributes: { ...attributes, async: true, fetchpriority: "high" } };
        });
        return { ...data, headTags: [...others, ...entries, ...sheets, ...preloads] };
      });
    });
  }
}

function partition(items, keep) {
  return [items.filter(keep), items.filter((item) => !keep(item))];
}

/** Copy-plugin transform: manifests point at the deployment URL in production builds. */
function rewriteManifest(url) {
  return (content) => (url === DEV_URL ? content : manifests.rewriteManifest(content.toString(), url));
}

module.exports = async (_env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const url = publicUrl(production);
  const root = __dirname;

  const manifestCopies = ["manifest.xml", "manifest.outlook.xml", "manifest.json"].map((file) => ({
    from: path.join(root, file),
    to: file,
    noErrorOnMissing: true,
    transform: rewriteManifest(url),
  }));

  /** @type {import("webpack").Configuration & { devServer?: import("webpack-dev-server").Configuration }} */
  const config = {
    mode: production ? "production" : "development",
    context: root,
    // No eval-based source maps: the API serves the pane with a CSP without 'unsafe-eval'.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      "auth-dialog": "./src/taskpane/auth/dialog/index.ts",
    },
    output: {
      path: path.join(root, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Relative to the page (the pages and the chunks share one folder): the pane works at the site root
      // and under a path prefix alike, with no code in the entry to work out where its script came from.
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".mjs", ".js", ".json"],
    },
    module: {
      rules: [
        // Styles are computed at build time: Fluent UI ships its styles precompiled (`__styles`), the
        // pane's own `makeStyles` are precompiled by @griffel/webpack-loader (after swc, on plain
        // JavaScript), then the extraction loader moves every rule into one stylesheet. No style is
        // computed or inserted while the pane renders, and Griffel's runtime is not shipped.
        {
          test: /\.[cm]?js$/,
          include: /[\\/]node_modules[\\/]@fluentui[\\/]/,
          use: [{ loader: GriffelCSSExtractionPlugin.loader }, { loader: INLINE_TOKENS }],
        },
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          use: [
            { loader: GriffelCSSExtractionPlugin.loader },
            { loader: INLINE_TOKENS },
            { loader: "@griffel/webpack-loader" },
            {
              loader: "swc-loader",
              options: {
                jsc: {
                  parser: { syntax: "typescript", tsx: true },
                  transform: { react: { runtime: "automatic", development: !production } },
                  target: "es2020",
                },
              },
            },
          ],
        },
        {
          test: /\.css$/,
          exclude: LIGHT_THEME_CSS,
          use: [MiniCssExtractPlugin.loader, "css-loader"],
        },
        {
          test: LIGHT_THEME_CSS,
          use: [
            MiniCssExtractPlugin.loader,
            "css-loader",
            { loader: require.resolve("./scripts/webpack/theme-css-loader") },
          ],
        },
      ],
    },
    optimization: {
      // Screens are React.lazy chunks; vendors are split so the first render loads only what it needs.
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "vendor-react",
            priority: 30,
          },
          msal: {
            test: /[\\/]node_modules[\\/]@azure[\\/]/,
            name: "vendor-msal",
            chunks: "async",
            priority: 25,
          },
          // The light theme's variables go in the one stylesheet of Griffel's rules, linked from the HTML.
          lightTheme: {
            test: (module) =>
              module.type === "css/mini-extract" && module.identifier().includes(LIGHT_THEME_CSS),
            name: "griffel",
            chunks: "all",
            enforce: true,
          },
          // The first screen's code (the shell, Home, the provider and the Fluent UI code they use) in one
          // file beside React, rather than the few webpack would make of it: one file compresses better than
          // several, the first screen's scripts all start at once (a browser opens six connections to a host
          // over HTTP/1.1) and the entry's late requests find a free connection. Every other screen loads after
          // it (onboarding, preloaded by the boot, may load it first). React keeps its own file, which a new
          // version of the pane does not change.
          firstScreen: {
            test: (module, { chunkGraph }) =>
              module.type.startsWith("javascript") &&
              [...chunkGraph.getModuleChunksIterable(module)].some((chunk) => chunk.name === "pane"),
            name: "first-screen",
            chunks: "async",
            priority: 15,
            enforce: true,
          },
          fluent: {
            test: FLUENT,
            name: "vendor-fluent",
            chunks: "initial",
            priority: 20,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new MiniCssExtractPlugin({
        filename: production ? "[name].[contenthash:8].css" : "[name].css",
        chunkFilename: production ? "[name].[contenthash:8].css" : "[name].css",
        // Griffel orders its own rules; the order of the (virtual) CSS modules does not matter.
        ignoreOrder: true,
        // Every rule is in one stylesheet, linked from the page (PreloadFirstScreen, which checks it): the
        // entry needs no code to load stylesheets with the screens.
        runtime: false,
      }),
      new GriffelCSSExtractionPlugin(),
      new webpack.DefinePlugin({
        "process.env.AUTH_CLIENT_ID": JSON.stringify(process.env.AUTH_CLIENT_ID ?? ""),
        "process.env.AUTH_API_SCOPE": JSON.stringify(process.env.AUTH_API_SCOPE ?? ""),
        "process.env.AUTH_AUTHORITY": JSON.stringify(
          process.env.AUTH_AUTHORITY ?? "https://login.microsoftonline.com/organizations",
        ),
        "process.env.PARCOURS_PUBLIC_URL": JSON.stringify(url),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new PreloadFirstScreen("taskpane.html", "pane"),
      new HtmlWebpackPlugin({
        filename: "auth-dialog.html",
        template: "./src/taskpane/auth/dialog/auth-dialog.html",
        chunks: ["auth-dialog"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.join(root, "assets"), to: "assets", noErrorOnMissing: true },
          { from: path.join(root, "public"), to: ".", noErrorOnMissing: true },
          ...manifestCopies,
        ],
      }),
    ],
  };

  if (serving) {
    const https = await devServerHttpsOptions();
    config.devServer = {
      port: Number(process.env.npm_package_config_dev_server_port || DEV_PORT),
      host: "localhost",
      hot: false,
      // Compression would buffer the streamed (SSE) model answers.
      compress: false,
      allowedHosts: "all",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "https" },
      static: false,
      devMiddleware: { index: "taskpane.html" },
      proxy: [
        {
          context: ["/api"],
          target: process.env.PARCOURS_API_URL || "http://127.0.0.1:3001",
          changeOrigin: true,
        },
      ],
    };
  }

  return config;
};
