/**
 * Reads an installed package's version for the results table.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The `version` field of an installed package's package.json.
 *
 * @param name - the package name as imported, e.g. `@redactpii/node`
 * @returns the version, or `unknown` when it cannot be read
 */
export function packageVersion(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    // Export maps usually hide package.json, so find the package root from its entry point.
    const entry = require.resolve(name);
    const marker = `/node_modules/${name}/`;
    const root = entry.slice(0, entry.lastIndexOf(marker) + marker.length);
    return (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
