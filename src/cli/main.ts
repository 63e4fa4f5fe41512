#!/usr/bin/env node
import { exitCodeFor, safeMessage } from '../errors.js';
import { buildProgram } from './program.js';

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    process.stderr.write(`redact-de: ${safeMessage(error)}\n`);
    if (process.env.REDACT_DE_DEBUG && error instanceof Error && error.stack) {
      // Stack frames only: the message line may quote input for errors we did not raise.
      process.stderr.write(`${error.stack.split('\n').slice(1).join('\n')}\n`);
    }
    process.exitCode = exitCodeFor(error);
  }
}

await main();
