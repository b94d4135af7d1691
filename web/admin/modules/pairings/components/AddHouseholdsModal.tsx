import { Alert, App, DatePicker, Form, Modal, Transfer, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { QueryError } from '../../../ui/QueryError';
import { useCategoryDirectory } from '../../household-categories/hooks/useHouseholdCategories';
import { useHouseholds } from '../../households/hooks/useHouseholds';
import { useCreatePairings } from '../hooks/usePairings';
import type { PairingOverviewItem } from '../types/pairing';

const MAX_CHOICES = 200;

type Row = { key: string; title: string; description: string; poor: boolean };

/** Pick households of the cadre's unit's contact points and pair them with him; mount with `key` per cadre. */
export function AddHouseholdsModal({
  cadre,
  onClose,
}: {
  cadre: PairingOverviewItem | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<string[]>([]);
  const [startDate, setStartDate] = useState<Dayjs | null>(dayjs());
  const [error, setError] = useState<string | null>(null);
  const households = useHouseholds(
    { pairableFor: cadre?.cadreId, page: 1, pageSize: MAX_CHOICES },
    cadre !== null,
  );
  const create = useCreatePairings();
  const categories = useCategoryDirectory();

  // households nobody is paired with first, poor ones first among them
  const items = [...(households.data?.items ?? [])].sort(
    (a, b) =>
      Math.min(a.pairedCadres.length, 1) - Math.min(b.pairedCadres.length, 1) ||
      Number(b.categories.some(categories.isPoor)) - Number(a.categories.some(categories.isPoor)),
  );
  const rows: Row[] = items.map((h) => ({
    key: h.id,
    title: h.headName,
    description: `${h.contactPointName}${h.categories.length ? ` · ${h.categories.map(categories.labelOf).join('、')}` : ''}${h.pairedCadres.length ? ` · ${t('households.pairedCadres')}：${h.pairedCadres.join('、')}` : ''}`,
    poor: h.categories.some(categories.isPoor),
  }));

  const submit = () => {
    if (!cadre) return;
    if (!startDate) return setError(t('households.pairings.startDateRequired'));
    if (chosen.length === 0) return setError(t('households.pairings.chooseHouseholds'));
    create.mutate(
      { cadreId: cadre.cadreId, householdIds: chosen, startDate: startDate.format('YYYY-MM-DD') },
      {
        onSuccess: (res) => {
          void message.success(t('households.pairings.paired', { count: res.items.length }));
          onClose();
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };

  return (
    <Modal
      open={cadre !== null}
      title={cadre ? t('households.pairings.addTitle', { name: cadre.cadreName }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={submit}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('households.pairings.addHint')}
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('households.pairings.startDate')} required>
          <DatePicker
            value={startDate}
            onChange={setStartDate}
            aria-label={t('households.pairings.startDate')}
          />
        </Form.Item>
      </Form>
      {households.error ? (
        <QueryError error={households.error} onRetry={() => void households.refetch()} />
      ) : (
        <Transfer<Row>
          dataSource={rows}
          targetKeys={chosen}
          onChange={(keys) => {
            setChosen(keys.map(String));
            setError(null);
          }}
          titles={[t('households.pairings.available'), t('households.pairings.chosen')]}
          showSearch={{ placeholder: t('households.pairings.searchHousehold') }}
          filterOption={(input, row) =>
            row.title.includes(input) || row.description.includes(input)
          }
          render={(row) => (
            <span title={row.description}>
              {row.poor ? <Typography.Text type="danger">●</Typography.Text> : null} {row.title}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {' '}
                {row.description}
              </Typography.Text>
            </span>
          )}
          styles={{ section: { width: '100%', height: 360 } }}
          locale={{ notFoundContent: t('households.empty') }}
        />
      )}
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} /> : null}
    </Modal>
  );
}
