import { createTurnView } from '../normalize/index.js';
import type { CallView } from '../types.js';

/** Builds the read-only view detectors share for one call; normalisations are computed lazily once. */
export function createCallView(id: string, turns: readonly { speaker: string; text: string }[]): CallView {
  const views = new Array(turns.length);
  for (let i = 0; i < turns.length; i++) views[i] = createTurnView(i, turns[i].speaker, turns[i].text);
  return { id, turns: views };
}
