import { describe, expect, it } from 'vitest';
import { cycleThrough } from './strategy-graph.ts';

describe('strategy map cycles', () => {
  const links = [
    { from: 'learn', to: 'process' },
    { from: 'process', to: 'clients' },
    { from: 'clients', to: 'mission' },
  ];

  it('accepts supporting links that go up the map', () => {
    expect(cycleThrough(links, 'learn', ['process', 'clients'])).toEqual([]);
    expect(cycleThrough(links, 'new', ['learn'])).toEqual([]);
  });

  it('names the path of a cycle the new links would close', () => {
    expect(cycleThrough(links, 'clients', ['learn'])).toEqual(['clients', 'learn', 'process', 'clients']);
  });

  it('refuses an objective that supports itself', () => {
    expect(cycleThrough([], 'a', ['a'])).toEqual(['a', 'a']);
  });

  it('replaces the current links of the objective instead of adding to them', () => {
    // 'process' used to support 'learn'; its new links no longer do, so no cycle remains.
    expect(cycleThrough([...links, { from: 'clients', to: 'learn' }], 'clients', ['mission'])).toEqual([]);
  });
});
