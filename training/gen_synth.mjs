// Writes synthetic calls (SPEC §3 gold format) for NER training/evaluation into training/out/synth/.
// Needs a compiled build of the repo:
//   npx tsc -p tsconfig.json --outDir training/out/build && \
//   node training/gen_synth.mjs --dist training/out/build --train 3000 --test 300 --names ../shared/data/names
import { mkdirSync, createWriteStream } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, arr) => (a.startsWith('--') ? [...acc, [a.slice(2), arr[i + 1]]] : acc), []),
);
const dist = resolve(args.dist ?? join(here, '..', 'dist'));
const { generateCalls } = await import(pathToFileURL(join(dist, 'src', 'synth', 'index.js')).href);
const outDir = join(here, 'out', 'synth');
mkdirSync(outDir, { recursive: true });

async function write(file, opts) {
  const ws = createWriteStream(join(outDir, file));
  let n = 0;
  for (const call of generateCalls(opts)) {
    ws.write(JSON.stringify(call) + '\n');
    n++;
  }
  await new Promise((r) => ws.end(r));
  console.log(`${file}: ${n} calls`);
}

const names = args.names ? resolve(args.names) : resolve(here, '..', '..', 'shared', 'data', 'names');
await write('synth-train.jsonl', { n: Number(args.train ?? 3000), seed: Number(args.seed ?? 13), split: 'train', namesDir: names });
// The test split uses the generator's built-in (test-split) names only: an honest held-out set.
await write('synth-test.jsonl', { n: Number(args.test ?? 300), seed: Number(args.seed ?? 13) + 1, split: 'test' });
