import { DomainError } from './errors';
import { formatProblem, type RegisterProblem } from './register';

/** An import refused as a whole: the file's rows conflict with the database. Nothing was written. */
export class ImportRejectedError extends DomainError {
  constructor(readonly problems: RegisterProblem[]) {
    super(`文件中有 ${problems.length} 处问题，没有导入任何内容：${problems.slice(0, 3).map(formatProblem).join('；')}${problems.length > 3 ? '……' : ''}`);
  }
}
