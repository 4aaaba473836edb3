import { DomainError } from './errors';
import { formatProblem, problemCount, type RegisterProblem } from './register';

/** An import refused as a whole: the file's rows conflict with the database. Nothing was written. */
export class ImportRejectedError extends DomainError {
  constructor(readonly problems: RegisterProblem[]) {
    super(`文件中有 ${problemCount(problems)} 处问题，没有导入任何内容：${problems.slice(0, 3).map(formatProblem).join('；')}${problems.length > 3 ? '……' : ''}`);
  }
}

/**
 * A large import stopped part-way: the rows before `rowsDone` were written (each with its audit
 * record), the rest were not, because a case or record in the file was changed by someone else
 * while the file was being imported. Importing the same file again completes it: the rows already
 * imported are found by their 申请编号 (or key) and left unchanged.
 */
export class ImportInterruptedError extends DomainError {
  constructor(
    readonly problems: RegisterProblem[],
    readonly rowsDone: number,
    readonly rowsTotal: number,
  ) {
    super(
      `导入中途停止：共 ${rowsTotal} 行，前 ${rowsDone} 行已导入，其余没有导入。原因：${problems.slice(0, 3).map(formatProblem).join('；')}${problems.length > 3 ? '……' : ''}。` +
        '这通常是因为导入期间有人修改了文件中的申请。请核对后重新导入整个文件：已导入的行不会重复登记。',
    );
  }
}
