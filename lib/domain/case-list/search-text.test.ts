import { describe, expect, it } from 'vitest';
import { searchText } from './search-text';

describe('search text for the case index', () => {
  it('is nothing for an empty or blank query', () => {
    expect(searchText(undefined)).toBeNull();
    expect(searchText('   ')).toBeNull();
    expect(searchText('\u0001\u0002')).toBeNull();
  });

  it('is one quoted phrase from three characters on, quotes doubled, case folded', () => {
    expect(searchText(' 财政预算 ')).toEqual({ kind: 'phrase', match: '"财政预算"' });
    expect(searchText('HZ_2026')).toEqual({ kind: 'phrase', match: '"hz_2026"' });
    expect(searchText('say "hi"')).toEqual({ kind: 'phrase', match: '"say ""hi"""' });
    expect(searchText('a OR b*')).toEqual({ kind: 'phrase', match: '"a or b*"' });
  });

  it('is a range of index terms for one or two characters', () => {
    expect(searchText('律师')).toEqual({ kind: 'prefix', from: '律师', to: '律师\u{10FFFF}' });
    expect(searchText('王')).toEqual({ kind: 'prefix', from: '王', to: '王\u{10FFFF}' });
    expect(searchText('%')).toEqual({ kind: 'prefix', from: '%', to: '%\u{10FFFF}' });
  });

  it('counts characters, not UTF-16 units, and drops control characters', () => {
    expect(searchText('𠀀a')?.kind).toBe('prefix'); // two characters, three UTF-16 units
    expect(searchText('王\u0001五')).toEqual({ kind: 'prefix', from: '王五', to: '王五\u{10FFFF}' });
  });
});
