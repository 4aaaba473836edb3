import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { readLetterSettings } from '@/lib/data/letter-settings';
import { templateHistory } from '@/lib/data/letters/templates';
import { canManageLetterTemplates } from '@/lib/domain/policy';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { letterType, availableFields, mandatoryFields } from '@/lib/domain/letters/letter-types';
import { letterField } from '@/lib/domain/letters/fields';
import { RestoreTemplateForm } from '@/components/letters/restore-template-form';
import { TemplateEditor } from '@/components/letters/template-editor';
import { restoreTemplateAction, templateAction } from '../actions';

export async function generateMetadata({ params }: { params: Promise<{ key: string }> }): Promise<Metadata> {
  const type = letterType(decodeURIComponent((await params).key));
  return { title: type ? `文书模板：${type.label}` : '编辑文书模板' };
}

export default async function TemplatePage({ params }: { params: Promise<{ key: string }> }) {
  const user = await requireUser();
  if (!canManageLetterTemplates(user)) forbidden();
  const key = decodeURIComponent((await params).key);
  const type = letterType(key);
  if (!type) notFound();
  const { versions } = templateHistory(user, key);
  const [current] = versions;
  const mandatory = new Set(mandatoryFields(type, readLetterSettings()));
  return (
    <div className="space-y-4">
      <div className="flex items-baseline gap-3">
        <h1>{type.label}</h1>
        <Link prefetch={false} href="/admin/letter-templates" className="ml-auto text-sm">
          全部模板
        </Link>
      </div>
      <p className="text-sm text-slate-700">{type.guidance}</p>
      <div className="grid gap-5 lg:grid-cols-3">
        <section className="card lg:col-span-2">
          <TemplateEditor action={templateAction.bind(null, key)} title={current.title} body={current.body} />
        </section>
        <div className="space-y-5">
          <section className="card space-y-2" aria-labelledby="fields-h">
            <h2 id="fields-h">可用字段</h2>
            <p className="hint">标 * 的为必备字段，模板中必须包含。</p>
            <ul className="space-y-1 text-sm" data-testid="template-fields">
              {availableFields(type).map((name) => (
                <li key={name}>
                  <code>{`{${name}}`}</code>
                  {mandatory.has(name) ? <span className="text-red-600"> *</span> : null}
                  <span className="ml-1 text-slate-600">{letterField(name)?.hint}</span>
                </li>
              ))}
            </ul>
          </section>
          <section className="card space-y-2" aria-labelledby="versions-h">
            <h2 id="versions-h">版本</h2>
            <ul className="space-y-2 text-sm" data-testid="template-versions">
              {versions.map((v) => (
                <li key={v.version}>
                  {v.version === 0 ? '系统默认模板' : `第 ${v.version} 版：${v.createdByName ?? '系统'}，${formatChinaDateTime(v.createdAt!)}`}
                  {v.version === current.version ? <span className="ml-1 text-green-700">（当前）</span> : (
                    <RestoreTemplateForm action={restoreTemplateAction.bind(null, key, v.version)} version={v.version} />
                  )}
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
