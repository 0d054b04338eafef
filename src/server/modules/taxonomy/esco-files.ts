/**
 * Reading an official ESCO CSV download from disk: zip files, directories (searched recursively)
 * and single CSV files, in any combination. Parsing is delegated to the pure core module.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { EscoDatasetBuilder, classifyEscoFile, type EscoDataset } from '../../../core/taxonomy/esco-csv.js';

export { toConcepts, EscoFormatError, type EscoDataset, type ToConceptsOptions } from '../../../core/taxonomy/esco-csv.js';

export interface ReadEscoOptions {
  /** Only read files whose classification passes (e.g. skip the 21 MB relation file). */
  include?: (fileName: string) => boolean;
  /** Progress callback, one call per file read. */
  onFile?: (fileName: string) => void;
}

/**
 * Read ESCO CSV sources (zip, directory or .csv paths) into one dataset. Files are read in the
 * given order (directories sorted by name); a later labels file of the same language replaces
 * an earlier one's labels for the same concept. Unrecognised files are skipped.
 */
export async function readEscoSources(paths: string[], opts: ReadEscoOptions = {}): Promise<EscoDataset> {
  const builder = new EscoDatasetBuilder();
  const wanted = (name: string): boolean => classifyEscoFile(name) !== undefined && (opts.include?.(basename(name)) ?? true);
  for (const file of await expand(paths)) {
    const ext = extname(file).toLowerCase();
    if (ext === '.zip') {
      const entries = unzipSync(new Uint8Array(await readFile(file)), { filter: (f) => /\.csv$/i.test(f.name) && wanted(f.name) });
      for (const [name, data] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
        opts.onFile?.(`${file}!${name}`);
        builder.addCsv(`${basename(file)}!${name}`, strFromU8(data));
      }
    } else if (ext === '.csv' && wanted(file)) {
      opts.onFile?.(file);
      builder.addCsv(file, await readFile(file, 'utf8'));
    }
  }
  return builder.build();
}

/** Directories become the zip and csv files below them (sorted, so labels merge deterministically). */
async function expand(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p);
    if (!s.isDirectory()) {
      out.push(p);
      continue;
    }
    const entries = (await readdir(p)).sort();
    out.push(...(await expand(entries.map((e) => join(p, e)).filter((e) => /\.(zip|csv)$/i.test(e) || !extname(e)))));
  }
  return out;
}
