import { describe, expect, it } from 'vitest';
import { chinaHour, digestMessage, parseDigestHour } from './digest';
import type { TodoGroup } from './todo';

const overdue: TodoGroup = {
  kind: 'overdue',
  label: '已超期，尽快答复',
  total: 3,
  items: [
    { kind: 'overdue', title: '申请 2024-0012（张三）', dueOn: '2024-05-06', detail: '已超期 · 超期2个工作日，答复期限 2024-05-06', href: '/cases/12' },
    { kind: 'overdue', title: '申请 2024-0015（李四）', dueOn: '2024-05-07', detail: '已超期 · 超期1个工作日，答复期限 2024-05-07', href: '/cases/15' },
  ],
  listHref: '/cases?status=overdue&handler=me&sort=due_asc',
};

describe('digestMessage', () => {
  const message = digestMessage({ displayName: '王芳', agencyName: '示例市人社局', today: '2024-05-09', baseUrl: 'https://ogi.example.gov.cn/', groups: [overdue] })!;

  it('names the day and the count in the subject', () => {
    expect(message.subject).toBe('【待办提醒】2024年5月9日 共 3 项');
  });

  it('lists each item with a link to its case, and where the rest are', () => {
    expect(message.text).toContain('- 申请 2024-0012（张三）：已超期 · 超期2个工作日，答复期限 2024-05-06\n  https://ogi.example.gov.cn/cases/12\n');
    expect(message.text).toContain('……其余 1 项见 https://ogi.example.gov.cn/cases?status=overdue&handler=me&sort=due_asc');
    expect(message.text).toContain('不想再收到，请在“我的账号”中关闭待办提醒邮件。');
  });

  it('is not written when nothing needs the user', () => {
    expect(digestMessage({ displayName: '王芳', agencyName: 'x', today: '2024-05-09', baseUrl: 'http://127.0.0.1:3000', groups: [] })).toBeNull();
  });
});

describe('parseDigestHour and chinaHour', () => {
  it('reads an hour of the day, and nothing else', () => {
    expect(parseDigestHour('8')).toBe(8);
    expect(parseDigestHour(' 07 ')).toBe(7);
    expect(parseDigestHour('24')).toBeNull();
    expect(parseDigestHour('8:30')).toBeNull();
    expect(parseDigestHour(undefined)).toBeNull();
  });

  it('tells the hour in China', () => {
    expect(chinaHour(new Date('2024-05-09T00:30:00Z'))).toBe(8);
    expect(chinaHour(new Date('2024-05-09T17:00:00Z'))).toBe(1);
  });
});
