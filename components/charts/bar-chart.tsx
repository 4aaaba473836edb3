import type { ReactNode } from 'react';
import Link from 'next/link';

// A bar chart drawn on the server as SVG (no chart library reaches the browser), with its numbers
// as a table beside it for screen readers and for anyone who wants the figures: the table is the
// chart's text alternative. A bar with an `href` is a link to the list of what it counts (its
// column or row is the target, named in words for assistive technology, with a visible focus
// frame); everything else in the SVG is hidden from assistive technology.

/** `name`: what the bar counts, for the link's accessible name (查看{name}的申请（N 件）). */
export type Bar = { label: string; value: number; href?: string; name?: string };

type Props = { title: string; unit: string; bars: Bar[]; orientation?: 'vertical' | 'horizontal'; testId: string; labelHeader: string };

const W = 640;

const linked = (b: Bar) => b.href !== undefined && b.value > 0;

/**
 * A bar's parts, as a link to its list when it has one (an empty bar opens nothing). The focus
 * outline is drawn inside the slot, where the SVG's edge cannot cut it off, and the slot's frame
 * shows focus too in browsers that draw no outline on SVG elements.
 */
function BarSlot({ bar, unit, frame, children }: { bar: Bar; unit: string; frame: { x: number; y: number; width: number; height: number }; children: ReactNode }) {
  if (!linked(bar)) return <g aria-hidden="true">{children}</g>;
  return (
    <a href={bar.href} aria-label={`查看${bar.name ?? bar.label}的申请（${bar.value} ${unit}）`} className="group focus-visible:-outline-offset-2" data-bar={bar.label}>
      <rect {...frame} rx={3} className="fill-transparent stroke-transparent group-hover:fill-blue-50 group-focus-visible:stroke-blue-900" strokeWidth={2} />
      {children}
    </a>
  );
}

function VerticalBars({ bars, unit }: { bars: Bar[]; unit: string }) {
  const H = 200;
  const top = 16;
  const bottom = 28;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = W / bars.length;
  const barW = Math.min(36, slot * 0.6);
  return (
    <>
      <line x1={0} x2={W} y1={H - bottom} y2={H - bottom} className="stroke-slate-400" strokeWidth={1} aria-hidden="true" />
      {bars.map((b, i) => {
        const h = ((H - top - bottom) * b.value) / max;
        const x = slot * i + (slot - barW) / 2;
        const y = H - bottom - h;
        return (
          <BarSlot key={b.label} bar={b} unit={unit} frame={{ x: slot * i + 1, y: 1, width: slot - 2, height: H - 2 }}>
            <rect x={x} y={y} width={barW} height={h} className="fill-blue-700 group-hover:fill-blue-900" rx={2}>
              <title>{`${b.label}：${b.value} ${unit}`}</title>
            </rect>
            <text x={x + barW / 2} y={y - 4} textAnchor="middle" fontSize={11} className="fill-slate-800">
              {b.value}
            </text>
            <text x={x + barW / 2} y={H - bottom + 16} textAnchor="middle" fontSize={11} className="fill-slate-700">
              {b.label}
            </text>
          </BarSlot>
        );
      })}
    </>
  );
}

function HorizontalBars({ bars, unit }: { bars: Bar[]; unit: string }) {
  const row = 26;
  const labelW = 150;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const room = W - labelW - 48;
  return bars.map((b, i) => {
    const y = i * row + 4;
    const w = (room * b.value) / max;
    return (
      <BarSlot key={b.label} bar={b} unit={unit} frame={{ x: 1, y: y - 3, width: W - 2, height: row - 2 }}>
        <text x={labelW - 8} y={y + 14} textAnchor="end" fontSize={12} className="fill-slate-800">
          {b.label}
        </text>
        <rect x={labelW} y={y} width={w} height={row - 8} className="fill-blue-700 group-hover:fill-blue-900" rx={2}>
          <title>{`${b.label}：${b.value} ${unit}`}</title>
        </rect>
        <text x={labelW + w + 6} y={y + 14} fontSize={12} className="fill-slate-800">
          {b.value}
        </text>
      </BarSlot>
    );
  });
}

export function BarChart({ title, unit, bars, orientation = 'vertical', testId, labelHeader }: Props) {
  const total = bars.reduce((n, b) => n + b.value, 0);
  const height = orientation === 'vertical' ? 200 : 26 * bars.length + 4;
  // With links the SVG is a group of them; without, a picture the table already tells.
  const a11y = bars.some(linked) ? { role: 'group', 'aria-label': title } : { 'aria-hidden': true };
  return (
    <figure className="space-y-2" data-testid={testId}>
      <figcaption className="text-sm font-semibold text-slate-800">
        {title}
        <span className="ml-2 font-normal text-slate-600">
          合计 {total} {unit}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${height}`} className="h-auto w-full" focusable="false" {...a11y}>
        {orientation === 'vertical' ? <VerticalBars bars={bars} unit={unit} /> : <HorizontalBars bars={bars} unit={unit} />}
      </svg>
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
                  {linked(b) ? (
                    <Link href={b.href!} prefetch={false}>
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
