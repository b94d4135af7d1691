import { App, Col, DatePicker, Form, Input, Modal, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { PHONE_RE } from '../../../../../common/phone.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors, emptyToNull } from '../../../ui/forms';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useSaveCadre } from '../hooks/useCadreMutations';
import { type Cadre, type CadreRank, cadreRanks, type Gender, genders } from '../types/cadre';

/** 中国大陆手机号 */

type CadreFormValues = {
  name: string;
  gender?: Gender;
  rank: CadreRank;
  post?: string;
  orgId: string;
  phone?: string;
  email?: string;
  leading: boolean;
  partyMember: boolean;
  /** shown when editing changes the rank */
  rankEffectiveFrom?: Dayjs;
};

type CadreFormModalProps = {
  open: boolean;
  /** The cadre being edited; null when creating. */
  cadre: Cadre | null;
  /** Unit preselected for a new cadre (the user's own unit). */
  defaultOrgId: string | null;
  onClose: () => void;
};

const rankOptions = cadreRanks.map((rank) => ({ value: rank, label: t(`cadres.ranks.${rank}`) }));
const genderOptions = genders.map((gender) => ({
  value: gender,
  label: t(`cadres.genders.${gender}`),
}));

function toFormValues(cadre: Cadre | null, defaultOrgId: string | null): Partial<CadreFormValues> {
  if (!cadre) {
    return {
      rank: 'other',
      leading: false,
      partyMember: true,
      ...(defaultOrgId ? { orgId: defaultOrgId } : {}),
    };
  }
  return {
    name: cadre.name,
    gender: cadre.gender ?? undefined,
    rank: cadre.rank,
    post: cadre.post,
    orgId: cadre.orgId,
    phone: cadre.phone ?? undefined,
    email: cadre.email ?? undefined,
    leading: cadre.leading,
    partyMember: cadre.partyMember,
  };
}

export function CadreFormModal({ open, cadre, defaultOrgId, onClose }: CadreFormModalProps) {
  const [form] = Form.useForm<CadreFormValues>();
  const { message } = App.useApp();
  const save = useSaveCadre();
  const rank = Form.useWatch('rank', form);
  const rankChanged = cadre !== null && rank !== undefined && rank !== cadre.rank;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(toFormValues(cadre, defaultOrgId));
  }, [open, cadre, defaultOrgId, form]);

  const submit = (values: CadreFormValues) => {
    const input = {
      name: values.name.trim(),
      gender: values.gender ?? null,
      rank: values.rank,
      post: values.post?.trim() ?? '',
      orgId: values.orgId,
      phone: emptyToNull(values.phone),
      email: emptyToNull(values.email),
      leading: values.leading,
      partyMember: values.partyMember,
    };
    save.mutate(
      {
        id: cadre?.id ?? null,
        input,
        rankEffectiveFrom:
          rankChanged && values.rankEffectiveFrom
            ? values.rankEffectiveFrom.format('YYYY-MM-DD')
            : undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error)) void message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={cadre ? t('cadres.editTitle') : t('cadres.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      forceRender
    >
      <Form<CadreFormValues>
        name="cadre"
        form={form}
        layout="vertical"
        onFinish={submit}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="name"
              label={t('cadres.name')}
              rules={[{ required: true, whitespace: true, message: t('cadres.nameRequired') }]}
            >
              <Input maxLength={MAX_LEN.personName} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="gender" label={t('cadres.gender')}>
              <Select options={genderOptions} allowClear />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="rank"
              label={t('cadres.rank')}
              rules={[{ required: true, message: t('cadres.rankRequired') }]}
            >
              <Select options={rankOptions} />
            </Form.Item>
          </Col>
          {rankChanged ? (
            <Col xs={24} sm={12}>
              <Form.Item
                name="rankEffectiveFrom"
                label={t('cadres.rankEffectiveFrom')}
                extra={t('cadres.rankEffectiveFromHint')}
                initialValue={dayjs()}
                preserve={false}
                rules={[{ required: true, message: t('cadres.rankEffectiveFromRequired') }]}
              >
                <DatePicker style={{ width: '100%' }} allowClear={false} />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} sm={12}>
            <Form.Item name="post" label={t('cadres.post')}>
              <Input maxLength={MAX_LEN.post} showCount />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="orgId"
              label={t('cadres.org')}
              rules={[{ required: true, message: t('cadres.orgRequired') }]}
            >
              <OrgTreeSelect style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="phone"
              label={t('cadres.phone')}
              rules={[{ pattern: PHONE_RE, message: t('cadres.phoneInvalid') }]}
            >
              <Input inputMode="numeric" maxLength={11} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="email"
              label={t('cadres.email')}
              rules={[{ type: 'email', message: t('cadres.emailInvalid') }]}
            >
              <Input inputMode="email" maxLength={MAX_LEN.email} showCount />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="leading" label={t('cadres.leading')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="partyMember" label={t('cadres.partyMember')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
