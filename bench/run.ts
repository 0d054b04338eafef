import { runHardeningBench } from './hardening.bench.js';
import { runHttpBench } from './http.bench.js';
import { runGuidanceBench } from './guidance.bench.js';
import { runMatchingBench } from './matching.bench.js';
import { runProfilesBench } from './profiles.bench.js';
import { runTaxonomyBench, runTaxonomyQualityBench } from './taxonomy.bench.js';

/**
 * `npm run bench` runs every benchmark; `npm run bench -- <name>` one of them. Each prints one
 * JSON line per measurement on stdout; progress and notes go to stderr.
 */
const benches: Record<string, (args: string[]) => Promise<void>> = {
  http: (args) => runHttpBench({ seconds: Number(flag(args, '--seconds') ?? 5) }),
  taxonomy: () => runTaxonomyBench(),
  'taxonomy-quality': () => runTaxonomyQualityBench(),
  profiles: (args) => runProfilesBench({ count: Number(flag(args, '--count') ?? 300) }),
  matching: (args) => runMatchingBench({ profiles: Number(flag(args, '--profiles') ?? 100_000) }),
  hardening: (args) => runHardeningBench({ seconds: Number(flag(args, '--seconds') ?? 10), uploads: Number(flag(args, '--uploads') ?? 5) }),
  guidance: (args) => runGuidanceBench({ count: Number(flag(args, '--count') ?? 200) }),
};

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const [name, ...rest] = process.argv.slice(2);
const selected = name && !name.startsWith('--') ? [name] : Object.keys(benches);
for (const b of selected) {
  const run = benches[b];
  if (!run) {
    console.error(`unknown benchmark "${b}"; known: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  await run(name && !name.startsWith('--') ? rest : process.argv.slice(2));
}
process.exit(0);
