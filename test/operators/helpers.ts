import { compileOperatorTable, createCallState, type CallState, type OperatorTableSpec } from '../../src/operators/index.js';
import type { KeyRing } from '../../src/pseudonym/index.js';
import type { Label, SpecialSubtype } from '../../src/types.js';

/** Applies one operator table to values in order, sharing one call state. */
export function runner(spec: OperatorTableSpec, options: { callId?: string; tenant?: string; keys?: KeyRing } = {}) {
  const table = compileOperatorTable(spec, options.keys);
  const call: CallState = createCallState({ callId: options.callId ?? 'call-test', tenant: options.tenant });
  return (label: Label, value: string, subtype?: SpecialSubtype): string =>
    table.apply(value, { label, call, ...(subtype ? { subtype } : {}) });
}

/** The value with every letter replaced by 'a' and every digit by '9': its shape. */
export function shapeOf(value: string): string {
  return value.replace(/\p{L}/gu, 'a').replace(/[0-9]/g, '9');
}
