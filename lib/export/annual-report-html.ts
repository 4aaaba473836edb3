// The annual report as one standalone HTML page for the agency's portal (REPORT.md §6): the same
// outline as the DOCX, inline CSS, no script; every table cell names its headings (`headers`), and
// every heading its scope, so a screen reader reads each number with its row and column.
import { headingsOf, layoutRows, type LayoutCell, type TableLayout } from '@/lib/domain/report';
import { reportOutline, type Block, type ReportContent } from '@/lib/domain/report/annual';

const CSS = `body{font-family:"FangSong","仿宋_GB2312","仿宋",serif;font-size:16pt;line-height:1.8;max-width:60em;margin:2em auto;padding:0 1em;color:#000}
h1{font-family:"方正小标宋简体","SimSun","宋体",serif;font-size:22pt;font-weight:normal;text-align:center;line-height:1.4}
h2{font-family:"SimHei","黑体",sans-serif;font-size:16pt;font-weight:normal;margin:1em 0 0}
h3{font-family:"KaiTi","楷体_GB2312","楷体",serif;font-size:16pt;font-weight:normal;margin:.5em 0 0}
p{text-indent:2em;margin:0;text-align:justify}
p.marker{text-indent:0;color:#b00;font-weight:bold}
table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:10.5pt;line-height:1.4}
th,td{border:1px solid #000;padding:2px 4px;text-align:center;vertical-align:middle;font-weight:normal}
th.left{text-align:left}
caption{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function tableHtml(layout: TableLayout, caption: string, prefix: string): string {
  const id = (cell: LayoutCell) => `${prefix}-r${cell.row}c${cell.col}`;
  const span = (cell: LayoutCell) => `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
  const draw = (cell: LayoutCell) => {
    if (cell.kind === 'label') {
      const scope = cell.scope ? ` scope="${cell.scope}"` : '';
      return `<th id="${id(cell)}"${scope}${span(cell)}${cell.align === 'left' ? ' class="left"' : ''}>${escapeHtml(cell.text)}</th>`;
    }
    const headers = headingsOf(layout, cell).map(id).join(' ');
    return `<td headers="${headers}"${span(cell)}>${escapeHtml(cell.text)}</td>`;
  };
  const rows = layoutRows(layout).map((cells) => `<tr>${cells.map(draw).join('')}</tr>`);
  const head = rows.slice(0, layout.headerRows);
  const body = rows.slice(layout.headerRows);
  return `<table><caption>${escapeHtml(caption)}</caption>${head.length ? `<thead>${head.join('')}</thead>` : ''}<tbody>${body.join('')}</tbody></table>`;
}

function blockHtml(block: Block, i: number): string {
  switch (block.kind) {
    case 'marker':
      return `<p class="marker">${escapeHtml(block.text)}</p>`;
    case 'title':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'heading':
      return block.level === 1 ? `<h2>${escapeHtml(block.text)}</h2>` : `<h3>${escapeHtml(block.text)}</h3>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'table':
      return tableHtml(block.layout, block.caption, `t${i}`);
  }
}

export function annualReportHtml(content: ReportContent, marker: string | null): string {
  const blocks = reportOutline(content, marker);
  const title = blocks.find((b): b is Extract<Block, { kind: 'title' }> => b.kind === 'title')!.text;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(marker ? `${title}（草稿）` : title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${blocks.map(blockHtml).join('\n')}
</main>
</body>
</html>
`;
}
