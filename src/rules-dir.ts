import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * Absolute path inside the package's `rules/` folder. Code runs from `src/`
 * under vitest and from `dist/src/` when built, so the folder is found by
 * walking up to the directory that holds both `package.json` and `rules/`.
 */
export function rulesPath(...parts: string[]): string {
  if (!cached) {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!(existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules')))) {
      const parent = dirname(dir);
      if (parent === dir) throw new Error('redact-de: cannot find the rules/ folder of the package');
      dir = parent;
    }
    cached = join(dir, 'rules');
  }
  return join(cached, ...parts);
}
