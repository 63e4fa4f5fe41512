import { Command, Option } from 'commander';
import { createRuleDetectors } from '../detect/index.js';
import { runKeygen } from './keygen.js';
import { addNerOptions, addThresholdOptions, createCliNerDetector, resolveModel, type NerCliOptions } from './ner-options.js';
import type { RedactedTranscript } from '../types.js';
import { runRedact, type RedactCommandOptions } from './redact.js';
import { runEval, type EvalOptions } from './eval.js';
import { redactGoldFile } from './eval-redact.js';
import { runSynth, type SynthCommandOptions } from './synth.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Builds the `redact-de` command line (commander), without running it. */
export function buildProgram(): Command {
  const program = new Command('redact-de')
    .description('Removes personal and special-category data from German call transcripts.')
    .showHelpAfterError();

  const redact = program
    .command('redact')
    .description('redact transcripts (SPEC JSONL by default) from a file or stdin')
    .argument('[input]', 'input file; stdin when absent or "-"')
    .option('-o, --output <file>', 'output file; stdout when absent')
    .addOption(new Option('-f, --format <format>', 'input and output format').choices(['jsonl', 'text', 'csv']).default('jsonl'))
    .option('--labels <labels>', 'comma-separated labels to redact (default: all)')
    .option('--operator <op>', 'operator for all labels, or LABEL=op pairs (repeatable): placeholder, mask, surrogate, remove, hash', collect, [])
    .option('--config <file>', 'YAML/JSON configuration (labels, operators, tenant, disableDetectors)')
    .option('--report <file>', 'write counts per label and detector as JSON (never values)')
    .option('--key-file <file>', 'key file for caller-ID pseudonyms and hashing (else REDACT_DE_KEY)')
    .option('--tenant <tenant>', 'tenant for caller-ID pseudonyms when a call has none')
    .option('--keep-subject <file>', "data-subject request: YAML/JSON of the requester's own values per label (kept; third parties redacted)")
    .option('--fail-fast', 'stop at the first record that cannot be processed')
    .option('--progress', 'print progress to stderr')
    .option('--text-column <name>', 'CSV: column holding the text', 'text')
    .option('--id-column <name>', 'CSV: column holding the call id (turn rows with the same id form a call)')
    .option('--speaker-column <name>', 'CSV: column holding the speaker')
    .option('--caller-column <name>', 'CSV: column holding the caller ID (pseudonymised)')
    .option('--tenant-column <name>', 'CSV: column holding the tenant')
    .addOption(new Option('--csv-rows <mode>', 'CSV: one row per turn or per call').choices(['turn', 'call']).default('turn'))
    .action(async (input: string | undefined, options: RedactCommandOptions) => {
      process.exitCode = await runRedact(input, options, createRuleDetectors);
    });
  addNerOptions(redact);

  program
    .command('keygen')
    .description('write a new key file (mode 0600) for caller-ID pseudonyms, or add a rotated key to one')
    .requiredOption('-o, --output <file>', 'key file to write')
    .option('--rotate', 'add a new key version to an existing file and make it active')
    .option('--force', 'overwrite an existing file')
    .action(async (options: { output: string; rotate?: boolean; force?: boolean }) => {
      await runKeygen({ out: options.output, rotate: options.rotate, force: options.force });
    });

  const evalCommand = program
    .command('eval')
    .description('score predictions against gold annotations (SPEC §5 metrics); runs the redactor when --pred is absent')
    .requiredOption('--gold <file>', 'gold JSONL (SPEC §3)')
    .option('--pred <file>', 'predictions JSONL (SPEC §4 redactions or §3 entities)')
    .option('--config <file>', 'redactor configuration used when --pred is absent')
    .option('--json', 'print the SPEC §5 JSON object instead of the table')
    .option('--report <file>', 'write a self-contained HTML report')
    .option('--show-values', 'show values and context in the HTML report (gold may hold real data)')
    .option('--map <pairs>', 'label map for other label names, e.g. PER=PERSON,NAME=PERSON')
    .option('--labels <labels...>', 'evaluate only these labels')
    .option('--drop-unknown-labels', 'drop spans with unknown labels instead of failing')
    .option('--model <dir>', 'NER model folder used when --pred is absent, or "none" for rules only (default: the shipped model)');
  addThresholdOptions(evalCommand)
    .action(async (options: EvalOptions & NerCliOptions) => {
      const warn = (message: string): void => void process.stderr.write(`redact-de: ${message}\n`);
      const redactFile = async function* (gold: string, config?: string): AsyncGenerator<RedactedTranscript> {
        const ner = await createCliNerDetector(resolveModel(options, warn), options, warn);
        try {
          yield* redactGoldFile(gold, config, ner ? [...createRuleDetectors(), ner] : createRuleDetectors());
        } finally {
          await ner?.close();
        }
      };
      process.exitCode = await runEval(options, { redactFile });
    });

  program
    .command('synth')
    .description('generate synthetic German call transcripts with gold spans (SPEC §3), deterministic per seed')
    .option('--n <n>', 'number of calls', '1000')
    .option('--seed <n>', 'random seed', '1')
    .option('--split <split>', 'template and name pool: train or test', 'train')
    .option('--names-dir <dir>', 'larger name lists read at run time (training data only, never fixtures)')
    .option('-o, --output <file>', 'output file; stdout when absent')
    .action(async (options: SynthCommandOptions) => {
      process.exitCode = await runSynth(options);
    });

  return program;
}
