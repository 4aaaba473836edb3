import { parseArgs, requireFlag, UsageError } from '../args';
import { CLI_ACTOR } from '../actor';
import { writeOutputFile, writeStdout } from '../output';
import { caseLetterFile } from '@/lib/data/letters/document';
import { isLetterKind, LETTER_KINDS } from '@/lib/domain/letters/letter-types';

const USAGE = `letter --case CASE_NO --kind ${LETTER_KINDS.join('|')} --out FILE`;

/**
 * `ogi letter --case CASE_NO --kind receipt|correction|consultation|extension|fee|reply --out FILE`
 * (INTERFACES §2): the case's letter of that kind as DOCX — the issued one if it exists, else a
 * draft from the agency's template (reply: for the case's recorded outcome; an error without one).
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['case', 'kind', 'out', 'db']);
  if (args.positionals.length) throw new UsageError(`多余的参数“${args.positionals[0]}”。用法：${USAGE}`);
  const caseNo = requireFlag(args, 'case', '申请编号，如 --case 2024-0001');
  const kind = requireFlag(args, 'kind', LETTER_KINDS.join('、'));
  if (!isLetterKind(kind)) throw new UsageError(`--kind 只能是 ${LETTER_KINDS.join('、')}，收到“${kind}”`);
  const out = requireFlag(args, 'out', '输出的 .docx 文件');
  const file = await caseLetterFile(CLI_ACTOR, caseNo, kind);
  writeOutputFile(out, file.body);
  await writeStdout(`已将申请 ${caseNo} 的${file.issued ? '已发出' : '草稿'}文书写入 ${out}\n`);
  return 0;
}
