// How a change to published numbers is told to the user before saving and kept in the audit.
import { cellName } from '../names';
import type { PublishedChange } from './published-cells';

export function publishedChangeLines(changes: readonly PublishedChange[]): string[] {
  return changes.map(({ year, cells }) => `${year}年度报告（已发布）：${cells.map((c) => `表${c.table === 'three' ? '三' : '四'}“${cellName(c)}”`).join('、')}`);
}

export function publishedChangeWarning(changes: readonly PublishedChange[]): string {
  const years = changes.map((c) => `${c.year}年`).join('、');
  return `这次保存会改变已发布的${years}年度报告中的数字。没有保存任何内容。如确需修改，请勾选“我已知晓”后再次提交；修改记录会注明改变了哪些数字，已发布的报告不会改变，如需更正请联系管理员。`;
}
