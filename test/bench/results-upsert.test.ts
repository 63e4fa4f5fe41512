import { describe, expect, it } from 'vitest';
import { kEndMarker, kStartMarker, upsertSection } from '../../benchmarks/results.js';

const section = `${kStartMarker}\n## Accuracy\nnew\n${kEndMarker}\n`;

describe('upsertSection', () => {
  it('creates the file with a title when there is none', () => {
    expect(upsertSection(undefined, section)).toBe(`# Benchmark results\n\n${section}`);
  });

  it('replaces only the text between the markers, keeping the throughput section', () => {
    const before = `# Results\n\n## Throughput\nfast\n\n${kStartMarker}\n## Accuracy\nold\n${kEndMarker}\n\n## Later\nkept\n`;
    expect(upsertSection(before, section)).toBe(`# Results\n\n## Throughput\nfast\n\n${section}\n## Later\nkept\n`);
  });

  it('appends the section when the markers are missing', () => {
    expect(upsertSection('# Results\n\n## Throughput\nfast\n', section)).toBe(`# Results\n\n## Throughput\nfast\n\n${section}`);
  });
});
