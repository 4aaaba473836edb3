import Link from 'next/link';

// A bar chart drawn on the server as SVG (no chart library reaches the browser), with its numbers
// as a table beside it for screen readers and for anyone who wants the figures: the table is the
// chart's text alternative, the SVG is hidden from assistive technology.

export type Bar = { label: string; value: number; href?: string };

type Props = { title: string; unit: string; bars: Bar[]; orientation?: 'vertical' | 'horizontal'; testId: string; labelHeader: string };

const W = 640;

function VerticalBars({ bars, unit }: { bars: Bar[]; unit: string }) {
  const H = 200;
  const top = 16;
  const bottom = 28;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = W / bars.length;
  const barW = Math.min(36, slot * 0.6);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" aria-hidden="true" focusable="false">
      <line x1={0} x2={W} y1={H - bottom} y2={H - bottom} className="stroke-slate-400" strokeWidth={1} />
      {bars.map((b, i) => {
        const h = ((H - top - bottom) * b.value) / max;
        const x = slot * i + (slot - barW) / 2;
        const y = H - bottom - h;
        return (
          <g key={b.label}>
            <rect x={x} y={y} width={barW} height={h} className="fill-blue-700" rx={2}>
              <title>{`${b.label}：${b.value} ${unit}`}</title>
            </rect>
            <text x={x + barW / 2} y={y - 4} textAnchor="middle" fontSize={11} className="fill-slate-800">
              {b.value}
            </text>
            <text x={x + barW / 2} y={H - bottom + 16} textAnchor="middle" fontSize={11} className="fill-slate-700">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function HorizontalBars({ bars, unit }: { bars: Bar[]; unit: string }) {
  const row = 26;
  const labelW = 150;
  const H = row * bars.length + 4;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const room = W - labelW - 48;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" aria-hidden="true" focusable="false">
      {bars.map((b, i) => {
        const y = i * row + 4;
        const w = (room * b.value) / max;
        return (
          <g key={b.label}>
            <text x={labelW - 8} y={y + 14} textAnchor="end" fontSize={12} className="fill-slate-800">
              {b.label}
            </text>
            <rect x={labelW} y={y} width={w} height={row - 8} className="fill-blue-700" rx={2}>
              <title>{`${b.label}：${b.value} ${unit}`}</title>
            </rect>
            <text x={labelW + w + 6} y={y + 14} fontSize={12} className="fill-slate-800">
              {b.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function BarChart({ title, unit, bars, orientation = 'vertical', testId, labelHeader }: Props) {
  const total = bars.reduce((n, b) => n + b.value, 0);
  return (
    <figure className="space-y-2" data-testid={testId}>
      <figcaption className="text-sm font-semibold text-slate-800">
        {title}
        <span className="ml-2 font-normal text-slate-600">
          合计 {total} {unit}
        </span>
      </figcaption>
      {orientation === 'vertical' ? <VerticalBars bars={bars} unit={unit} /> : <HorizontalBars bars={bars} unit={unit} />}
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-800">数据表</summary>
        <table className="table mt-2 max-w-md" data-testid={`${testId}-table`}>
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col" className="text-right">
                {unit}数
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row" className="font-normal">
                  {b.label}
                </th>
                <td className="text-right tabular-nums">
                  {b.href && b.value > 0 ? (
                    <Link href={b.href} prefetch={false}>
                      {b.value}
                    </Link>
                  ) : (
                    b.value
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
