/** Masks an identity document number for lists: '330102199001011234' → '3301**********1234'. */
export function maskIdNumber(value: string | null | undefined): string {
  if (!value) return '';
  const s = value.trim();
  if (s.length >= 10) return s.slice(0, 4) + '*'.repeat(s.length - 8) + s.slice(-4);
  if (s.length >= 5) return s.slice(0, 1) + '*'.repeat(s.length - 3) + s.slice(-2);
  return '*'.repeat(s.length);
}
