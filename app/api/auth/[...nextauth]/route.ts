import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/auth';
import { AUTH_BODY_LIMIT, bodyLimitResponse } from '@/lib/http/body-limit';

export const { GET } = handlers;

/** A sign-in carries a username, a password and tokens: anything longer is refused unread. */
export async function POST(request: NextRequest): Promise<Response> {
  return bodyLimitResponse(request, AUTH_BODY_LIMIT) ?? handlers.POST(request);
}
