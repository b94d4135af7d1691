import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { queryFieldError } from '../forms';
import { FilterControl } from './FieldControl';
import type { Field } from './fields';
import { rangeNames } from './fields';
import type { ListFilters } from './listState';

type FilterBarProps<F extends ListFilters> = {
  fields: readonly Field<never>[];
  values: F;
  onChange: (filters: F) => void;
  /** the list request's failure: a filter the server refused shows its message */
  error?: unknown;
  /** anything else the bar holds (a checkbox only some roles see) */
  children?: ReactNode;
};

/** The search box and filters of a list, built from its field specs. */
export function FilterBar<F extends ListFilters>({
  fields,
  values,
  onChange,
  error,
  children,
}: FilterBarProps<F>) {
  const messages: string[] = [];
  const controls = fields.map((field) => {
    const names = field.kind === 'dateRange' ? rangeNames(field) : [field.name];
    const message = queryFieldError(error, ...names);
    if (message) messages.push(message);
    return (
      <FilterControl
        key={field.name}
        field={field}
        values={values}
        error={message}
        onChange={(patch) => onChange({ ...values, ...patch })}
      />
    );
  });
  return (
    <Flex vertical gap={4} style={{ marginBottom: 16 }}>
      <Flex wrap gap="small" align="center">
        {controls}
        {children}
      </Flex>
      {messages.map((m) => (
        <Typography.Text key={m} type="danger">
          {m}
        </Typography.Text>
      ))}
    </Flex>
  );
}
