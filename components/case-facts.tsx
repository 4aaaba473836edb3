import Link from 'next/link';
import type { CaseDetail } from '@/lib/data/case-detail';
import { applicantTypeLabel, channelLabel, deliveryLabel, outcomeLabel } from '@/lib/domain/categories';
import type { PersonalData } from '@/lib/domain/personal-data-mask';
import { Fact } from './fact';
import { PersonalFacts } from './personal-facts';

export function CaseFacts({ c, reveal }: { c: CaseDetail; reveal: () => Promise<{ data?: PersonalData; message?: string }> }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="case-facts">
      <Fact label="申请编号">{c.caseNo}</Fact>
      <Fact label="收到日期">{c.receivedOn}</Fact>
      <Fact label="登记日期">{c.registeredOn}</Fact>
      <Fact label="申请方式">{channelLabel(c.channel)}</Fact>
      <Fact label="申请人类型">{applicantTypeLabel(c.applicantType)}</Fact>
      <Fact label="申请人">{c.applicantName}</Fact>
      <PersonalFacts idType={c.idType} initial={{ idNumber: c.idNumber, phone: c.phone, email: c.email, address: c.address }} masked={!c.can.seePersonalData} reveal={reveal} />
      <Fact label="申请内容" wide>{c.content}</Fact>
      <Fact label="获取方式">{deliveryLabel(c.deliveryMethod)}</Fact>
      <Fact label="承办人">{c.handlerName ?? '未指定'}</Fact>
      <Fact label="登记人">{c.createdByName}</Fact>
      {c.related ? (
        <Fact label="关联申请">
          <Link prefetch={false} href={`/cases/${c.related.id}`}>{c.related.caseNo}</Link>
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
