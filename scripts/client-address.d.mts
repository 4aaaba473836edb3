export function trustedHops(value: string | undefined | null): number;
export function resolveClientAddress(socketAddress: string | undefined | null, forwardedFor: string | string[] | undefined | null, hops: number): string;
export function isLoopbackHost(host: string | undefined | null): boolean;
export function normaliseForwardingHeaders(req: { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } }, hops: number): void;
