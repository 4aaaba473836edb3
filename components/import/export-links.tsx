/** The register and review file downloads (route: /register-export/download), for whoever may export. */
export const EXPORT_DOWNLOAD_PATH = '/register-export/download';

const LINKS = [
  { what: 'register', format: 'xlsx', label: '导出申请台账（XLSX）' },
  { what: 'register', format: 'csv', label: '导出申请台账（CSV）' },
  { what: 'reviews', format: 'xlsx', label: '导出复议诉讼记录（XLSX）' },
  { what: 'reviews', format: 'csv', label: '导出复议诉讼记录（CSV）' },
] as const;

export function ExportLinks() {
  return (
    <div className="flex flex-wrap gap-2">
      {LINKS.map((l) => (
        <a key={`${l.what}-${l.format}`} className="btn-secondary" href={`${EXPORT_DOWNLOAD_PATH}?what=${l.what}&format=${l.format}`} download>
          {l.label}
        </a>
      ))}
    </div>
  );
}

export const EXPORT_NOTE =
  '导出的文件与导入的格式相同，含各件申请的办理步骤，以及按今天计算的答复期限、期限暂定、办理状态和超期工作日，可在 Excel 中修改后再导入。以 = + - @ 开头的文字导出时前面加一个英文单引号，防止被表格软件当作公式执行，导入时自动去掉。';
