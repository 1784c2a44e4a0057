import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import {
  CatalogError,
  mergeCatalogs,
  parseCatalog,
  type Catalog,
  type CatalogSource,
} from "../../core/catalog/parse";

export { mergeCatalogs };

/** The package root (where package.json lives), found from this file so the cwd does not matter. */
export function packageRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "content"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the parcours package root above ${__dirname}`);
    dir = parent;
  }
}

/** Built-in exercises shipped with the package. */
export function builtInCatalogDir(): string {
  return path.join(packageRoot(), "content", "exercises");
}

/**
 * Reads every `*.json` file of a folder, in name order. `label` turns an absolute path into the
 * name shown in errors (built-in files are shown relative to the package root).
 */
export async function readCatalogSources(
  dir: string,
  label: (file: string) => string = (file) => file,
): Promise<CatalogSource[]> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new CatalogError([{ file: dir, field: "", message: "content folder not found" }]);
  }
  if (!info.isDirectory()) throw new CatalogError([{ file: dir, field: "", message: "not a folder" }]);
  const names = (await readdir(dir)).filter((name) => name.endsWith(".json")).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      return { path: label(file), content: await readFile(file, "utf8") };
    }),
  );
}

/** Parses the catalog files of one folder; throws a `CatalogError` naming file and field. */
export async function loadCatalogDir(dir: string, label?: (file: string) => string): Promise<Catalog> {
  return parseCatalog(await readCatalogSources(dir, label));
}

export async function loadBuiltInCatalog(): Promise<Catalog> {
  const root = packageRoot();
  return loadCatalogDir(builtInCatalogDir(), (file) => path.relative(root, file).split(path.sep).join("/"));
}

export interface LoadCatalogOptions {
  /** A tenant's content folder: its exercises add to the built-in ones or replace them by id. */
  tenantDir?: string;
}

/**
 * The built-in catalog, then the tenant's folder on top. A bad tenant file throws a `CatalogError`
 * naming the file and field; nothing is half-merged (the built-in catalog is never modified).
 */
export async function loadCatalog(options: LoadCatalogOptions = {}): Promise<Catalog> {
  const builtIn = await loadBuiltInCatalog();
  if (options.tenantDir === undefined) return builtIn;
  const tenant = await loadCatalogDir(path.resolve(options.tenantDir));
  return mergeCatalogs(builtIn, tenant);
}
