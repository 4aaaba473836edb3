import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { resumeSession, uniqueCaseNo } from './support';

// A register file with any bad row imports nothing, and the page lists every problem by row and
// column as the clerk sees them in the spreadsheet (INTERFACES §1). Case numbers are unique per run.

const HEADER = '申请编号,收到日期,申请人类型,申请人,申请方式,申请内容,答复日期,办理结果';

async function upload(page: Page, name: string, content: string | Buffer, mimeType = 'text/csv') {
  await page.goto('/admin/import');
  const section = page.getByRole('region', { name: '导入申请台账' });
  await section.getByLabel('选择文件（.xlsx 或 .csv）').setInputFiles({ name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content });
  await section.getByRole('button', { name: '上传并检查' }).click();
  const error = section.getByTestId('import-error');
  await expect(error).toBeVisible();
  // Announced and focused, like every form's error summary.
  await expect(error).toBeFocused();
  await expect(section.getByRole('button', { name: '确认导入' })).toHaveCount(0);
  return error;
}

async function expectNotImported(page: Page, prefix: string) {
  await page.goto(`/cases?q=${encodeURIComponent(prefix)}`);
  await expect(page.getByTestId('case-count')).toHaveText('共 0 件');
}

test.beforeEach(async ({ page }) => {
  await resumeSession(page, 'admin');
});

test('missing required columns are named, and nothing is imported', async ({ page }) => {
  const no = uniqueCaseNo('MISSCOL');
  const error = await upload(page, '缺列.csv', `申请编号,申请人,备注\n${no},张三,x\n`);
  await expect(error.getByTestId('import-problems').locator('li')).toHaveText([
    /^第1行，“收到日期”列：缺少必填列“收到日期”。第一行应为列标题，必须包含：申请编号、收到日期、申请人类型、申请人$/,
    /^第1行，“申请人类型”列：缺少必填列“申请人类型”/,
  ]);
  await expect(page.getByTestId('import-warnings')).toContainText('已忽略无法识别的列：“备注”');
  await expectNotImported(page, no);
});

test('every bad row is listed by row and column: dates, types, outcomes, reply before receipt, duplicates', async ({ page }) => {
  const p = uniqueCaseNo('BADROWS');
  const csv = [
    HEADER,
    `${p}-1,2024-03-01,自然人,好的一行,网络,内容,2024-03-10,予以公开`,
    `${p}-2,2024-02-30,自然人,日期不存在,网络,内容,,`,
    `${p}-3,上周三,自然人,日期看不懂,网络,内容,,`,
    `${p}-4,2024-03-01,外星人,类型不认识,网络,内容,,`,
    `${p}-5,2024-03-01,商业,结果不认识,网络,内容,2024-03-05,乱写一通`,
    `${p}-6,2024-03-10,科研,答复早于收到,网络,内容,2024-03-01,部分公开`,
    `${p}-1,2024-03-02,自然人,编号重复,网络,内容,,`,
  ].join('\n');
  const error = await upload(page, '多处错误.csv', csv);
  await expect(error).toContainText('“多处错误.csv”中有 6 处问题，没有导入任何内容');
  await expect(error.getByTestId('import-problems').locator('li')).toHaveText([
    '第3行，“收到日期”列：日期“2024-02-30”不存在（2024年2月没有30日），请核对月份和日期',
    /^第4行，“收到日期”列：无法识别的日期“上周三”/,
    /^第5行，“申请人类型”列：无法识别的申请人类型“外星人”/,
    /^第6行，“办理结果”列：无法识别的办理结果“乱写一通”/,
    '第7行，“答复日期”列：答复日期 2024-03-01 早于收到日期 2024-03-10，请核对',
    `第8行，“申请编号”列：申请编号“${p}-1”与第2行重复，同一文件中申请编号必须唯一`,
  ]);
  await expectNotImported(page, p);
});

test('an XLSX with a bad row is refused the same way', async ({ page }) => {
  const p = uniqueCaseNo('BADXLSX');
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('台账');
  sheet.addRow(HEADER.split(','));
  sheet.addRow([`${p}-1`, new Date('2024-04-01T00:00:00Z'), '自然人', '好的一行', '当面', '内容', new Date('2024-04-08T00:00:00Z'), '不予公开/保护第三方合法权益']);
  sheet.addRow([`${p}-2`, new Date('2024-04-02T00:00:00Z'), '自然人', '', '当面', '内容', null, '予以公开']);
  const error = await upload(page, '台账.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  await expect(error.getByTestId('import-problems').locator('li')).toHaveText([
    '第3行，“申请人”列：不能为空，请填写申请人姓名或单位名称',
    /^第3行，“答复日期”列：填写了办理结果，必须同时填写答复日期/,
  ]);
  await expectNotImported(page, p);
});

test('an empty file and a file with only the header row are refused', async ({ page }) => {
  let error = await upload(page, '空文件.csv', '');
  await expect(error.getByTestId('import-problems')).toHaveText('第1行：文件是空的。第一行应为列标题，从第二行起每行登记一件');
  error = await upload(page, '只有标题.csv', `${HEADER}\n`);
  await expect(error.getByTestId('import-problems')).toHaveText('第2行：文件只有标题行，没有数据行。从第二行起每行登记一件');
});

test('a file that is not a spreadsheet is refused with the reason', async ({ page }) => {
  let error = await upload(page, '说明.pdf', '%PDF-1.4 not a register', 'application/pdf');
  await expect(error).toContainText('“说明.pdf”无法导入：文件不是有效的 Excel（.xlsx）或 CSV 文件：不支持“.pdf”文件，请上传 .xlsx 或 .csv 文件');
  error = await upload(page, '改了扩展名.xlsx', '%PDF-1.4 not a register', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  await expect(error).toContainText('文件不是有效的 Excel（.xlsx）或 CSV 文件');
  error = await upload(page, '乱码.csv', Buffer.from([0x41, 0x2c, 0xff, 0xfe, 0xfd, 0x0a]));
  await expect(error).toContainText('无法识别文件的文字编码（既不是 UTF-8，也不是 GB18030/GBK）');
});

test('a CSV saved by Excel on Chinese Windows (GB18030) is read like a UTF-8 one', async ({ page }) => {
  const no = uniqueCaseNo('GBK');
  await page.goto('/admin/import');
  const section = page.getByRole('region', { name: '导入申请台账' });
  const csv = `${HEADER}\r\n${no},2024-03-01,自然人,张三丰,网络,"申请公开,含逗号",,\r\n`;
  await section.getByLabel('选择文件（.xlsx 或 .csv）').setInputFiles({ name: 'Excel另存.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gb18030') });
  await section.getByRole('button', { name: '上传并检查' }).click();
  await expect(section.getByTestId('import-summary')).toHaveText('新增 1 件，更新 0 件，未变 0 件');
  await section.getByRole('button', { name: '确认导入' }).click();
  await expect(section.getByTestId('import-done')).toBeVisible();
  await page.goto(`/cases?q=${encodeURIComponent(no)}`);
  await expect(page.getByRole('link', { name: no })).toBeVisible();
  await expect(page.getByText('张三丰')).toBeVisible();
});

test('re-importing shows what changes before confirming, keeps unlisted columns and never reopens a case', async ({ page }) => {
  const no = uniqueCaseNo('REIMP');
  const section = () => page.getByRole('region', { name: '导入申请台账' });
  async function importCsv(name: string, csv: string) {
    await page.goto('/admin/import');
    await section().getByLabel('选择文件（.xlsx 或 .csv）').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await section().getByRole('button', { name: '上传并检查' }).click();
    await expect(section().getByTestId('import-preview')).toBeVisible();
  }
  await importCsv('v1.csv', `${HEADER}\n${no},2024-03-01,自然人,改动测试,当面,原来的申请内容,2024-03-20,予以公开\n`);
  await section().getByRole('button', { name: '确认导入' }).click();
  await expect(section().getByTestId('import-done')).toBeVisible();

  await importCsv('v2.csv', `申请编号,收到日期,申请人类型,申请人,答复日期,办理结果\n${no},2024-03-01,自然人,改动测试,2024-03-25,部分公开\n`);
  await expect(section().getByTestId('import-summary')).toHaveText('新增 0 件，更新 1 件，未变 0 件');
  await expect(section().getByTestId('import-changes').locator('li')).toHaveText([`申请编号 ${no}：答复日期 2024-03-20 → 2024-03-25；办理结果 予以公开 → 部分公开`]);
  await section().getByRole('button', { name: '确认导入' }).click();
  await expect(section().getByTestId('import-done')).toBeVisible();

  await importCsv('v3.csv', `申请编号,收到日期,申请人类型,申请人,答复日期,办理结果\n${no},2024-03-01,自然人,改动测试,,\n`);
  await expect(section().getByTestId('import-summary')).toHaveText('新增 0 件，更新 0 件，未变 1 件');
  await expect(page.getByTestId('import-warnings')).toContainText(`第2行：申请编号“${no}”在系统中已办结（2024-03-25 答复，办理结果“部分公开”）`);
  await section().getByRole('button', { name: '取消，重新选择文件' }).click();

  await page.goto(`/cases?q=${encodeURIComponent(no)}`);
  await expect(page.getByTestId('case-count')).toHaveText('共 1 件');
});
