// Delivery (送达) of an issued letter: how it was sent, when, and when the addressee received it
// (LETTERS.md §5). Issue date and delivery date are separate facts.

export const DELIVERY_METHODS = [
  { code: 'in_person', label: '当面送达' },
  { code: 'post', label: '邮寄' },
  { code: 'email', label: '电子邮件' },
  { code: 'platform', label: '网络平台' },
  { code: 'other', label: '其他' },
] as const;
export type LetterDeliveryMethod = (typeof DELIVERY_METHODS)[number]['code'];
export const DELIVERY_METHOD_CODES = DELIVERY_METHODS.map((m) => m.code) as LetterDeliveryMethod[];

export function deliveryMethodLabel(code: string): string {
  return DELIVERY_METHODS.find((m) => m.code === code)?.label ?? code;
}
