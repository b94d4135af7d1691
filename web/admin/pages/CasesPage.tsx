import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { CaseCreateDrawer } from '../modules/cases/components/CaseCreateDrawer';
import { CaseList } from '../modules/cases/components/CaseList';
import { canEnterCases } from '../modules/cases/utils/permissions';

/** 诉求件: every case in the user's scope, filtered, exported as the 问题销号台账, and 登记诉求. */
export function CasesPage() {
  const user = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const mayEnter = canEnterCases(user.role);
  return (
    <CaseList
      title={t('cases.title')}
      all={user.role !== 'cadre'}
      extra={
        mayEnter ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('cases.create')}
          </Button>
        ) : null
      }
    >
      {mayEnter ? (
        <CaseCreateDrawer
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={() => setCreating(false)}
        />
      ) : null}
    </CaseList>
  );
}
