/**
 * Spoken-form normalisation shared by all detectors. Two views:
 *
 * - `digits`: number words to digits ("null eins sieben" -> "0 1 7",
 *   "neunzehnhundertachtzig" -> "1980"; words join across spaces only at
 *   "hundert"/"tausend"), ordinals to "N." ("dritten" -> "3.", "3ten" -> "3."),
 *   "plus" before a number to "+" (space after it dropped: "+4 9"),
 *   "doppel null" to "0 0", spelled letters to one upper-case letter
 *   ("m wie martha" -> "M", "Ä wie Umlaut Aachen" -> "Ä", "Berta Emil Richard"
 *   -> "B E R"). Other text and all separators stay as they are.
 * - `email`: the same plus spoken symbols ("punkt" -> ".", "at" -> "@") with
 *   the whitespace around them dropped.
 *
 * Every view maps back to original offsets with `toOriginal`. Lexicons are
 * data in rules/normalize/*.yaml, loaded and validated once at module load.
 */
import type { NormalizedText, NormalizeView } from '../types.js';
import { lowerSameLength, normalizeLowered } from './normalize.js';

export { createTurnView } from './turn-view.js';
export { parseGermanNumber } from './number-words.js';

/**
 * Rewrites the spoken forms of `text` for one view.
 * @param text - the original text (any case)
 * @param view - `digits` or `email`
 * @returns the rewritten text and its map back to `text`
 * @example
 * const n = normalize('Meine Nummer ist null eins sieben, doppel-null', 'digits');
 * n.text;                 // "Meine Nummer ist 0 1 7, 0 0"
 * n.toOriginal(17, 22);   // [17, 33]  ("null eins sieben")
 * normalize('anna punkt weber at gmx punkt de', 'email').text; // "anna.weber@gmx.de"
 */
export function normalize(text: string, view: NormalizeView): NormalizedText {
  return normalizeLowered(text, lowerSameLength(text), view);
}
