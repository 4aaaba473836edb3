// Information-processing fees (信息处理费) under 《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）.
// One method per application: by application count (按件计收) or by page volume (按量计收).

export type FeeMethod = 'per_application' | 'per_page';

export interface FeeResult {
  /** Yuan, an integer. */
  amount: number;
  /** Chinese explanation shown on the fee notice and in the case history. */
  breakdown: string;
}

export const FEE_METHOD_LABELS: Record<FeeMethod, string> = {
  per_application: '按件计收',
  per_page: '按量计收',
};

export const FEE_METHOD_HINTS: Record<FeeMethod, string> = {
  per_application:
    '同一申请人一个自然月内累计申请：第1–10件免费；第11–30件每件100元；超过30件的，以10件为一档，每增加一档每件提高100元（第31–40件200元，第41–50件300元……）。数量填本件是该申请人当月的第几件。',
  per_page:
    '同一申请的页数累进计收：1–30页免费；31–100页每页10元；101–200页每页20元；201页以上每页40元。数量填页数（A4篇幅）。',
};

/** Why a quantity cannot be charged, or null when it can. */
export function feeQuantityError(method: FeeMethod, quantity: number): string | null {
  const what = method === 'per_application' ? '申请件次' : '页数';
  if (typeof quantity !== 'number' || !Number.isFinite(quantity)) return `${what}必须是数字`;
  if (!Number.isInteger(quantity)) return `${what}必须是整数`;
  if (quantity <= 0) return `${what}必须大于0`;
  return null;
}

function check(method: FeeMethod, quantity: number): void {
  const error = feeQuantityError(method, quantity);
  if (error) throw new RangeError(error);
}

/** The fee of the n-th application of one applicant in one calendar month. */
export function feeForNthApplication(n: number): FeeResult {
  check('per_application', n);
  if (n <= 10) return { amount: 0, breakdown: `本月第${n}件申请：第1–10件免费` };
  if (n <= 30) return { amount: 100, breakdown: `本月第${n}件申请：第11–30件每件100元，收费100元` };
  const band = Math.ceil((n - 30) / 10);
  const first = 30 + 10 * (band - 1) + 1;
  const amount = 100 * (band + 1);
  return { amount, breakdown: `本月第${n}件申请：第${first}–${first + 9}件每件${amount}元，收费${amount}元` };
}

const PAGE_BANDS: { from: number; to: number; price: number }[] = [
  { from: 1, to: 30, price: 0 },
  { from: 31, to: 100, price: 10 },
  { from: 101, to: 200, price: 20 },
  { from: 201, to: Number.POSITIVE_INFINITY, price: 40 },
];

/** Progressive per-page fee: each band charges only the pages that fall in it. */
export function feeForPages(pages: number): FeeResult {
  check('per_page', pages);
  let amount = 0;
  const parts: string[] = [];
  for (const band of PAGE_BANDS) {
    if (pages < band.from) break;
    const last = Math.min(pages, band.to);
    const count = last - band.from + 1;
    const range = `${band.from}–${last}页`;
    if (band.price === 0) {
      parts.push(`${range}：免费`);
    } else {
      const sub = count * band.price;
      amount += sub;
      parts.push(`${range}：${count}页×${band.price}元=${sub}元`);
    }
  }
  parts.push(`合计${amount}元`);
  return { amount, breakdown: parts.join('；') };
}

export function computeFee(input: { method: FeeMethod; quantity: number }): FeeResult {
  if (input.method === 'per_application') return feeForNthApplication(input.quantity);
  if (input.method === 'per_page') return feeForPages(input.quantity);
  throw new RangeError('收费方式必须是按件计收或按量计收');
}
