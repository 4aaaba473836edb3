/** The two files an administrator imports: the register (cases) and the 复议/诉讼 records of table 四. */
export const IMPORT_KINDS = ['register', 'reviews'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
