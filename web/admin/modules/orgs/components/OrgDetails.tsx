import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useCreateOrg, useDeleteOrg, useUpdateOrg } from '../hooks/useOrgMutations';
import type { Org } from '../types/org';
import { MoveOrgModal } from './MoveOrgModal';
import { OrgFormModal, type OrgFormValues } from './OrgFormModal';

type OrgDetailsProps = {
  org: Org;
  parent: Org | undefined;
  canWrite: boolean;
  /** Called with the unit to show next (a new child, or the parent of a deleted unit). */
  onSelect: (id: string | null) => void;
};

type OpenModal = 'create' | 'edit' | 'move' | null;

/** The selected unit: its facts and the actions on it. */
export function OrgDetails({ org, parent, canWrite, onSelect }: OrgDetailsProps) {
  const { message } = App.useApp();
  const [modal, setModal] = useState<OpenModal>(null);
  const createOrg = useCreateOrg();
  const updateOrg = useUpdateOrg();
  const deleteOrg = useDeleteOrg();
  const close = () => setModal(null);
  const fail = (error: Error) => void message.error(errorMessage(error));

  const create = (values: OrgFormValues) =>
    createOrg.mutate(
      { ...values, name: values.name.trim(), parentId: org.id },
      {
        onSuccess: (created) => {
          void message.success(t('common.saved'));
          close();
          onSelect(created.id);
        },
        onError: fail,
      },
    );

  const edit = (values: OrgFormValues) =>
    updateOrg.mutate(
      { id: org.id, input: { ...values, name: values.name.trim() } },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          close();
        },
        onError: fail,
      },
    );

  const move = (parentId: string) =>
    updateOrg.mutate(
      { id: org.id, input: { parentId } },
      {
        onSuccess: () => {
          void message.success(t('orgs.moved'));
          close();
        },
        onError: fail,
      },
    );

  const remove = () =>
    deleteOrg.mutate(org.id, {
      onSuccess: () => {
        void message.success(t('common.deleted'));
        onSelect(org.parentId);
      },
      onError: fail,
    });

  const actions = canWrite ? (
    <Flex wrap gap="small">
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal('create')}>
        {t('orgs.addChild')}
      </Button>
      <Button icon={<EditOutlined />} onClick={() => setModal('edit')}>
        {t('common.edit')}
      </Button>
      <Button icon={<DragOutlined />} onClick={() => setModal('move')} disabled={!parent}>
        {t('orgs.move')}
      </Button>
      <Popconfirm
        title={t('common.deleteConfirm', { name: org.name })}
        description={t('orgs.deleteHint')}
        okText={t('common.delete')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, loading: deleteOrg.isPending }}
        onConfirm={remove}
      >
        <Button danger icon={<DeleteOutlined />}>
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </Flex>
  ) : null;

  return (
    <Card title={<Typography.Text strong>{org.name}</Typography.Text>}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'name', label: t('orgs.name'), children: org.name },
          { key: 'kind', label: t('orgs.kind'), children: t(`orgs.kinds.${org.kind}`) },
          {
            key: 'parent',
            label: t('orgs.parent'),
            children: parent?.name ?? org.ancestorNames.at(-1) ?? t('orgs.rootParent'),
          },
          ...(org.ancestorNames.length > 1
            ? [
                {
                  key: 'ancestors',
                  label: t('orgs.ancestors'),
                  children: org.ancestorNames.join(' › '),
                },
              ]
            : []),
          { key: 'children', label: t('orgs.childCount'), children: org.childCount },
          { key: 'cadres', label: t('orgs.cadreCount'), children: org.cadreCount },
        ]}
      />
      {actions ? <div style={{ marginTop: 16 }}>{actions}</div> : null}
      <OrgFormModal
        formName="orgCreate"
        open={modal === 'create'}
        title={t('orgs.addChildTitle', { parent: org.name })}
        saving={createOrg.isPending}
        onSubmit={create}
        onCancel={close}
      />
      <OrgFormModal
        formName="orgEdit"
        open={modal === 'edit'}
        title={t('orgs.editTitle')}
        initial={org}
        saving={updateOrg.isPending}
        onSubmit={edit}
        onCancel={close}
      />
      <MoveOrgModal
        org={modal === 'move' ? org : null}
        saving={updateOrg.isPending}
        onSubmit={move}
        onCancel={close}
      />
    </Card>
  );
}
