// Builds the citizen site into the folder the Maven build puts into the WAR (argument 1, default
// ../../../target/frontend): every page's script bundled and minified by esbuild with the shared
// parts in chunks, every file named by its content's hash (so the server can let browsers keep it
// for a year), and each page's HTML written in Korean from the Korean dictionary, the page's
// default language. Nothing here is fetched at run time: the output is plain files.
import { build } from "esbuild";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2] || path.join(here, "../../../target/frontend"));
const assets = path.join(out, "assets");
const source = path.join(here, "src");
// Phones from 2015 on: iOS 14.5 (iPhone 6s and later; older Safari mishandles destructuring,
// which esbuild will not rewrite) and Android with Chrome 70.
const target = ["es2018", "chrome70", "safari14.1", "firefox68"];

await rm(out, { recursive: true, force: true });
await mkdir(assets, { recursive: true });

// The puzzle's worker first, as one classic script: module workers came to phones much later.
const worker = await build({
  entryPoints: { "pow-worker": path.join(source, "lib/pow-worker.js") },
  bundle: true,
  minify: true,
  format: "iife",
  target,
  outdir: assets,
  entryNames: "[name]-[hash]",
  metafile: true,
  legalComments: "none",
});
const workerFile = Object.keys(worker.metafile.outputs)[0];

const pages = (await readdir(path.join(source, "pages"))).filter((name) => name.endsWith(".js"));
const site = await build({
  entryPoints: [
    ...pages.map((name) => path.join(source, "pages", name)),
    path.join(source, "css/site.css"),
  ],
  bundle: true,
  splitting: true,
  minify: true,
  format: "esm",
  target,
  outdir: assets,
  entryNames: "[name]-[hash]",
  chunkNames: "chunk-[hash]",
  metafile: true,
  legalComments: "none",
  define: { POW_WORKER: JSON.stringify("assets/" + path.basename(workerFile)) },
});

// Which output file each entry became: "index.js" → "assets/index-ABC123.js".
const built = {};
for (const [file, output] of Object.entries(site.metafile.outputs)) {
  if (output.entryPoint) {
    built[path.basename(output.entryPoint)] = "assets/" + path.basename(file);
  }
}

const korean = JSON.parse(await readFile(path.join(source, "i18n/ko.json"), "utf8"));
const partials = {};
for (const name of await readdir(path.join(source, "html"))) {
  if (name.startsWith("_")) {
    partials[name.slice(1, -".html".length)] = await readFile(path.join(source, "html", name), "utf8");
  }
}

for (const name of await readdir(path.join(source, "html"))) {
  if (name.startsWith("_")) {
    continue;
  }
  let html = await readFile(path.join(source, "html", name), "utf8");
  html = html.replace(/\{\{> (\w+)\}\}/g, (whole, partial) => required(partials[partial], whole, name));
  html = html.replace(/\{\{asset:([\w.-]+)\}\}/g, (whole, entry) => required(built[entry], whole, name));
  html = html.replace(/\{\{([\w.-]+)\}\}/g, (whole, key) => escape(required(text(key), whole, name)));
  await writeFile(path.join(out, name), html);
}

function text(key) {
  const value = key.split(".").reduce((node, part) => (node == null ? undefined : node[part]), korean);
  return typeof value === "string" ? value : undefined;
}

function required(value, what, file) {
  if (value === undefined) {
    throw new Error(`${file}: ${what} names nothing`);
  }
  return value;
}

function escape(value) {
  return value.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

console.log(`citizen site: ${Object.keys(built).length} entries and the puzzle worker in ${out}`);
