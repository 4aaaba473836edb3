import type { ReactNode } from 'react';

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

export function describedBy(name: string, errors?: string[], hint?: ReactNode): string | undefined {
  const ids = [errors?.length ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldFrame({ name, label, errors, hint, required, className, children }: Common & { children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={`f-${name}`}>
        {label}
        {required ? <span className="ml-0.5 text-red-600" aria-hidden="true">*</span> : null}
      </label>
      <div className="mt-1">{children}</div>
      {hint ? (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="field-error" data-testid={`error-${name}`}>
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
  return (
    <FieldFrame name={name} label={label} errors={errors} hint={hint} required={required} className={className}>
      <input
        id={`f-${name}`}
        name={name}
        type={type}
        className="input"
        defaultValue={defaultValue ?? ''}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
        aria-required={required || undefined}
        {...rest}
      />
    </FieldFrame>
  );
}

export function TextArea({ name, label, errors, hint, required, className, defaultValue, rows = 4, maxLength }: Common & { defaultValue?: string | null; rows?: number; maxLength?: number }) {
  return (
    <FieldFrame name={name} label={label} errors={errors} hint={hint} required={required} className={className}>
      <textarea
        id={`f-${name}`}
        name={name}
        rows={rows}
        maxLength={maxLength}
        className="input"
        defaultValue={defaultValue ?? ''}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
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
  return (
    <FieldFrame name={name} label={label} errors={errors} hint={hint} required={required} className={className}>
      <select
        id={`f-${name}`}
        name={name}
        className="input"
        defaultValue={defaultValue == null ? '' : String(defaultValue)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
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
