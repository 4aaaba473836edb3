// Errors the data layer raises and server actions turn into messages for the user.

export type FieldErrors = Record<string, string[] | undefined>;

export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = '您没有权限执行此操作。') {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  constructor(message = '要查找的记录不存在或已被删除。') {
    super(message);
  }
}

/** A save based on a version someone else has since changed. Nothing was written. */
export class StaleVersionError extends DomainError {}

export class ValidationError extends DomainError {
  constructor(fieldErrors: FieldErrors, message = '填写有误，请按提示修改后再提交。') {
    super(message, fieldErrors);
  }
}

export const DATABASE_BUSY_MESSAGE = '系统繁忙，请稍后重试：数据库正被其他操作（如导入）占用，本次没有保存任何内容，请稍候再提交一次。';

/**
 * Another writer (an import, the command line, a second server) held the database beyond the busy
 * timeout. Nothing was written; the same request can simply be sent again.
 */
export class DatabaseBusyError extends DomainError {
  constructor(message = DATABASE_BUSY_MESSAGE) {
    super(message);
  }
}

/**
 * A save that would change the numbers of a published annual report (REPORT.md §5): nothing was
 * written; the form asks the user to confirm and sends the same save again with the confirmation.
 */
export class PublishedReportChangeError extends DomainError {
  constructor(
    message: string,
    readonly lines: string[],
  ) {
    super(message);
  }
}
