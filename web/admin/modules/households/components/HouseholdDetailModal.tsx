import { EyeOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Modal, Skeleton, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { EMPTY_CELL, orDash } from '../../../ui/format';
import { QueryError } from '../../../ui/QueryError';
import { useHousehold, useRevealHousehold } from '../hooks/useHouseholds';
import type { Household } from '../types/household';
import { CategoryTags } from './CategoryTags';

type HouseholdDetailModalProps = {
  householdId: string | null;
  /** roles that handle households may see the full ID number and phone (audited) */
  canReveal: boolean;
  onClose: () => void;
  /** shown below the details, e.g. the pairing history */
  children?: ReactNode;
};

/** A household's details, masked, with 查看完整信息 for the roles allowed to see personal data. */
export function HouseholdDetailModal({
  householdId,
  canReveal,
  onClose,
  children,
}: HouseholdDetailModalProps) {
  const { message } = App.useApp();
  const detail = useHousehold(householdId);
  const reveal = useRevealHousehold();
  const [revealed, setRevealed] = useState<Household | null>(null);

  // a revealed record is shown only for the household it was asked for
  const h = revealed?.id === householdId ? revealed : detail.data;
  return (
    <Modal
      open={householdId !== null}
      title={t('households.detailTitle')}
      onCancel={onClose}
      footer={null}
      width={720}
      destroyOnHidden
    >
      {detail.error ? (
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : !h ? (
        <Skeleton active />
      ) : (
        <>
          {h.revealed ? (
            <Alert
              type="warning"
              showIcon
              title={t('households.revealed')}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
            <Descriptions.Item label={t('households.headName')}>{h.headName}</Descriptions.Item>
            <Descriptions.Item label={t('households.categoriesLabel')}>
              {h.categories.length ? <CategoryTags categories={h.categories} /> : EMPTY_CELL}
            </Descriptions.Item>
            <Descriptions.Item label={t('households.contactPoint')}>
              {h.contactPointName}
            </Descriptions.Item>
            <Descriptions.Item label={t('households.org')}>{h.orgName}</Descriptions.Item>
            <Descriptions.Item label={t('households.idNumber')}>
              {orDash(h.idNumber)}
            </Descriptions.Item>
            <Descriptions.Item label={t('households.phone')}>{orDash(h.phone)}</Descriptions.Item>
            <Descriptions.Item label={t('households.address')} span={2}>
              {orDash(h.address)}
            </Descriptions.Item>
            <Descriptions.Item label={t('households.members')} span={2}>
              {h.members.length
                ? h.members.map((m) => `${m.name}(${m.relation})`).join('、')
                : EMPTY_CELL}
            </Descriptions.Item>
            <Descriptions.Item label={t('households.notes')} span={2}>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {orDash(h.notes)}
              </Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
          {canReveal && !h.revealed && (h.idNumber || h.phone) ? (
            <Button
              icon={<EyeOutlined />}
              loading={reveal.isPending}
              style={{ marginTop: 12 }}
              title={t('households.revealHint')}
              onClick={() =>
                reveal.mutate(h.id, {
                  onSuccess: setRevealed,
                  onError: (error) => void message.error(errorMessage(error)),
                })
              }
            >
              {t('households.reveal')}
            </Button>
          ) : null}
          {!h.revealed && (h.idNumber || h.phone) ? (
            <Typography.Text type="secondary" style={{ marginInlineStart: canReveal ? 12 : 0 }}>
              {canReveal ? t('households.revealHint') : t('households.maskedNote')}
            </Typography.Text>
          ) : null}
          {children}
        </>
      )}
    </Modal>
  );
}
