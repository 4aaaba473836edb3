'use client';

import { useState, useTransition } from 'react';
import type { PersonalData } from '@/lib/domain/personal-data-mask';
import { Fact } from './fact';

type Reveal = () => Promise<{ data?: PersonalData; message?: string }>;

/**
 * The applicant's contact data: in full for those who work on the case; masked for everyone else,
 * with a "显示" that asks the server (which records who looked, and when).
 */
export function PersonalFacts({ idType, initial, masked, reveal }: { idType: string | null; initial: PersonalData; masked: boolean; reveal: Reveal }) {
  const [data, setData] = useState(initial);
  const [hidden, setHidden] = useState(masked);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  const show = () =>
    startTransition(async () => {
      const result = await reveal();
      if (result.data) {
        setData(result.data);
        setHidden(false);
      } else setMessage(result.message);
    });
  const hasAny = Object.values(initial).some(Boolean);
  return (
    <>
      <Fact label="证件">{data.idNumber ? `${idType ?? ''} ${data.idNumber}` : ''}</Fact>
      <Fact label="联系电话">{data.phone}</Fact>
      <Fact label="电子邮箱">{data.email}</Fact>
      <Fact label="通信地址" wide>
        {data.address}
      </Fact>
      {hidden && hasAny ? (
        <div className="sm:col-span-2 lg:col-span-3 text-sm" data-testid="personal-data-masked">
          {/* A group of a description list holds a term and its description, nothing else. */}
          <dt className="sr-only">个人信息</dt>
          <dd>
          <span className="text-slate-600">申请人的证件号码、电话、邮箱和地址仅承办人和负责人可见，已部分隐藏。</span>
          <button type="button" className="ml-2 rounded border border-slate-300 px-2 py-0.5 text-blue-800 hover:bg-slate-50" onClick={show} disabled={pending}>
            {pending ? '正在显示…' : '显示'}
          </button>
          <span className="ml-2 text-xs text-slate-500">（查看将被记录）</span>
          {message ? <p className="field-error">{message}</p> : null}
          </dd>
        </div>
      ) : null}
    </>
  );
}
