import { NO_STEPS } from '@/lib/domain/register/register-steps';
import type { RegisterRow } from '@/lib/domain/register';

/** `n` valid register rows of new cases numbered `${prefix}-1` …, as a large file's rows would be. */
export const plainRegisterRows = (prefix: string, n: number): RegisterRow[] =>
  Array.from({ length: n }, (_, i) => ({
    rowNumber: i + 2,
    caseNo: `${prefix}-${i + 1}`,
    receivedOn: '2024-03-01',
    applicantType: 'natural_person',
    applicantName: `申请人${i + 1}`,
    channel: null,
    content: null,
    repliedOn: null,
    outcome: null,
    replyDocNo: null,
    handler: null,
    registeredOn: null,
    steps: NO_STEPS,
  }));
