import { describe, expect, it } from 'vitest';
import { noticeParam } from './notice-param';

const SAVED = { created: '申请已登记。', updated: '修改已保存。' };

describe('a notice from the address', () => {
  it('is the message of a key the page knows', () => {
    expect(noticeParam({ saved: 'created' }, 'saved', SAVED)).toBe('申请已登记。');
    expect(noticeParam({ saved: ['updated', 'created'] }, 'saved', SAVED)).toBe('修改已保存。');
  });

  it('is nothing for a missing, empty or unknown key, including what every object inherits', () => {
    for (const key of [undefined, '', 'deleted', '已保存：随便写的字', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect([key, noticeParam(key === undefined ? {} : { saved: key }, 'saved', SAVED)]).toEqual([key, undefined]);
    }
  });

  it('is nothing from an object without a prototype either', () => {
    const bare: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { ok: '好' });
    expect(noticeParam({ saved: 'ok' }, 'saved', bare)).toBe('好');
    expect(noticeParam({ saved: 'constructor' }, 'saved', bare)).toBeUndefined();
  });
});
