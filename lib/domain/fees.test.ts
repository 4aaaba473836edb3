import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFee, feeForNthApplication, feeForPages, feeQuantityError } from './fees';

describe('per-application fee (按件计收)', () => {
  it.each([
    [1, 0],
    [10, 0],
    [11, 100],
    [30, 100],
    [31, 200],
    [40, 200],
    [41, 300],
    [50, 300],
    [51, 400],
    [100, 800],
  ])('application no. %i costs %i元', (n, amount) => {
    expect(feeForNthApplication(n).amount).toBe(amount);
  });

  it('explains the band', () => {
    expect(feeForNthApplication(5).breakdown).toBe('本月第5件申请：第1–10件免费');
    expect(feeForNthApplication(12).breakdown).toBe('本月第12件申请：第11–30件每件100元，收费100元');
    expect(feeForNthApplication(45).breakdown).toBe('本月第45件申请：第41–50件每件300元，收费300元');
  });

  it('rises by 100元 every 10 applications after the 30th and never falls', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (n) => {
        const a = feeForNthApplication(n).amount;
        const b = feeForNthApplication(n + 1).amount;
        expect(b - a).toBe(n >= 30 && n % 10 === 0 ? 100 : n === 10 ? 100 : 0);
      }),
    );
  });
});

describe('per-page fee (按量计收)', () => {
  it.each([
    [1, 0],
    [30, 0],
    [31, 10],
    [100, 700],
    [101, 720],
    [200, 2700],
    [201, 2740],
    [250, 4700],
  ])('%i pages cost %i元', (pages, amount) => {
    expect(feeForPages(pages).amount).toBe(amount);
  });

  it('gives the progressive breakdown of 250 pages', () => {
    expect(feeForPages(250).breakdown).toBe(
      '1–30页：免费；31–100页：70页×10元=700元；101–200页：100页×20元=2000元；201–250页：50页×40元=2000元；合计4700元',
    );
    expect(feeForPages(20).breakdown).toBe('1–20页：免费；合计0元');
  });

  it('charges each further page the price of its band', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (p) => {
        const marginal = feeForPages(p + 1).amount - feeForPages(p).amount;
        const page = p + 1;
        expect(marginal).toBe(page <= 30 ? 0 : page <= 100 ? 10 : page <= 200 ? 20 : 40);
      }),
    );
  });
});

describe('computeFee', () => {
  it('dispatches on the method', () => {
    expect(computeFee({ method: 'per_page', quantity: 250 }).amount).toBe(4700);
    expect(computeFee({ method: 'per_application', quantity: 31 }).amount).toBe(200);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects quantity %s with a Chinese message', (q) => {
    expect(() => computeFee({ method: 'per_page', quantity: q })).toThrow(/页数必须/);
    expect(() => computeFee({ method: 'per_application', quantity: q })).toThrow(/申请件次必须/);
  });

  it('rejects an unknown method', () => {
    expect(() => computeFee({ method: 'per_word' as never, quantity: 3 })).toThrow('收费方式必须是按件计收或按量计收');
  });

  it('feeQuantityError says what is wrong', () => {
    expect(feeQuantityError('per_page', 0)).toBe('页数必须大于0');
    expect(feeQuantityError('per_page', 2.5)).toBe('页数必须是整数');
    expect(feeQuantityError('per_application', 3)).toBeNull();
  });
});
