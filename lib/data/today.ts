import 'server-only';
import { chinaDate } from '@/lib/domain/dates';

/** Today's date in China: the only place the data layer reads the clock for a calendar date. */
export function today(): string {
  return chinaDate(new Date());
}
