/** A letter's text as it will print: 文号, title, one paragraph a line, 落款. */
export function LetterText({ docNo, title, body, agencyName, dateText }: { docNo: string; title: string; body: string; agencyName: string; dateText: string }) {
  const lines = body.split('\n').filter((l) => l.trim());
  return (
    <article className="mx-auto max-w-2xl space-y-2 rounded border border-slate-200 bg-white px-8 py-6 font-serif text-[15px] leading-7" data-testid="letter-text">
      <p className="text-right">{docNo}</p>
      <h2 className="py-2 text-center text-xl font-bold">{title}</h2>
      {lines.map((line, i) => (
        <p key={i} className={i === 0 && /[：:]$/.test(line) ? '' : 'indent-8 text-justify'}>
          {line}
        </p>
      ))}
      <p className="pt-6 text-right">{agencyName}</p>
      <p className="text-right">{dateText}</p>
    </article>
  );
}
