import type { IntRecords } from './buffers.js';

/** Field indices of a window record in an {@link IntRecords} of width 5. */
export const W_TURN = 0;
export const W_START = 1;
export const W_END = 2;
export const W_OWN_START = 3;
export const W_OWN_END = 4;

/**
 * Plans the model windows over the tokens `[from, to)` of one turn, so that a
 * turn of any length is labelled completely (nothing is truncated).
 *
 * Each window holds at most `size` tokens; consecutive windows overlap by
 * about `stride` tokens (HF "stride"). Every token is OWNED by exactly one
 * window, the one in which it sits farthest from an edge: the overlap is cut in
 * the middle, so each decision sees at least `stride / 2` tokens of context
 * on both sides. Window starts are moved back to a word start when one lies
 * within `stride / 2` tokens, so a window rarely opens with a `##` piece.
 *
 * Pushes records `[turn, start, end, ownStart, ownEnd]` (absolute token indices) into `out`.
 *
 * @param turn - turn index stored in each record
 * @param from - first token of the turn
 * @param to - one past its last token
 * @param size - max tokens per window (model positions minus [CLS]/[SEP])
 * @param stride - overlap between windows, `0 <= stride <= size / 2`
 * @param wordStart - word-start flags of all tokens (for snapping), or null
 * @param out - receives the window records
 * @example
 * planWindows(0, 0, 10, 4, 2, null, out) // windows [0,4) [2,6) [4,8) [6,10); owned [0,3) [3,5) [5,7) [7,10)
 */
export function planWindows(
  turn: number,
  from: number,
  to: number,
  size: number,
  stride: number,
  wordStart: Uint8Array | null,
  out: IntRecords,
): void {
  if (!(size >= 1) || !(stride >= 0) || stride * 2 > size) throw new RangeError(`planWindows: need size >= 1 and 0 <= stride <= size/2, got size ${size}, stride ${stride}`);
  if (to <= from) return;
  const step = size - stride;
  const snap = stride >> 1;
  let start = from;
  let ownStart = from;
  for (;;) {
    const end = Math.min(start + size, to);
    if (end === to) {
      out.push(turn, start, end, ownStart, to);
      return;
    }
    let next = start + step;
    if (wordStart) {
      for (let k = next; k > next - snap && k > start; k--) {
        if (wordStart[k]) {
          next = k;
          break;
        }
      }
    }
    // Cut the overlap [next, end) in the middle: the left window keeps the first half.
    const cut = Math.max(ownStart + 1, (next + end + 1) >> 1);
    out.push(turn, start, end, ownStart, cut);
    ownStart = cut;
    start = next;
  }
}
