import { describe, expect, it } from 'vitest';
import { auditableChanges, maskAddress, maskEmail, maskedChanges, maskPersonalData, maskPhone } from './personal-data-mask';

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['0571-87654321', '057******4321'],
    ['87654321', '876*4321'],
    ['12345', '***45'],
    ['', ''],
  ])('%j → %j', (value, masked) => {
    expect(maskPhone(value)).toBe(masked);
  });
});

describe('maskAddress', () => {
  it('keeps the city and district and hides the street, without revealing the length', () => {
    expect(maskAddress('示例市西湖区文一路 100 号')).toBe('示例市西湖区****');
    expect(maskAddress('示例市西湖区文一路 100 号 3 单元 502 室')).toBe('示例市西湖区****');
    expect(maskAddress('西湖区')).toBe('西****');
    expect(maskAddress(null)).toBe('');
  });
});

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => {
    expect(maskEmail('zhang.san@example.com')).toBe('z***@example.com');
    expect(maskEmail('nodomain')).toBe('n***');
    expect(maskEmail(undefined)).toBe('');
  });
});

describe('maskPersonalData', () => {
  it('masks every field and leaves empty ones empty', () => {
    expect(maskPersonalData({ idNumber: '330102199001011234', phone: null, email: '', address: '示例市西湖区文一路' })).toEqual({ idNumber: '3301**********1234', phone: null, email: '', address: '示例市西湖区****' });
  });
});

describe('auditableChanges', () => {
  it('masks identity numbers only, before and after', () => {
    const changes = { idNumber: { from: null, to: '330102199001011234' }, phone: { from: '1', to: '13812345678' } };
    expect(auditableChanges(changes)).toEqual({ idNumber: { from: null, to: '3301**********1234' }, phone: { from: '1', to: '13812345678' } });
    expect(auditableChanges({ outcome: { from: null, to: 'x' } })).toEqual({ outcome: { from: null, to: 'x' } });
  });
});

describe('maskedChanges', () => {
  it('masks every personal field for a reader who may not see them', () => {
    expect(maskedChanges({ phone: { from: '13812345678', to: null }, email: { from: 'a@b.cn', to: 'c@d.cn' }, notes: { from: 'x', to: 'y' } })).toEqual({
      phone: { from: '138****5678', to: null },
      email: { from: 'a***@b.cn', to: 'c***@d.cn' },
      notes: { from: 'x', to: 'y' },
    });
  });
});
