import { writeFileSync } from 'node:fs';

/** A register (INTERFACES §1) of `rows` cases received in 2025, half of them answered, as UTF-8 CSV. */
export function writeRegisterCsv(file: string, rows: number, prefix: string): void {
  const lines = ['申请编号,收到日期,申请人类型,申请人,申请方式,申请内容,答复日期,办理结果'];
  const types = ['自然人', '自然人', '自然人', '商业企业', '其他'];
  const channels = ['网络', '当面', '邮寄', '电子邮件'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2025, 0, 2) + (i % 330) * 86_400_000);
    const received = day.toISOString().slice(0, 10);
    const replied = i % 2 === 0 ? new Date(day.getTime() + 12 * 86_400_000).toISOString().slice(0, 10) : '';
    lines.push([`${prefix}-${String(i).padStart(6, '0')}`, received, types[i % types.length], `申请人${i}`, channels[i % channels.length], `第${i}件：社保缴费记录`, replied, replied ? '予以公开' : ''].join(','));
  }
  writeFileSync(file, lines.join('\n') + '\n');
}
