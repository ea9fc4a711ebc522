import { describe, expect, it } from 'vitest';
import { replaceSection } from './bench-docs.js';

describe('the benchmarks page sections', () => {
  it('appends a missing section and replaces it in place later, leaving other text alone', () => {
    const first = replaceSection('# Benchmarks\n\nintro\n', 'bundle', '| a | 1 |');
    expect(first).toBe('# Benchmarks\n\nintro\n\n<!-- bench:bundle:start -->\n| a | 1 |\n<!-- bench:bundle:end -->\n');
    const withOther = replaceSection(first, 'lighthouse', 'score 99');
    const again = replaceSection(withOther, 'bundle', '| a | 2 |');
    expect(again).toContain('| a | 2 |');
    expect(again).not.toContain('| a | 1 |');
    expect(again).toContain('intro');
    expect(again.indexOf('bench:bundle:start')).toBeLessThan(again.indexOf('bench:lighthouse:start'));
    expect(again).toContain('score 99');
  });

  it('refuses half a section rather than guess where it ends', () => {
    expect(() => replaceSection('<!-- bench:bundle:start -->\nold', 'bundle', 'new')).toThrow(/broken/);
  });
});
