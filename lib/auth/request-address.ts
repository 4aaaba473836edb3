import 'server-only';
import { headers } from 'next/headers';
import { addressFromForwardedFor } from '@/lib/domain/client-address';

/** The client's address for this request, as scripts/serve.mjs resolved it. */
export async function requestAddress(): Promise<string> {
  return addressFromForwardedFor((await headers()).get('x-forwarded-for'));
}
