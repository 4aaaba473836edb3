// The in-page half of the keyboard walk (walk.ts). Installed on every page before its own scripts.
// Each Tab keydown first measures the element focused until then (its focus has settled and the
// browser has scrolled it into view), so a page's walk is a burst of Tab presses and one
// page.evaluate to collect the stops. Self-contained: Playwright sends its source to the page.

/** One Tab stop as the walk sees it. */
export type Stop = {
  /** Stable per element for the life of the page; -1 when nothing in the page has focus. */
  id: number;
  what: string;
  /** The skip link (跳到正文), which must be the first stop. */
  skip: boolean;
  /** Inside the page's main element. */
  inMain: boolean;
  problems: string[];
};

export type Candidate = { id: number; what: string };

export type Survey = {
  /** The visible interactive elements Tab must reach (a radio group once). */
  candidates: Candidate[];
  positiveTabindex: string[];
  /** Visible controls with tabindex="-1" (and not aria-hidden). */
  removed: string[];
  /** The page has a header or navigation before its content, which the skip link must let one pass. */
  hasNavigation: boolean;
};

export type Probe = {
  survey(): Survey;
  /** The stops measured since the last call, ending with the element focused now. */
  collect(): Stop[];
  focusSkipLink(): boolean;
  /** Where focus is: on the page's main element (after the skip link), inside it, or elsewhere. */
  where(): 'main' | 'in-main' | 'elsewhere';
};

declare global {
  interface Window {
    __kw: Probe;
  }
}

export function installProbe(): void {
  const ids = new WeakMap<Element, number>();
  let nextId = 0;
  const idOf = (el: Element) => {
    if (!ids.has(el)) ids.set(el, ++nextId);
    return ids.get(el)!;
  };

  const what = (el: Element) => {
    const name = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.getAttribute('name') ?? '';
    const href = el.getAttribute('href');
    const type = el.getAttribute('type');
    return `${el.tagName.toLowerCase()}${type ? `[${type}]` : ''}${el.id ? `#${el.id}` : ''} “${name.replace(/\s+/g, ' ').trim().slice(0, 30)}”${href ? ` → ${href}` : ''}`;
  };

  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && !el.closest('[inert]');
  };

  const SELECTOR = 'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex="0"]';

  let last: Element | null = null;
  let stops: Stop[] = [];

  const measure = (): Stop => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { id: -1, what: '(nothing in the page)', skip: false, inMain: false, problems: [] };
    const problems: string[] = [];
    const stop: Stop = { id: idOf(el), what: what(el), skip: el.matches('a.skip-link[href="#main"]'), inMain: !!el.closest('main'), problems };
    // A date field takes several Tabs (年, 月, 日): one stop.
    if (el === last) return stop;
    if (last?.isConnected && last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING && !stop.skip) {
      problems.push(`reached after ${what(last)}, which comes after it in the page`);
    }
    last = el;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (r.width < 2 || r.height < 2 || style.visibility === 'hidden' || style.opacity === '0') {
      problems.push(`hidden (${Math.round(r.width)}×${Math.round(r.height)} px, visibility ${style.visibility}, opacity ${style.opacity})`);
      return stop;
    }
    if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) {
      problems.push(`off-screen at ${Math.round(r.left)},${Math.round(r.top)}`);
      return stop;
    }
    // Something painted over it (a sticky bar): not its own content, label or an ancestor.
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const onTop = document.elementFromPoint(x, y);
    if (onTop && !el.contains(onTop) && !onTop.contains(el) && !(el as HTMLInputElement).labels?.[0]?.contains(onTop)) problems.push(`covered by ${what(onTop)}`);
    problems.push(...window.__kwFocusRing(el, r, style));
    return stop;
  };

  // Capture on window: before the page's own handlers, and before Tab moves focus on.
  addEventListener('keydown', (event) => {
    if (event.key === 'Tab') stops.push(measure());
  }, true);

  window.__kw = {
    survey() {
      const candidates: Candidate[] = [];
      const removed: string[] = [];
      for (const el of document.querySelectorAll(SELECTOR)) {
        if (!visible(el)) continue;
        if (el.getAttribute('tabindex') === '-1') {
          if (el.getAttribute('aria-hidden') !== 'true') removed.push(what(el));
          continue;
        }
        if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
          // Tab enters a radio group once, at the checked button (or the first); arrows move within it.
          const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)].filter((r) => r.form === el.form);
          if (group[0] !== el) continue;
          const stop = group.find((r) => r.checked) ?? el;
          candidates.push({ id: idOf(stop), what: what(stop) });
          continue;
        }
        candidates.push({ id: idOf(el), what: what(el) });
      }
      const positiveTabindex = [...document.querySelectorAll('[tabindex]')].filter((el) => (el as HTMLElement).tabIndex > 0).map(what);
      last = null;
      stops = [];
      return { candidates, positiveTabindex, removed, hasNavigation: !!document.querySelector('header, nav') };
    },
    collect() {
      const done = stops.concat(measure());
      stops = [];
      return done;
    },
    focusSkipLink() {
      const link = document.querySelector<HTMLElement>('a.skip-link[href="#main"]');
      link?.focus();
      return !!link;
    },
    where() {
      const el = document.activeElement;
      const main = document.querySelector('main');
      if (!main || !el) return 'elsewhere';
      return el === main ? 'main' : main.contains(el) ? 'in-main' : 'elsewhere';
    },
  };
}
