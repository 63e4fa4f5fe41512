/**
 * Parameter parsing helpers for operators: each check throws a ConfigError
 * that names where the parameter sits, what is wrong and what is expected.
 */
import { ConfigError } from '../errors.js';

/**
 * Checks that `raw` is undefined or a plain object with only `allowed` keys.
 * @returns the object (empty when `raw` is undefined)
 */
export function paramObject(raw: unknown, where: string, allowed: readonly string[]): Record<string, unknown> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${where}: params must be an object`);
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      const expected = allowed.length ? `expected ${allowed.join(', ')}` : 'this operator takes no params';
      throw new ConfigError(`${where}.${key}: unknown parameter; ${expected}`);
    }
  }
  return obj;
}

/** An integer parameter in [min, max], or `fallback` when absent. */
export function intParam(obj: Record<string, unknown>, key: string, where: string, min: number, max: number, fallback: number): number {
  const v = obj[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new ConfigError(`${where}.${key}: must be an integer ${min}..${max}, got ${typeof v === 'number' ? v : typeof v}`);
  }
  return v;
}

/** A string parameter, or `fallback` when absent. */
export function stringParam(obj: Record<string, unknown>, key: string, where: string, fallback: string): string;
export function stringParam(obj: Record<string, unknown>, key: string, where: string): string | undefined;
export function stringParam(obj: Record<string, unknown>, key: string, where: string, fallback?: string): string | undefined {
  const v = obj[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'string') throw new ConfigError(`${where}.${key}: must be a string, got ${typeof v}`);
  return v;
}
