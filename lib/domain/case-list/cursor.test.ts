import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

describe('list cursors', () => {
  it('round-trip any key, ~ and newlines included', () => {
    for (const key of ['2026-12-02', '张三~李四', 'a\nb', '', '9999-12-31']) {
      const text = encodeCursor({ sort: 'applicant_asc', key, id: 42 });
      expect(decodeCursor(text, 'applicant_asc')).toEqual({ sort: 'applicant_asc', key, id: 42 });
    }
  });

  it('belong to one sort', () => {
    expect(decodeCursor(encodeCursor({ sort: 'due_asc', key: '2026-01-01', id: 7 }), 'received_desc')).toBeNull();
  });

  it('refuse what this list did not write', () => {
    for (const text of [undefined, '', 'received_desc', 'received_desc~0~x', 'received_desc~-1~x', 'received_desc~1.5~x', 'received_desc~abc~x', 'received_desc~1234567890123456~x', `received_desc~1~${'x'.repeat(700)}`]) {
      expect(decodeCursor(text, 'received_desc'), String(text)).toBeNull();
    }
  });
});
