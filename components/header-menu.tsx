'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';

export type NavLink = { href: string; label: string };

/** The nav item for a path: the longest link that is the path or a folder above it. */
export function currentHref(pathname: string, links: readonly NavLink[]): string | null {
  let best: string | null = null;
  for (const { href } of links) {
    const match = href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
    if (match && (best === null || href.length > best.length)) best = href;
  }
  return best;
}

/**
 * The main navigation, with the current page marked (aria-current). Below the md breakpoint it
 * folds behind a 菜单 button so that the header stays one line on a phone; `children` (who is
 * signed in, 我的账号, 退出登录) fold with it; Escape folds it again and puts focus back on the
 * button, as for any disclosure a keyboard user opened. Links do not prefetch: a page of links would
 * otherwise fire a request for each on every view.
 */
export function HeaderMenu({ links, children }: { links: NavLink[]; children: React.ReactNode }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  // Following a link closes the menu.
  if (open && openedAt !== pathname) setOpen(false);
  const current = currentHref(pathname, links);
  const button = useRef<HTMLButtonElement>(null);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  };
  // A link to the page already shown changes no path, so the rule above leaves the menu open: any
  // link closes it, and one that stays on this page puts focus back on the button (the link is hidden).
  const closeOnLink = (event: MouseEvent<HTMLElement>) => {
    const link = (event.target as HTMLElement).closest('a');
    // A link opened in a new tab or window (Ctrl, ⌘, Shift, middle button) leaves this page as it is.
    if (!link || !open || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    setOpen(false);
    if (new URL(link.href).pathname === pathname) button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="ml-auto rounded border border-blue-300 px-2 py-1 text-sm text-white hover:bg-blue-700 md:hidden"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => {
          setOpenedAt(pathname);
          setOpen(!open);
        }}
        onKeyDown={closeOnEscape}
      >
        {open ? '收起菜单' : '菜单'}
      </button>
      <div id="site-menu" onKeyDown={closeOnEscape} onClick={closeOnLink} className={`${open ? 'flex' : 'hidden'} w-full flex-col gap-3 pb-2 md:flex md:w-auto md:flex-1 md:flex-row md:items-center md:pb-0`}>
        <nav aria-label="主导航" className="flex flex-col gap-1 text-sm md:flex-row md:flex-wrap">
          {links.map((n) => (
            <Link
              key={n.href}
              href={n.href}
              prefetch={false}
              aria-current={n.href === current ? 'page' : undefined}
              className="rounded px-2 py-1 text-blue-50 no-underline hover:bg-blue-700 aria-[current=page]:bg-blue-950 aria-[current=page]:font-semibold aria-[current=page]:text-white aria-[current=page]:underline aria-[current=page]:underline-offset-4"
            >
              {n.label}
            </Link>
          ))}
        </nav>
        {children}
      </div>
    </>
  );
}
