// 每页: how many cases a page of the list shows. The user picks one of PAGE_SIZES in the list's
// filter form; it travels in the address (size=50) with the filters, so 下一页, the sort headers,
// a page jump and a saved filter keep it. The default is the smallest: a page of the list is
// served in about two thirds of the time of one of 50 (docs/ARCHITECTURE.md §6), and most visits
// look for one case near the top; 50 and 100 are there for reading down a long list.

export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 20;
export const MAX_PAGE_SIZE: PageSize = 100;

export function isPageSize(value: number): value is PageSize {
  return (PAGE_SIZES as readonly number[]).includes(value);
}
