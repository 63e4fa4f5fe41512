/**
 * IP address detector (label ID, SPEC §1): IPv4 and IPv6, a pure pattern
 * rule (rules/id/ip.yaml) run by the generic engine.
 */
import type { Detector } from '../types.js';
import { loadPatternDetector } from '../rules/pattern-detector.js';
import { VALIDATORS } from '../rules/validators/index.js';

/**
 * The IP address detectors of redact-de, compiled once from rules/id/ip.yaml.
 * @returns `[PatternDetector 'rules:ip']`
 * @example createIpDetectors()[0].id // 'rules:ip'
 */
export function createIpDetectors(): Detector[] {
  return [loadPatternDetector('id/ip.yaml', VALIDATORS)];
}
