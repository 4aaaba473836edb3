'use client';

export function PrintButton() {
  return (
    <button type="button" className="btn-secondary" onClick={() => window.print()}>
      打印（A4 横向）
    </button>
  );
}
