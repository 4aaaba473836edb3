import { isIsoDate, isWeekend, yearOf, type IsoDate } from '../dates';
import type { ScheduleDay } from './official-schedules';

// An administrator types a year's schedule as lines copied from the State Council notice:
//   2027-01-01 休 元旦
//   2027-02-07 班 春节调休
// '休'/'放假'/'off' is a day off, '班'/'上班'/'work' a weekend day made a working day.

export type ScheduleTextResult = { ok: true; days: ScheduleDay[] } | { ok: false; problems: string[] };

const OFF = ['休', '放假', 'off'];
const WORK = ['班', '上班', 'work'];

export function parseScheduleText(year: number, text: string): ScheduleTextResult {
  const days: ScheduleDay[] = [];
  const problems: string[] = [];
  const seen = new Map<IsoDate, number>();
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const n = index + 1;
    const [date, kindWord, ...rest] = line.split(/[\s,，、]+/);
    const name = rest.join(' ').trim();
    if (!date || !isIsoDate(date)) return problems.push(`第${n}行：“${date ?? ''}”不是有效日期，请写成 ${year}-01-01 的形式。`);
    const y = yearOf(date);
    if (y !== year && !(y === year - 1 && date >= `${year - 1}-12-01`)) return problems.push(`第${n}行：${date} 不属于 ${year} 年的安排。`);
    const kind = OFF.includes(kindWord ?? '') ? 'off' : WORK.includes(kindWord ?? '') ? 'work' : null;
    if (!kind) return problems.push(`第${n}行：请在日期后写“休”（放假）或“班”（调休上班）。`);
    if (kind === 'work' && !isWeekend(date)) return problems.push(`第${n}行：${date} 是工作日，无需登记为调休上班。`);
    if (seen.has(date)) return problems.push(`第${n}行：${date} 与第${seen.get(date)}行重复。`);
    if (name.length > 20) return problems.push(`第${n}行：节日名称不能超过 20 个字。`);
    seen.set(date, n);
    days.push({ date, kind, name: name || (kind === 'off' ? '放假' : '调休上班') });
  });
  if (!problems.length && days.length === 0) problems.push('请至少填写一天放假或调休安排。');
  return problems.length ? { ok: false, problems } : { ok: true, days: days.sort((a, b) => a.date.localeCompare(b.date)) };
}
