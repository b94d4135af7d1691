import { Alert } from 'antd';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { CaseList } from '../modules/cases/components/CaseList';
import { PageHeader } from '../ui/PageHeader';

/** 我的诉求清单: the cases written to the signed-in cadre or handled by him, and their ledger. */
export function MyCasesPage() {
  const { cadreId } = useCurrentUser();
  return cadreId ? (
    <CaseList title={t('cases.myTitle')} all={false} cadreId={cadreId} intro={t('cases.myHint')} />
  ) : (
    <>
      <PageHeader title={t('cases.myTitle')} />
      <Alert type="info" showIcon title={t('cases.myNoCadre')} />
    </>
  );
}
