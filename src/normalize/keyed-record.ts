/**
 * A zod record whose keys are checked with a message of our own: zod's
 * built-in key check reports only "Invalid key in record", which does not
 * tell a rule author what a key must look like.
 */
import { z } from 'zod';

/**
 * @param key - pattern every key must match
 * @param keyMessage - the message for a key that does not, e.g. "must be one lowercase word"
 * @param value - schema of the values
 * @returns a record schema reporting bad keys at `path.key`
 */
export function keyedRecord<V extends z.ZodType>(key: RegExp, keyMessage: string, value: V) {
  return z.record(z.string(), value).superRefine((record, ctx) => {
    for (const k of Object.keys(record)) {
      if (!key.test(k)) ctx.addIssue({ code: 'custom', message: keyMessage, path: [k] });
    }
  });
}
