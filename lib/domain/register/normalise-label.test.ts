import { describe, expect, it } from 'vitest';
import { normaliseLabel } from './normalise-label';

describe('normaliseLabel', () => {
  it('folds full-width forms and case, and drops spaces and quotes', () => {
    expect(normaliseLabel('不予公开／保护第三方合法权益')).toBe('不予公开/保护第三方合法权益');
    expect(normaliseLabel(' “商业企业” ')).toBe('商业企业');
    expect(normaliseLabel('Natural_Person')).toBe('natural_person');
    expect(normaliseLabel('（三）')).toBe('(三)');
  });

  it('gives the same answer for a label seen before, and after more distinct labels than it remembers', () => {
    expect(normaliseLabel('ＡＢ Ｃ')).toBe('abc');
    for (let i = 0; i < 2500; i++) expect(normaliseLabel(`标签 ${i}`)).toBe(`标签${i}`);
    expect(normaliseLabel('ＡＢ Ｃ')).toBe('abc');
  });
});
