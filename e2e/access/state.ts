import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MatrixState } from './fixtures';

/** Where the matrix setup leaves the sessions and records for the matrix tests. */
export function matrixStatePath(): string {
  const database = process.env.MATRIX_DATABASE_PATH;
  if (!database) throw new Error('MATRIX_DATABASE_PATH is not set (playwright.config.ts sets it).');
  return path.join(path.dirname(database), 'access-matrix.json');
}

export function loadMatrixState(): MatrixState {
  return JSON.parse(readFileSync(matrixStatePath(), 'utf8')) as MatrixState;
}
