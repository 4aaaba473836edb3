// In-page: is the focused element's focus indicator visible, at least 3:1 against what is behind
// it (WCAG 1.4.11, 2.4.7)? Runs in the browser (walk.ts installs it before probe.ts), so it is one
// self-contained function: Playwright sends its source to the page.

export type FocusRingCheck = (el: Element, rect: DOMRect, style: CSSStyleDeclaration) => string[];

declare global {
  interface Window {
    __kwFocusRing: FocusRingCheck;
  }
}

export function installFocusRingCheck(): void {
  // Colours as sRGB bytes whatever the notation (Tailwind 4 computes to oklab/lab): the canvas converts.
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const cache = new Map<string, number[]>();
  const rgba = (color: string): number[] => {
    if (!cache.has(color)) {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      cache.set(color, [r, g, b, a / 255]);
    }
    return cache.get(color)!;
  };
  const over = (top: number[], under: number[]) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
  const luminance = ([r, g, b]: number[]) => {
    const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (a: number[], b: number[]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  // What is painted at a point behind `el`'s ring: the backgrounds of the elements there, top down.
  const backdrop = (el: Element, x: number, y: number): number[] => {
    const layers: number[][] = [];
    for (const hit of document.elementsFromPoint(x, y)) {
      if (hit !== el && el.contains(hit)) continue;
      const bg = rgba(getComputedStyle(hit).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    return layers.reduceRight((under, top) => over(top, under), [255, 255, 255, 1]);
  };

  // The indicator: the outline, or else the widest box-shadow (Tailwind's ring); its colour and how
  // far out from the border box the middle of it lies (negative: inside).
  const indicator = (style: CSSStyleDeclaration): { color: string; at: number } | null => {
    const width = parseFloat(style.outlineWidth);
    if (style.outlineStyle !== 'none' && width > 0 && rgba(style.outlineColor)[3] > 0) {
      return { color: style.outlineColor, at: parseFloat(style.outlineOffset) + width / 2 };
    }
    if (style.boxShadow === 'none') return null;
    let best: { color: string; at: number; spread: number } | null = null;
    // "oklab(…) 0px 0px 0px 2px, rgba(0, 0, 0, 0) 0px 0px 0px 0px": split at the commas between shadows.
    for (const shadow of style.boxShadow.split(/,(?![^(]*\))/)) {
      const color = shadow.match(/^\s*((?:rgba?|oklch|oklab|lab|lch|color|hsla?)\([^)]*\)|#\w+|[a-z]+)/)?.[1];
      const lengths = shadow.replace(color ?? '', '').match(/-?[\d.]+px/g)?.map(parseFloat) ?? [];
      const spread = lengths[3] ?? 0;
      if (!color || spread <= 0 || rgba(color)[3] === 0) continue;
      if (!best || spread > best.spread) best = { color, at: /\binset\b/.test(shadow) ? -spread / 2 : spread / 2, spread };
    }
    return best;
  };

  // A scrolling or overflow-hidden ancestor that cuts the point off.
  const clipped = (el: Element, x: number, y: number): boolean => {
    for (let a = el.parentElement; a && a !== document.documentElement && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const r = a.getBoundingClientRect();
      const left = r.left + a.clientLeft;
      const top = r.top + a.clientTop;
      if (x < left || x > left + a.clientWidth || y < top || y > top + a.clientHeight) return true;
    }
    return false;
  };

  window.__kwFocusRing = (el, r, style) => {
    const ring = indicator(style);
    if (!ring) return ['no focus indicator (outline and box-shadow are none)'];
    const color = rgba(ring.color);
    const d = ring.at;
    // Each side at the middle of its part inside the window: a region taller than the window (a
    // long table's scroll region) shows its left and right sides wherever it is scrolled to.
    const mid = (from: number, to: number, max: number) => (Math.max(from, 0) + Math.min(to, max - 1)) / 2;
    const y = mid(r.top, r.bottom, innerHeight);
    const x = mid(r.left, r.right, innerWidth);
    const sides: [string, number, number][] = [
      ['left', r.left - d, y],
      ['right', r.right + d, y],
      ['top', x, r.top - d],
      ['bottom', x, r.bottom + d],
    ];
    let shown = 0;
    const weak: string[] = [];
    for (const [side, x, y] of sides) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight || clipped(el, x, y)) continue;
      shown += 1;
      const bg = backdrop(el, x, y);
      const ratio = contrast(over(color, bg), bg);
      if (ratio < 3) weak.push(`${side} ${ratio.toFixed(2)}:1 (${ring.color} on rgb(${bg.slice(0, 3).map(Math.round).join(',')}))`);
    }
    const problems: string[] = [];
    if (shown < 2) problems.push(`focus ring cut off (${4 - shown} of 4 sides clipped or outside the window)`);
    if (weak.length) problems.push(`focus ring below 3:1: ${weak.join('; ')}`);
    return problems;
  };
}
