import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { loadConfig } from '../server/config.js';
import { runImport } from './esco-import.js';

/**
 * The official ESCO CSV packages are named `esco-v<version>-classification-<language>-csv.zip`,
 * one per language plus `relations` for the language-independent relation files. The address
 * they are served from is configurable (ESCO_DOWNLOAD_URL or --url), with `{version}` and
 * `{language}` placeholders.
 */
export const defaultDownloadUrl = 'https://esco.ec.europa.eu/sites/default/files/esco-v{version}-classification-{language}-csv.zip';

const usage = `Usage: npm run esco:download -- --version 1.2.0 --languages en,fi,sv [--url TEMPLATE] [--no-import]

Downloads the ESCO CSV packages of the given languages (and the relations package) into
DATA_DIR/esco/v<version>/ and imports them. TEMPLATE defaults to ESCO_DOWNLOAD_URL or
${defaultDownloadUrl}`;

/** CSV files in a zip, read from its directory without decompressing anything. */
function countCsvEntries(zip: Uint8Array): number {
  let n = 0;
  unzipSync(zip, {
    filter: (f) => {
      if (/\.csv$/i.test(f.name)) n++;
      return false;
    },
  });
  return n;
}

export async function runDownload(argv: string[], env = process.env): Promise<number> {
  let version: string | undefined;
  let languages: string[] = [];
  let template = env.ESCO_DOWNLOAD_URL ?? defaultDownloadUrl;
  let doImport = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--version') version = argv[++i]?.replace(/^v/, '');
    else if (a === '--languages')
      languages = (argv[++i] ?? '')
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean);
    else if (a === '--url') template = argv[++i] ?? template;
    else if (a === '--no-import') doImport = false;
    else {
      console.error(a === '--help' ? usage : `Unknown argument ${a}\n\n${usage}`);
      return a === '--help' ? 0 : 2;
    }
  }
  if (!version || !/^\d+\.\d+(\.\d+)?$/.test(version) || languages.length === 0 || languages.some((l) => !/^[a-z]{2,3}$/.test(l))) {
    console.error(usage);
    return 2;
  }
  const dest = path.join(loadConfig(env).dataDir, 'esco', `v${version}`);
  await mkdir(dest, { recursive: true });
  const files: string[] = [];
  for (const language of [...languages, 'relations']) {
    const url = template.replaceAll('{version}', version).replaceAll('{language}', language);
    console.error(`downloading ${url}`);
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(10 * 60 * 1000) });
    } catch (err) {
      console.error(`Download failed: ${url}: ${(err as Error).message}`);
      return 1;
    }
    if (!res.ok) {
      console.error(`Download failed: ${url} answered ${res.status} ${res.statusText}`);
      return 1;
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    let csvCount: number;
    try {
      csvCount = countCsvEntries(bytes);
    } catch {
      console.error(`Download failed: ${url} is not a zip file`);
      return 1;
    }
    if (csvCount === 0) {
      console.error(`Download failed: ${url} holds no CSV files`);
      return 1;
    }
    const file = path.join(dest, `esco-v${version}-classification-${language}-csv.zip`);
    await writeFile(file, bytes);
    console.error(`saved ${file} (${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${csvCount} CSV files)`);
    files.push(file);
  }
  return doImport ? runImport([...files, '--version', version], env) : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runDownload(process.argv.slice(2));
}
