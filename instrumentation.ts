// Runs once when the server starts: the morning digest timer (lib/mail/digest-timer.ts), only in
// the Node.js server and only when SMTP_URL and OGI_DIGEST_HOUR are set (README, "E-mail reminders").
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  if (!process.env.SMTP_URL || !process.env.OGI_DIGEST_HOUR) return;
  const { startDigestTimer } = await import('./lib/mail/digest-timer');
  startDigestTimer();
}
