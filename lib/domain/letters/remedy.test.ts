import { describe, expect, it } from 'vitest';
import { remedyStatement } from './remedy';

describe('the remedy statement', () => {
  it('R2 names reconsideration first, the 复议机关 and the 60 days', () => {
    const text = remedyStatement('R2', '示例市人民政府');
    expect(text).toContain('第二十三条第一款第（四）项');
    expect(text).toContain('应当先自收到本答复之日起六十日内向示例市人民政府申请行政复议');
    expect(text).toContain('十五日内依法向人民法院提起行政诉讼');
  });

  it('R1 offers reconsideration within 60 days or litigation within six months, naming no court', () => {
    expect(remedyStatement('R1', '示例市人民政府')).toBe(
      '如对本答复不服，可以自收到本答复之日起六十日内向示例市人民政府申请行政复议，或者自收到本答复之日起六个月内依法向人民法院提起行政诉讼。',
    );
  });

  it('R0 says nothing', () => {
    expect(remedyStatement('R0', '示例市人民政府')).toBe('');
  });
});
