import { FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { t } from '../i18n';
import { CAMPAIGNS_PATH, campaignKeys } from '../modules/campaigns/api/campaignsApi';
import { CampaignFormModal } from '../modules/campaigns/components/CampaignFormModal';
import { CopyCampaignModal } from '../modules/campaigns/components/CopyCampaignModal';
import { campaignColumns, campaignFilters } from '../modules/campaigns/components/campaignFields';
import { TemplateModal } from '../modules/campaigns/components/TemplateModal';
import { useCampaignPermissions } from '../modules/campaigns/hooks/useCampaignPermissions';
import type { Campaign } from '../modules/campaigns/types/campaign';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { ListPage } from '../ui/list/ListPage';
import { useList } from '../ui/list/useList';

/** 活动管理: the campaigns, new ones from the built-in template, copies for a new year. */
export function CampaignsPage() {
  const navigate = useNavigate();
  const { canPlan } = useCampaignPermissions();
  const [creating, setCreating] = useState<'blank' | 'template' | null>(null);
  const [copying, setCopying] = useState<Campaign | null>(null);
  const list = useList<Campaign>({
    path: CAMPAIGNS_PATH,
    queryKey: campaignKeys.lists(),
    filters: campaignFilters,
  });
  const open = (c: Campaign) => void navigate(`/campaigns/${c.id}`);
  return (
    <ListPage<Campaign, typeof list.filters>
      title={t('campaigns.title')}
      extra={
        <>
          <ExcelActions
            basePath={CAMPAIGNS_PATH}
            exportFileName={`${t('campaigns.title')}.xlsx`}
            exportQuery={list.query}
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
      filters={campaignFilters}
      list={list}
      columns={campaignColumns(canPlan, setCopying)}
      rowKey="id"
      empty={t('campaigns.empty')}
    >
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
    </ListPage>
  );
}
