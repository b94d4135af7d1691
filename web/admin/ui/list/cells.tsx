import { Button, Flex, type TableColumnsType, Tag } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../i18n';
import { ConfirmLinkButton } from '../ConfirmLinkButton';
import { showField } from './FieldControl';
import type { Field } from './fields';
import { actionColumn } from './ListTable';

type Column<T> = TableColumnsType<T>[number];

/** A column showing a field as the detail drawer does (ProTable's one-array idea). */
export function fieldColumn<T>(field: Field<T>, column: Column<T> = {}): Column<T> {
  return {
    title: field.label,
    key: field.name,
    dataIndex: field.name,
    ...column,
    render: (_: unknown, row: T) => showField(field, row),
  } as Column<T>;
}

/** A person's name with the 领导干部 tag when they hold a leading post. */
export function PersonName({ name, leading }: { name: ReactNode; leading: boolean }) {
  return (
    <Flex gap={4} wrap align="center">
      <span>{name}</span>
      {leading ? <Tag color="volcano">{t('cadres.leading')}</Tag> : null}
    </Flex>
  );
}

/** The cadre column: name and 领导干部 tag, pinned to the left edge. */
export function cadreColumn<T>(
  title: string,
  name: (row: T) => ReactNode,
  leading: (row: T) => boolean,
  width = 120,
): Column<T> {
  return {
    title,
    key: 'cadre',
    fixed: 'start',
    width,
    render: (_: unknown, row: T) => <PersonName name={name(row)} leading={leading(row)} />,
  };
}

/** How each state of a kind is shown: its word and its tag colour. */
export type StateTags<S extends string> = Record<S, { label: string; color?: string }>;

/** States with their words from a catalog: `stateTags(states, s => t(...), { active: 'success' })`. */
export function stateTags<S extends string>(
  states: readonly S[],
  label: (state: S) => string,
  colors: Partial<Record<S, string>> = {},
): StateTags<S> {
  return Object.fromEntries(
    states.map((s) => [s, { label: label(s), color: colors[s] }]),
  ) as StateTags<S>;
}

export function StateTag<S extends string>({ state, tags }: { state: S; tags: StateTags<S> }) {
  const shown = tags[state];
  return <Tag color={shown?.color}>{shown?.label ?? state}</Tag>;
}

/** A status column: the row's state as a coloured tag. */
export function stateColumn<T, S extends string>(
  title: string,
  state: (row: T) => S,
  tags: StateTags<S>,
  width = 80,
): Column<T> {
  return {
    title,
    key: 'state',
    width,
    render: (_: unknown, row: T) => <StateTag state={state(row)} tags={tags} />,
  };
}

/** 启用 / 停用 as a status column: green for active, grey for inactive. */
export function activeColumn<T extends { active: boolean }>(
  title: string,
  labels: { active: string; inactive: string },
  width = 72,
): Column<T> {
  const tags = {
    true: { label: labels.active, color: 'success' },
    false: { label: labels.inactive },
  };
  return stateColumn<T, 'true' | 'false'>(
    title,
    (row) => String(row.active) as 'true',
    tags,
    width,
  );
}

/** A link button of a row; with `confirm` it asks first and says whether it worked. */
export type RowAction = {
  label: string;
  /** hidden when false (a role may not, the row cannot) */
  shown?: boolean;
  onClick?: () => void;
  /** asks this question first, then runs `run` */
  confirm?: string;
  confirmDescription?: string;
  /** the word of the button that goes ahead (default 确定) */
  confirmOk?: string;
  /** said when `run` worked */
  done?: string;
  run?: () => Promise<unknown>;
  pending?: boolean;
  danger?: boolean;
};

export function RowActions({ actions }: { actions: readonly RowAction[] }) {
  return (
    <Flex gap={0} wrap>
      {actions
        .filter((a) => a.shown !== false)
        .map((a) =>
          a.confirm && a.run ? (
            <ConfirmLinkButton
              key={a.label}
              label={a.label}
              confirmTitle={a.confirm}
              confirmDescription={a.confirmDescription}
              doneMessage={a.done ?? t('common.saved')}
              danger={a.danger}
              okText={a.confirmOk}
              pending={a.pending ?? false}
              onConfirm={a.run}
            />
          ) : (
            <Button key={a.label} type="link" size="small" danger={a.danger} onClick={a.onClick}>
              {a.label}
            </Button>
          ),
        )}
    </Flex>
  );
}

/**
 * The 操作 column of a list's row actions, pinned right, to spread into the columns:
 * `...rowActionsColumn(110, (row) => [editAction(…)], canWrite)` — no column for a role without.
 */
export function rowActionsColumn<T>(
  width: number,
  actions: (row: T) => readonly RowAction[],
  shown = true,
): Column<T>[] {
  return shown ? [actionColumn<T>(width, (row) => <RowActions actions={actions(row)} />)] : [];
}

/** 删除 of a row, asked first ("确定删除“{name}”吗？"). */
export const deleteAction = (
  name: string,
  run: () => Promise<unknown>,
  pending: boolean,
  shown = true,
): RowAction => ({
  label: t('common.delete'),
  confirm: t('common.deleteConfirm', { name }),
  confirmOk: t('common.delete'),
  done: t('common.deleted'),
  danger: true,
  pending,
  run,
  shown,
});

/** The edit action every editable list has. */
export const editAction = (onClick: () => void, shown = true): RowAction => ({
  label: t('common.edit'),
  onClick,
  shown,
});

/** The words of 启用 / 停用 from a feature's catalog, `{name}` filled: `(w) => t(`cadres.${w}`, …)`. */
export type ActiveWords = (
  word:
    | 'activate'
    | 'deactivate'
    | 'activateConfirm'
    | 'deactivateConfirm'
    | 'activated'
    | 'deactivated',
) => string;

/** 启用 / 停用 of a row: asks first, stopping is shown as destructive. */
export function activeToggle(
  active: boolean,
  words: ActiveWords,
  pending: boolean,
  onChange: (active: boolean) => Promise<unknown>,
): RowAction {
  const next = !active;
  return {
    label: words(next ? 'activate' : 'deactivate'),
    confirm: words(next ? 'activateConfirm' : 'deactivateConfirm'),
    done: words(next ? 'activated' : 'deactivated'),
    danger: !next,
    pending,
    run: () => onChange(next),
  };
}
