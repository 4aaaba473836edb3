'use client';

import type { FieldErrors } from '@/lib/domain/errors';
import type { LetterField, WithheldPart } from '@/lib/domain/letters/fields';
import { MAX_PARTS } from '@/lib/domain/letters/clerk-fields';
import { PART_GROUNDS } from '@/lib/domain/letters/partial-parts';
import { SelectField, TextArea, TextField } from '@/components/form/field';

// The letter's own fields, which the clerk fills in: named as the template names them.

export type FieldDef = LetterField & { required: boolean };
const GROUND_OPTIONS = Object.entries(PART_GROUNDS).map(([value, g]) => ({ value, label: g.label }));

function PartsEditor({ parts, values, errors }: { parts: WithheldPart[]; values?: Record<string, string>; errors?: string[] }) {
  const at = (i: number, key: keyof WithheldPart) => values?.[`part.${i}.${key}`] ?? parts[i]?.[key] ?? '';
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-3" data-testid="withheld-parts">
      <legend className="px-1 text-sm font-medium text-slate-700">
        不予提供的内容<span className="ml-0.5 text-red-600" aria-hidden="true">*</span>
      </legend>
      <p className="hint">逐项填写不予提供的内容和理由；理由决定所引条款，涉及第十四、十五、十六条的，救济途径为“复议前置”。</p>
      {Array.from({ length: MAX_PARTS }, (_, i) => (
        <div key={i} className="grid gap-2 sm:grid-cols-3">
          <TextField name={`part.${i}.content`} label={`第 ${i + 1} 项内容`} defaultValue={at(i, 'content')} maxLength={500} />
          <SelectField name={`part.${i}.ground`} label="理由" defaultValue={at(i, 'ground')} options={GROUND_OPTIONS} />
          <TextField name={`part.${i}.reason`} label="说明（可不填）" defaultValue={at(i, 'reason')} maxLength={500} />
        </div>
      ))}
      {errors?.length ? (
        <p className="field-error" data-testid="error-不予提供的内容">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

export function LetterFields({ fields, clerk, values, errors }: { fields: FieldDef[]; clerk: Record<string, unknown>; values?: Record<string, string>; errors: FieldErrors }) {
  if (fields.length === 0) return null;
  return (
    <div className="space-y-3" data-testid="letter-fields">
      {fields.map((f) => {
        const current = values?.[f.name] ?? (typeof clerk[f.name] === 'string' ? (clerk[f.name] as string) : '');
        const common = { name: f.name, label: f.name, required: f.required, errors: errors[f.name], hint: f.hint };
        switch (f.input) {
          case 'parts':
            return <PartsEditor key={f.name} parts={Array.isArray(clerk[f.name]) ? (clerk[f.name] as WithheldPart[]) : []} values={values} errors={errors[f.name]} />;
          case 'textarea':
            return <TextArea key={f.name} {...common} rows={3} maxLength={f.max} defaultValue={current} />;
          case 'choice':
            return <SelectField key={f.name} {...common} defaultValue={current} options={(f.options ?? []).map((o) => ({ value: o, label: o }))} />;
          case 'number':
            return <TextField key={f.name} {...common} type="number" min={String(f.min ?? 1)} max={f.maxValue ? String(f.maxValue) : undefined} defaultValue={current} />;
          case 'date':
            return <TextField key={f.name} {...common} type="date" defaultValue={current} />;
          default:
            return <TextField key={f.name} {...common} maxLength={f.max} defaultValue={current} />;
        }
      })}
    </div>
  );
}
