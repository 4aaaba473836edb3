import Link from 'next/link';
import type { AdminDashboard } from '@/lib/data/dashboard';
import { roleLabel, ROLE_CODES } from '@/lib/domain/roles';
import { userListHref } from '@/lib/domain/user-filter';
import { formatChinaDateTime } from '@/lib/domain/dates';

const IMPORT_STATUS: Record<string, string> = { running: '正在导入', done: '已完成', interrupted: '中断', resolved: '中断后已补全' };

function Panel({ title, href, testId, warn, children }: { title: string; href?: string; testId: string; warn?: boolean; children: React.ReactNode }) {
  return (
    <section className={`card space-y-1 ${warn ? 'border-amber-400' : ''}`} aria-labelledby={`${testId}-h`} data-testid={testId}>
      <h2 id={`${testId}-h`} className="text-base">
        {href ? (
          <Link href={href} prefetch={false}>
            {title}
          </Link>
        ) : (
          title
        )}
      </h2>
      <div className="space-y-1 text-sm text-slate-800">{children}</div>
    </section>
  );
}

/** A figure that opens the users it counts; underlined, since it stands inside a sentence. */
function FigureLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} prefetch={false} className="underline">
      {children}
    </Link>
  );
}

/** What keeps the system in order: accounts, the holiday calendar, imports and backups. */
export function AdminHome({ data: d }: { data: AdminDashboard }) {
  const backupAgeDays = d.backupAgeDays;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Panel title="用户" href="/admin/users" testId="admin-users" warn={d.users.initialPassword > 0}>
        <p>
          <FigureLink href={userListHref({ status: 'active' })}>在岗 {d.users.active} 人</FigureLink>（
          {ROLE_CODES.filter((role) => d.users.byRole[role]).map((role, i) => (
            <span key={role}>
              {i ? '，' : ''}
              <FigureLink href={userListHref({ status: 'active', role })}>
                {roleLabel(role)} {d.users.byRole[role]}
              </FigureLink>
            </span>
          ))}
          ），<FigureLink href={userListHref({ status: 'inactive' })}>停用 {d.users.inactive} 人</FigureLink>。
        </p>
        {d.users.initialPassword ? (
          <p>
            <FigureLink href={userListHref({ status: 'initial_password' })}>{d.users.initialPassword} 人尚未修改初始密码</FigureLink>。
          </p>
        ) : null}
        {d.users.noTwoFactor ? (
          <p>
            <FigureLink href={userListHref({ status: 'no_two_factor' })}>{d.users.noTwoFactor} 人未启用双因素认证</FigureLink>。
          </p>
        ) : null}
      </Panel>
      <Panel title="节假日日历" href="/admin/calendar" testId="admin-calendar" warn={d.provisionalYears.length > 0}>
        {d.provisionalYears.length ? (
          <p>
            <strong>{d.provisionalYears.map((y) => `${y}年`).join('、')}</strong>尚未录入国务院节假日安排，相关期限暂按周末计算（标注“暂定”）。通知发布后请录入。
          </p>
        ) : (
          <p>去年、今年和明年的节假日安排都已录入。</p>
        )}
      </Panel>
      <Panel title="台账导入" href="/admin/import" testId="admin-import" warn={d.unfinishedImports.length > 0}>
        {d.lastImport ? (
          <p>
            最近一次：{formatChinaDateTime(d.lastImport.startedAt)}，{d.lastImport.actorName} 导入“{d.lastImport.fileName}”，{IMPORT_STATUS[d.lastImport.status] ?? d.lastImport.status}（{d.lastImport.rowsDone}/{d.lastImport.rowsTotal} 行）。
          </p>
        ) : (
          <p>尚未导入过台账。</p>
        )}
        {d.unfinishedImports.length ? <p className="font-medium text-amber-900">有 {d.unfinishedImports.length} 次导入未完成：重新导入同一文件即可补全。</p> : null}
      </Panel>
      <Panel title="数据备份" testId="admin-backup" warn={backupAgeDays === null || backupAgeDays > 2}>
        {d.lastBackup ? (
          <p>
            最近一次备份：{formatChinaDateTime(d.lastBackup.at)}，{d.lastBackup.cases} 件申请，保存到 {d.lastBackup.file}
            {d.lastBackup.files !== null ? `（含案卷文件 ${d.lastBackup.files} 个）` : ''}。
          </p>
        ) : (
          <p>没有备份记录。请在服务器上用 npm run --silent ogi -- backup --out 文件 每天备份（见 README“Backups”）。</p>
        )}
        {backupAgeDays !== null && backupAgeDays > 2 ? <p className="font-medium text-amber-900">已超过 {backupAgeDays} 天没有备份。</p> : null}
      </Panel>
      <Panel title="机关设置" href="/admin/settings" testId="admin-settings">
        <p>机关名称、编号规则、即将到期提醒天数，公文设置。</p>
      </Panel>
      <Panel title="年度报告" href="/reports" testId="admin-reports">
        <p>生成政府信息公开工作年度报告表三、表四，导出 Excel。</p>
      </Panel>
    </div>
  );
}
