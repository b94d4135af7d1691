import { Descriptions, Drawer, Flex, Grid, Spin } from 'antd';
import type { ReactNode } from 'react';
import { QueryError } from '../QueryError';
import { showField } from './FieldControl';
import type { Field } from './fields';

type DetailDrawerProps<Row> = {
  open: boolean;
  title: string;
  /** the row once it is there (a detail fetched on opening may still be on its way) */
  row: Row | undefined;
  /** the detail's failed request, shown with 重试 */
  error?: unknown;
  onRetry?: () => void;
  /** the lines, shown as the list's cells show them; a field may hide itself with `shownWhen` */
  fields: readonly Field<Row>[];
  onClose: () => void;
  /** buttons in the drawer's header (重发) */
  extra?: ReactNode;
  /** more below the lines (a message's whole text) */
  children?: ReactNode;
};

/** One row in full, from the same field specs as its list; the whole screen on a phone. */
export function DetailDrawer<Row>({
  open,
  title,
  row,
  error,
  onRetry,
  fields,
  onClose,
  extra,
  children,
}: DetailDrawerProps<Row>) {
  const phone = !Grid.useBreakpoint().md;
  return (
    <Drawer open={open} title={title} onClose={onClose} size={phone ? '100%' : 600} extra={extra}>
      {error ? (
        <QueryError error={error} onRetry={onRetry} />
      ) : row === undefined ? (
        <Flex justify="center">
          <Spin />
        </Flex>
      ) : (
        <Flex vertical gap="middle">
          <Descriptions column={1} bordered size="small">
            {fields
              .filter((f) => f.shownWhen?.(row as Record<string, unknown>) ?? true)
              .map((f) => (
                <Descriptions.Item key={f.name} label={f.label}>
                  {showField(f, row)}
                </Descriptions.Item>
              ))}
          </Descriptions>
          {children}
        </Flex>
      )}
    </Drawer>
  );
}
