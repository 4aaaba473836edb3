import type { LetterView } from '@/lib/data/letters/letter-view';
import type { ActionState } from '@/lib/action-state';
import { ReceivedForm } from './delivery-forms';

type Props = { view: LetterView; receivedAction: (deliveryId: number) => (s: ActionState, f: FormData) => Promise<ActionState> };

export function LetterDeliveries({ view, receivedAction }: Props) {
  if (view.deliveries.length === 0) return <p className="text-sm text-amber-700" data-testid="no-delivery">尚未登记送达。</p>;
  return (
    <ul className="space-y-3" data-testid="deliveries">
      {view.deliveries.map((d) => (
        <li key={d.id} className="rounded border border-slate-200 p-3 text-sm">
          <div>
            <strong>{d.methodLabel}</strong>
            {d.trackingNo ? `，运单号 ${d.trackingNo}` : ''}，{d.sentOn} 送出
            {d.receivedOn ? `，${d.receivedOn} 签收` : '，尚未登记签收'}
          </div>
          {d.note ? <div className="text-slate-600">{d.note}</div> : null}
          <div className="text-xs text-slate-500">{d.byName ?? '系统'} 登记</div>
          {!d.receivedOn && view.can.deliver ? (
            <div className="mt-2">
              <ReceivedForm action={receivedAction(d.id)} today={view.today} sentOn={d.sentOn} label={`登记签收 ${d.id}`} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
