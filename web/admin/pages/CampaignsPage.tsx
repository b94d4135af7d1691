import { FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { MAX_LEN } from '../../../common/limits.ts';
import { t } from '../i18n';
import { CAMPAIGNS_PATH, campaignFilterQuery } from '../modules/campaigns/api/campaignsApi';
import { CampaignFormModal } from '../modules/campaigns/components/CampaignFormModal';
import { CampaignTable } from '../modules/campaigns/components/CampaignTable';
import { CopyCampaignModal } from '../modules/campaigns/components/CopyCampaignModal';
import { TemplateModal } from '../modules/campaigns/components/TemplateModal';
import { useCampaignPermissions } from '../modules/campaigns/hooks/useCampaignPermissions';
import { useCampaigns } from '../modules/campaigns/hooks/useCampaigns';
import {
  type Campaign,
  type CampaignFilters,
  campaignStates,
} from '../modules/campaigns/types/campaign';
import { DEFAULT_PAGE_SIZE } from '../ui/api';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { PageHeader } from '../ui/PageHeader';
import type { PageState } from '../ui/pagination';
import { QueryError } from '../ui/QueryError';

/** 活动管理: the campaigns, new ones from the built-in template, copies for a new year. */
export function CampaignsPage() {
  const navigate = useNavigate();
  const { canPlan } = useCampaignPermissions();
  const [filters, setFilters] = useState<CampaignFilters>({});
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [creating, setCreating] = useState<'blank' | 'template' | null>(null);
  const [copying, setCopying] = useState<Campaign | null>(null);
  const campaigns = useCampaigns({ ...filters, ...paging });
  const open = (c: Campaign) => void navigate(`/campaigns/${c.id}`);

  const changeFilters = (next: CampaignFilters) => {
    setFilters(next);
    setPaging((p) => ({ ...p, page: 1 }));
  };

  return (
    <>
      <PageHeader
        title={t('campaigns.title')}
        extra={
          <>
            <ExcelActions
              basePath={CAMPAIGNS_PATH}
              templateFileName=""
              exportFileName={`${t('campaigns.title')}.xlsx`}
              exportQuery={campaignFilterQuery(filters)}
              canImport={false}
              onImported={() => undefined}
            />
            {canPlan ? (
              <>
                <Button
                  type="primary"
                  icon={<FileAddOutlined />}
                  onClick={() => setCreating('template')}
                >
                  {t('campaigns.createFromTemplate')}
                </Button>
                <Button icon={<PlusOutlined />} onClick={() => setCreating('blank')}>
                  {t('campaigns.createBlank')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Card>
        <Flex wrap gap="small" style={{ marginBottom: 16 }}>
          <Input.Search
            maxLength={MAX_LEN.search}
            showCount
            allowClear
            placeholder={t('campaigns.searchPlaceholder')}
            aria-label={t('campaigns.searchPlaceholder')}
            style={{ width: 260 }}
            onSearch={(q) => changeFilters({ ...filters, q: q || undefined })}
          />
          <Select
            allowClear
            placeholder={t('campaigns.status')}
            aria-label={t('campaigns.status')}
            style={{ width: 140 }}
            value={filters.state}
            onChange={(state) => changeFilters({ ...filters, state })}
            options={campaignStates.map((s) => ({
              value: s,
              label: t(`campaigns.states.${s}`),
            }))}
          />
        </Flex>
        {campaigns.error ? (
          <QueryError error={campaigns.error} onRetry={() => void campaigns.refetch()} />
        ) : (
          <CampaignTable
            rows={campaigns.data?.items ?? []}
            total={campaigns.data?.total ?? 0}
            loading={campaigns.isFetching}
            paging={paging}
            onPageChange={setPaging}
            canPlan={canPlan}
            onCopy={setCopying}
          />
        )}
      </Card>
      {canPlan ? (
        <>
          <TemplateModal
            open={creating === 'template'}
            onClose={() => setCreating(null)}
            onCreated={open}
          />
          <CampaignFormModal
            open={creating === 'blank'}
            campaign={null}
            onClose={() => setCreating(null)}
            onCreated={open}
          />
          <CopyCampaignModal campaign={copying} onClose={() => setCopying(null)} onCopied={open} />
        </>
      ) : null}
    </>
  );
}
