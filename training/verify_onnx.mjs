// Checks the exported model from Node, the way the inference side will run it:
// 1. tokenizer parity: @xenova/transformers on models/<name>/tokenizer.json must give
//    the same ids as the Python tokenizer used in training;
// 2. onnxruntime-node runs the float and the int8 model; argmax per token and timing
//    are written to training/out/verify/node_preds.json (scored by verify.py score).
// Usage (packages from a scratch folder, not project dependencies):
//   (cd /tmp/jscheck && ONNXRUNTIME_NODE_INSTALL=skip npm i --ignore-scripts @xenova/transformers@2 onnxruntime-node@1.23)
//   node training/verify_onnx.mjs --modules /tmp/jscheck/node_modules --phase tok
//   node training/verify_onnx.mjs --modules /tmp/jscheck/node_modules --phase ort
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const arg = (k, d) => (argv.includes(`--${k}`) ? argv[argv.indexOf(`--${k}`) + 1] : d);
const modules = resolve(arg('modules', '/tmp/jscheck/node_modules'));
const name = arg('name', 'gbert-mini-pii-de');
const phase = arg('phase', 'tok');
const require = createRequire(join(modules, 'x.js'));
const verifyDir = join(here, 'out', 'verify');
const inp = JSON.parse(readFileSync(join(verifyDir, 'inputs.json'), 'utf8'));
const modelsDir = resolve(here, '..', 'models');

// Two phases in two processes: @xenova/transformers loads its own onnxruntime-node
// (1.14), which cannot live in one process with the 1.23 binding used below.
if (phase === 'tok') {
// tokenizers.js + env.js only: the package entry point pulls in sharp (images).
const tf = {
  ...(await import(pathToFileURL(join(modules, '@xenova', 'transformers', 'src', 'tokenizers.js')).href)),
  env: (await import(pathToFileURL(join(modules, '@xenova', 'transformers', 'src', 'env.js')).href)).env,
};
tf.env.localModelPath = modelsDir + '/';
tf.env.allowRemoteModels = false;
const tok = await tf.AutoTokenizer.from_pretrained(name);
let same = 0;
const mism = [];
for (const ex of inp.examples) {
  const ids = Array.from(tok(ex.text).input_ids.data, Number);
  if (ids.length === ex.full_ids.length && ids.every((v, i) => v === ex.full_ids[i])) same++;
  else if (mism.length < 5) mism.push({ n: ids.length, m: ex.full_ids.length });
}
console.log(`tokenizer parity: ${same}/${inp.examples.length}`, mism);
writeFileSync(join(verifyDir, 'node_tok.json'), JSON.stringify({ tokenizer_parity: same / inp.examples.length }));
process.exit(0);
}
const ort = require('onnxruntime-node');

async function run(file) {
  const sess = await ort.InferenceSession.create(file, { executionProviders: ['cpu'], intraOpNumThreads: 1, graphOptimizationLevel: 'all' });
  const preds = [];
  const t0 = performance.now();
  let tokens = 0;
  for (const ex of inp.examples) {
    const n = ex.ids.length;
    const t = (a) => new ort.Tensor('int64', BigInt64Array.from(a.map(BigInt)), [1, n]);
    const out = await sess.run({ input_ids: t(ex.ids), attention_mask: t(ex.ids.map(() => 1)), token_type_ids: t(ex.ids.map(() => 0)) });
    const lg = out.logits.data;
    const L = out.logits.dims[2];
    const p = [];
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let j = 1; j < L; j++) if (lg[i * L + j] > lg[i * L + best]) best = j;
      p.push(best);
    }
    preds.push(p);
    tokens += n;
  }
  const ms = performance.now() - t0;
  return { preds, ms, tokens };
}

const res = JSON.parse(readFileSync(join(verifyDir, 'node_tok.json'), 'utf8'));
const floatFile = join(here, 'out', 'export', 'model.onnx');
if (existsSync(floatFile)) res.float = await run(floatFile);
res.int8 = await run(join(modelsDir, name, 'onnx', 'model_quantized.onnx'));
for (const k of ['float', 'int8']) if (res[k]) console.log(`${k}: ${res[k].tokens} tokens in ${res[k].ms.toFixed(0)} ms (batch 1, 1 thread)`);
writeFileSync(join(here, 'out', 'verify', 'node_preds.json'), JSON.stringify(res));
