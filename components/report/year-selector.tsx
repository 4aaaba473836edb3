/** A plain GET form: works without JavaScript; /reports?year= redirects to the year's page. */
export function YearSelector({ year, years }: { year: number; years: number[] }) {
  const options = years.includes(year) ? years : [...years, year].sort((a, b) => b - a);
  return (
    <form action="/reports" method="get" className="flex items-end gap-2" aria-label="选择统计年度">
      <div>
        <label htmlFor="report-year">统计年度</label>
        <select id="report-year" name="year" defaultValue={String(year)} className="input mt-1">
          {options.map((y) => (
            <option key={y} value={y}>
              {y}年
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-secondary">
        查看
      </button>
    </form>
  );
}
