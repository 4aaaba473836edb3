import Link from 'next/link';
import { requireUser } from '@/lib/auth/current-user';
import { listCases } from '@/lib/data/case-list';
import { listUsers } from '@/lib/data/users';
import { readSettings } from '@/lib/data/settings';
import { roleLabel } from '@/lib/domain/roles';
import { CaseTable } from '@/components/case-table';
import { AwaitingDelivery } from '@/components/letters/awaiting-delivery';
import { lettersAwaitingDelivery } from '@/lib/data/letters/queries';

export default async function HomePage() {
  const user = await requireUser();
  return (
    <div className="space-y-5">
      <h1>
        您好，{user.displayName}
        <span className="ml-2 text-sm font-normal text-slate-500">{roleLabel(user.role)}</span>
      </h1>
      {user.role === 'admin' || user.role === 'auditor' ? null : <AwaitingDelivery actor={user} rows={lettersAwaitingDelivery(user)} />}
      {user.role === 'admin' ? <AdminHome /> : user.role === 'auditor' ? <AuditorHome /> : <CaseworkHome mine={user.role === 'clerk'} />}
    </div>
  );
}

async function CaseworkHome({ mine }: { mine: boolean }) {
  const user = await requireUser();
  const open = listCases(user, { status: 'open', handler: mine ? 'me' : undefined, sort: 'received_asc' });
  return (
    <section className="space-y-3" aria-labelledby="open-h">
      <div className="flex items-center gap-3">
        <h2 id="open-h">{mine ? '我承办的未办结申请' : '本单位未办结申请'}</h2>
        <span className="text-sm text-slate-600" data-testid="open-count">
          共 {open.total} 件，最早收到的排在前面
        </span>
        <Link href={`/cases?status=open${mine ? '&handler=me' : ''}&sort=received_asc`} className="ml-auto text-sm">
          在登记簿中查看全部
        </Link>
      </div>
      <CaseTable rows={open.rows} empty={mine ? '您目前没有未办结的申请。' : '目前没有未办结的申请。'} />
    </section>
  );
}

async function AdminHome() {
  const user = await requireUser();
  const users = listUsers(user);
  const settings = readSettings();
  const active = users.filter((u) => u.active);
  const links = [
    { href: '/admin/users', title: '用户管理', text: `在岗 ${active.length} 人，停用 ${users.length - active.length} 人。新建账号、重置密码、更改角色。` },
    { href: '/admin/settings', title: '机关设置', text: `机关名称：${settings.agencyName}；编号规则：${settings.caseNoPattern}` },
    { href: '/admin/security', title: '安全设置', text: '密码规则（长度、字符类别、有效期、不得重复）和无操作自动退出时间。' },
    { href: '/admin/calendar', title: '节假日日历', text: '查看和维护法定节假日与调休工作日，计算工作日期限。' },
    { href: '/admin/import', title: '台账导入与导出', text: '从 Excel 台账导入历史申请，或导出全部登记信息。' },
    { href: '/reports', title: '年度报告', text: '生成政府信息公开工作年度报告表三、表四，导出 Excel。' },
  ];
  return (
    <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
      {links.map((l) => (
        <Link key={l.href} href={l.href} className="card block text-slate-900 hover:border-blue-400 hover:no-underline">
          <div className="font-semibold text-blue-800">{l.title}</div>
          <p className="mt-1 text-sm text-slate-600">{l.text}</p>
        </Link>
      ))}
    </div>
  );
}

function AuditorHome() {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Link href="/audit" className="card block text-slate-900 hover:border-blue-400 hover:no-underline">
        <div className="font-semibold text-blue-800">审计日志</div>
        <p className="mt-1 text-sm text-slate-600">查阅全部操作记录（含管理员的操作、登录记录和个人信息查看记录），按人员、操作、对象和日期筛选，导出 Excel 或 CSV。</p>
      </Link>
    </div>
  );
}
