import Link from 'next/link';
import type { CaseDetail } from '@/lib/data/case-detail';
import { applicantTypeLabel, channelLabel, deliveryLabel, outcomeLabel } from '@/lib/domain/categories';

function Fact({ label, children, wide }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'sm:col-span-2 lg:col-span-3' : undefined}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 whitespace-pre-wrap break-words text-sm">{children || <span className="text-slate-400">—</span>}</dd>
    </div>
  );
}

export function CaseFacts({ c }: { c: CaseDetail }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="case-facts">
      <Fact label="申请编号">{c.caseNo}</Fact>
      <Fact label="收到日期">{c.receivedOn}</Fact>
      <Fact label="登记日期">{c.registeredOn}</Fact>
      <Fact label="申请方式">{channelLabel(c.channel)}</Fact>
      <Fact label="申请人类型">{applicantTypeLabel(c.applicantType)}</Fact>
      <Fact label="申请人">{c.applicantName}</Fact>
      <Fact label="证件">{c.idNumber ? `${c.idType ?? ''} ${c.idNumber}` : ''}</Fact>
      <Fact label="联系电话">{c.phone}</Fact>
      <Fact label="电子邮箱">{c.email}</Fact>
      <Fact label="通信地址" wide>{c.address}</Fact>
      <Fact label="申请内容" wide>{c.content}</Fact>
      <Fact label="获取方式">{deliveryLabel(c.deliveryMethod)}</Fact>
      <Fact label="承办人">{c.handlerName ?? '未指定'}</Fact>
      <Fact label="登记人">{c.createdByName}</Fact>
      {c.related ? (
        <Fact label="关联申请">
          <Link href={`/cases/${c.related.id}`}>{c.related.caseNo}</Link>
        </Fact>
      ) : null}
      <Fact label="备注" wide>{c.notes}</Fact>
      {c.closed ? (
        <>
          <Fact label="办理结果">{c.outcome ? outcomeLabel(c.outcome) : ''}</Fact>
          <Fact label="答复日期">{c.repliedOn}</Fact>
          <Fact label="答复文号">{c.replyDocNo}</Fact>
        </>
      ) : null}
    </dl>
  );
}
