'use client';

import { useId, type ReactNode } from 'react';

// Every field: a visible label, an optional hint, and its errors right below it, wired to the
// control with aria-describedby so screen readers announce them.

type Common = {
  name: string;
  label: string;
  errors?: string[];
  hint?: ReactNode;
  required?: boolean;
  className?: string;
};

// Ids come from useId: a page may hold several forms with the same field names.
export function describedBy(id: string, errors?: string[], hint?: ReactNode): string | undefined {
  const ids = [errors?.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldFrame({ id, name, label, errors, hint, required, className, children }: Common & { id: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="ml-0.5 text-red-600" aria-hidden="true">*</span> : null}
      </label>
      <div className="mt-1">{children}</div>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error" data-testid={`error-${name}`}>
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = Common & {
  defaultValue?: string | number | null;
  type?: 'text' | 'date' | 'email' | 'tel' | 'password' | 'number';
  maxLength?: number;
  placeholder?: string;
  autoComplete?: string;
  min?: string;
  max?: string;
};

export function TextField({ name, label, errors, hint, required, className, defaultValue, type = 'text', ...rest }: InputProps) {
  const id = useId();
  return (
    <FieldFrame id={id} name={name} label={label} errors={errors} hint={hint} required={required} className={className}>
      <input
        id={id}
        name={name}
        type={type}
        className="input"
        defaultValue={defaultValue ?? ''}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        aria-required={required || undefined}
        {...rest}
      />
    </FieldFrame>
  );
}

export function TextArea({ name, label, errors, hint, required, className, defaultValue, rows = 4, maxLength }: Common & { defaultValue?: string | null; rows?: number; maxLength?: number }) {
  const id = useId();
  return (
    <FieldFrame id={id} name={name} label={label} errors={errors} hint={hint} required={required} className={className}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        className="input"
        defaultValue={defaultValue ?? ''}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        aria-required={required || undefined}
      />
    </FieldFrame>
  );
}

export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: Option[] };

export function SelectField({
  name,
  label,
  errors,
  hint,
  required,
  className,
  defaultValue,
  options,
  groups,
  placeholder = '请选择',
  onChange,
}: Common & { defaultValue?: string | number | null; options?: Option[]; groups?: OptionGroup[]; placeholder?: string | null; onChange?: (value: string) => void }) {
  const id = useId();
  return (
    <FieldFrame id={id} name={name} label={label} errors={errors} hint={hint} required={required} className={className}>
      <select
        id={id}
        name={name}
        className="input"
        defaultValue={defaultValue == null ? '' : String(defaultValue)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        aria-required={required || undefined}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
      >
        {placeholder !== null ? <option value="">{placeholder}</option> : null}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}
