import type { TableColumnsType } from 'antd';
import { App, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ACCESS, may } from '../../../common/access.ts';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { MATERIALS_PATH, materialKeys } from '../modules/materials/api/materialsApi';
import { MaterialRemindButton } from '../modules/materials/components/MaterialRemindButton';
import {
  kindField,
  type MaterialValues,
  materialFilters,
  materialForm,
  studyUrl,
  toMaterialInput,
  toMaterialValues,
} from '../modules/materials/components/materialFields';
import { SendingsDrawer } from '../modules/materials/components/SendingsDrawer';
import {
  useDeleteMaterial,
  useMarkStudied,
  useSaveMaterial,
} from '../modules/materials/hooks/useMaterials';
import type { Material } from '../modules/materials/types/material';
import { errorMessage } from '../ui/errors';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { formatDateTime, orDash } from '../ui/format';
import { deleteAction, editAction, fieldColumn, rowActionsColumn } from '../ui/list/cells';
import { FormDialog } from '../ui/list/FormDialog';
import { ListPage } from '../ui/list/ListPage';
import { useList } from '../ui/list/useList';

/**
 * 学习资料: everyone who reads. A cadre sees the materials with 在线学习 / 标记已学; a unit admin
 * his units' sendings with 确认签收 (发放签收); the office everything, with 发放 and 一键提醒.
 */
export function MaterialsPage() {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const canWrite = may(ACCESS.materials.write, user.role);
  const oversees = user.role !== 'cadre';
  const filters = useMemo(() => materialFilters(oversees), [oversees]);
  const list = useList<Material>({ path: MATERIALS_PATH, queryKey: materialKeys.lists(), filters });
  const [editing, setEditing] = useState<Material | null>();
  const [drawerId, setDrawerId] = useState<string | null>(null);
  const save = useSaveMaterial();
  const remove = useDeleteMaterial();
  const studied = useMarkStudied();
  const items = list.result.data?.items ?? [];
  const inDrawer = items.find((m) => m.id === drawerId) ?? null;

  const mark = (m: Material) =>
    studied.mutateAsync(m.id).then(
      () => void message.success(t('materials.actions.studied')),
      (error: unknown) => void message.error(errorMessage(error)),
    );
  const study = (m: Material) => {
    const url = studyUrl(m);
    if (url) window.open(url, '_blank', 'noopener,noreferrer');
    if (user.cadreId && m.viewedAt === null) void mark(m);
  };

  const columns: TableColumnsType<Material> = [
    {
      title: t('materials.name'),
      dataIndex: 'title',
      fixed: 'start',
      width: 220,
      ellipsis: true,
      render: (title: string, m) => (
        <Space size={4} wrap>
          <span>{title}</span>
          {m.online ? <Tag color="blue">{t('materials.online')}</Tag> : null}
        </Space>
      ),
    },
    fieldColumn(kindField, { width: 100 }),
    {
      title: t('materials.campaign'),
      dataIndex: 'campaignName',
      width: 130,
      ellipsis: true,
      render: (v: string | null) => orDash(v),
    },
    {
      title: t('materials.copies'),
      dataIndex: 'copies',
      width: 90,
      render: (v: number | null) => orDash(v),
    },
    ...(oversees
      ? ([
          { title: t('materials.sent'), dataIndex: 'sentUnits', width: 80 },
          {
            title: t('materials.confirmed'),
            key: 'confirmed',
            width: 80,
            render: (_: unknown, m: Material) =>
              m.confirmedUnits < m.sentUnits ? (
                <Typography.Text type="danger">{`${m.confirmedUnits}/${m.sentUnits}`}</Typography.Text>
              ) : (
                `${m.confirmedUnits}/${m.sentUnits}`
              ),
          },
          {
            title: t('materials.viewers'),
            key: 'viewers',
            width: 80,
            // studied is recorded only for what is read online
            render: (_: unknown, m: Material) => orDash(m.online ? m.viewers : null),
          },
        ] as TableColumnsType<Material>)
      : []),
    ...(user.cadreId
      ? ([
          {
            title: t('materials.viewed'),
            key: 'viewed',
            width: 150,
            render: (_: unknown, m: Material) =>
              m.viewedAt ? (
                <Tag color="green">
                  {t('materials.viewedAt', { at: formatDateTime(m.viewedAt) })}
                </Tag>
              ) : m.online ? (
                <Tag>{t('materials.notViewed')}</Tag>
              ) : (
                orDash(null)
              ),
          },
        ] as TableColumnsType<Material>)
      : []),
    ...rowActionsColumn<Material>(canWrite ? 250 : oversees ? 200 : 170, (m) => [
      {
        label: t('materials.actions.study'),
        shown: m.online && studyUrl(m) !== null,
        onClick: () => study(m),
      },
      {
        label: t('materials.actions.markStudied'),
        shown: m.online && Boolean(user.cadreId) && m.viewedAt === null,
        onClick: () => void mark(m),
      },
      {
        label: t('materials.actions.distributions'),
        shown: oversees,
        onClick: () => setDrawerId(m.id),
      },
      editAction(() => setEditing(m), canWrite),
      deleteAction(
        m.title,
        () => remove.mutateAsync({ id: m.id, arg: undefined }),
        remove.isPending,
        canWrite && m.deletable,
      ),
    ]),
  ];

  const filtered = Object.values(list.filters).some((v) => v !== undefined && v !== '');
  return (
    <ListPage<Material, typeof list.filters>
      title={t('materials.title')}
      intro={t('materials.intro')}
      create={{ label: t('materials.create'), onClick: () => setEditing(null), shown: canWrite }}
      extra={
        <Space wrap>
          {canWrite ? <MaterialRemindButton /> : null}
          <ExcelActions
            basePath={MATERIALS_PATH}
            exportFileName={t('materials.exportFile')}
            exportQuery={list.query}
          />
        </Space>
      }
      filters={filters}
      list={list}
      columns={columns}
      rowKey="id"
      empty={filtered ? t('materials.emptyFiltered') : t('materials.empty')}
    >
      <FormDialog<Material, MaterialValues>
        name="material"
        editing={canWrite ? editing : undefined}
        title={{ create: t('materials.createTitle'), edit: t('materials.editTitle') }}
        fields={materialForm}
        initialValues={toMaterialValues}
        onSubmit={(values, m) =>
          save.mutateAsync({ id: m?.id ?? null, input: toMaterialInput(values) })
        }
        onClose={() => setEditing(undefined)}
      />
      <SendingsDrawer material={inDrawer} canSend={canWrite} onClose={() => setDrawerId(null)} />
    </ListPage>
  );
}
