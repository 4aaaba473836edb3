import { reportOutline, type ReportContent } from '@/lib/domain/report/annual';
import { ReportTable } from '../report-table';
import { ScrollRegion } from '@/components/scroll-region';

/** A published version as its readers see it: the outline the DOCX and HTML are drawn from. */
export function PublishedView({ content }: { content: ReportContent }) {
  return (
    <article className="card space-y-3 leading-8" data-testid="published-report">
      {reportOutline(content).map((block, i) => {
        switch (block.kind) {
          case 'title':
            return (
              <h2 key={i} className="text-center text-xl">
                {block.text}
              </h2>
            );
          case 'heading':
            return block.level === 1 ? (
              <h3 key={i} className="font-bold">
                {block.text}
              </h3>
            ) : (
              <h4 key={i} className="font-medium">
                {block.text}
              </h4>
            );
          case 'paragraph':
            return (
              <p key={i} className="indent-8">
                {block.text}
              </p>
            );
          case 'table':
            return (
              <ScrollRegion key={i} label={`表${block.layout.number}`}>
                <ReportTable year={content.year} layout={block.layout} testId={`published-table-${block.layout.number}`} links={false} />
              </ScrollRegion>
            );
          default:
            return null;
        }
      })}
    </article>
  );
}
