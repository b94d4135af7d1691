import { Form, Modal } from 'antd';
import { useEffect, useMemo } from 'react';
import { t } from '../../../i18n';
import { useOrgs } from '../hooks/useOrgs';
import type { Org } from '../types/org';
import { subtreeIds } from '../utils/orgTree';
import { OrgTreeSelect } from './OrgTreeSelect';

type MoveFormValues = { parentId: string };

type MoveOrgModalProps = {
  org: Org | null;
  saving: boolean;
  onSubmit: (parentId: string) => void;
  onCancel: () => void;
};

/** Choose a new parent; the unit itself and its subtree are disabled. */
export function MoveOrgModal({ org, saving, onSubmit, onCancel }: MoveOrgModalProps) {
  const [form] = Form.useForm<MoveFormValues>();
  const { orgs } = useOrgs();
  const disabledIds = useMemo(
    () => (org ? subtreeIds(orgs, org.id) : new Set<string>()),
    [orgs, org],
  );

  useEffect(() => {
    if (org) form.setFieldsValue({ parentId: org.parentId ?? undefined });
  }, [org, form]);

  return (
    <Modal
      open={org !== null}
      title={org ? t('orgs.moveTitle', { name: org.name }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender
    >
      <Form<MoveFormValues>
        name="orgMove"
        form={form}
        layout="vertical"
        onFinish={(values) => onSubmit(values.parentId)}
      >
        <Form.Item
          name="parentId"
          label={t('orgs.newParent')}
          rules={[{ required: true, message: t('orgs.newParentRequired') }]}
        >
          <OrgTreeSelect disabledIds={disabledIds} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
