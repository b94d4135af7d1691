import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { t } from '../../../i18n';
import type { Field } from '../../../ui/list/fields';
import { useContactPoints } from '../hooks/useContactPoints';

type ContactPointSelectProps = {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
};

/** Pick one of the contact points the user may see; usable as an antd Form control. */
export function ContactPointSelect({
  id,
  value,
  onChange,
  allowClear,
  placeholder,
  style,
  'aria-label': ariaLabel,
}: ContactPointSelectProps) {
  const points = useContactPoints({ page: 1, pageSize: 200 });
  const options = (points.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name}（${p.orgName}）`,
  }));
  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      options={options}
      loading={points.isPending}
      allowClear={allowClear}
      placeholder={placeholder ?? t('households.contactPointRequired')}
      showSearch={{ optionFilterProp: 'label' }}
      popupMatchSelectWidth={false}
      style={{ minWidth: 180, ...style }}
    />
  );
}

/** A contact point as a list-kit field (filter or form). */
export function contactPointField(
  name: string,
  label: string,
  more: Partial<Field<never>> = {},
): Field<never> {
  return {
    name,
    label,
    kind: 'custom',
    width: 200,
    control: (props) => <ContactPointSelect {...props} />,
    ...more,
  };
}
