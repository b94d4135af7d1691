import type { TCategory } from '../../cases';
import { t } from '../../i18n';

const GROUPS = [
  { kind: 'four_winds', title: 'submit.fourWinds' },
  { kind: 'livelihood', title: 'submit.livelihood' },
] as const;

/** 四风问题 / 民生诉求: one big radio per category, with its time limit in working days. */
export function CategoryPicker(props: {
  categories: TCategory[];
  value: string;
  error?: string;
  onChange(id: string): void;
}) {
  return (
    <fieldset className="field" aria-invalid={props.error ? true : undefined} id="field-categoryId">
      <legend className="label">{t('submit.category')}</legend>
      {GROUPS.map((group) => {
        const items = props.categories.filter((c) => c.kind === group.kind);
        if (items.length === 0) return null;
        return (
          <div key={group.kind} className="choice-group">
            <p className="choice-group-title">{t(group.title)}</p>
            <div className="choices">
              {items.map((c) => (
                <label key={c.id} className="choice">
                  <input
                    type="radio"
                    name="categoryId"
                    value={c.id}
                    checked={props.value === c.id}
                    onChange={() => props.onChange(c.id)}
                  />
                  <span className="choice-text">
                    <span className="choice-name">{c.name}</span>
                    <span className="choice-sub">
                      {t('submit.timeLimit', { days: c.timeLimitDays })}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </div>
        );
      })}
      {props.error && <p className="field-error">{props.error}</p>}
    </fieldset>
  );
}
