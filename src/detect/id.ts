/**
 * The ID detectors: checksum-validated national numbers (KVNR, RVNR,
 * Steuer-IdNr, ID-card/passport serials), licence plates, and numbers
 * announced by a context word. All data lives in rules/id/.
 */
import { loadPatternDetector } from '../rules/pattern-detector.js';
import { VALIDATORS } from '../rules/validators/index.js';
import type { Detector } from '../types.js';
import { loadContextIdDetector } from './id-context.js';

/** Rule files of rules/id/ run by the generic pattern engine. */
const PATTERN_RULES = ['id/kvnr.yaml', 'id/rvnr.yaml', 'id/steuer-id.yaml', 'id/ausweis.yaml', 'id/licence-plate.yaml', 'id/vin.yaml'] as const;

/**
 * Creates every ID detector (IP addresses excepted: rules/id/ip.yaml is wired separately).
 * @returns detectors labelled `ID`, compiled once
 * @example
 * const [kvnr] = createIdDetectors(); // kvnr.id === 'rules:id-kvnr'
 */
export function createIdDetectors(): Detector[] {
  const detectors: Detector[] = PATTERN_RULES.map((file) => loadPatternDetector(file, VALIDATORS));
  detectors.push(loadContextIdDetector());
  return detectors;
}
