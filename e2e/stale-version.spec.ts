import { expect, test } from '@playwright/test';
import { pageAs, registerCase } from './support';

test('a save based on a stale version is refused and names who changed the case', async ({ browser }) => {
  const clerk = await pageAs(browser, 'clerk');
  const { url } = await registerCase(clerk, { applicantName: '原始申请人' });
  const supervisor = await pageAs(browser, 'supervisor');

  await clerk.goto(`${url}/edit`);
  await supervisor.goto(`${url}/edit`);

  await supervisor.getByLabel('申请人姓名或名称').fill('负责人修改后的名字');
  await supervisor.getByRole('button', { name: '保存修改' }).click();
  await expect(supervisor.getByTestId('form-success')).toHaveText('修改已保存。');

  await clerk.getByLabel('申请人姓名或名称').fill('登记员的修改');
  await clerk.getByRole('button', { name: '保存修改' }).click();
  await expect(clerk.getByTestId('form-error')).toContainText('已被“李强”');
  await expect(clerk.getByTestId('form-error')).toContainText('您的内容未保存');
  await expect(clerk.getByLabel('申请人姓名或名称')).toHaveValue('登记员的修改');

  await clerk.goto(url);
  await expect(clerk.getByTestId('case-facts')).toContainText('负责人修改后的名字');
  await expect(clerk.getByTestId('case-facts')).not.toContainText('登记员的修改');
});
