import { Card, Typography } from 'antd';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { CategoryTable } from '../modules/cases/components/CategoryTable';
import { useCaseCategories } from '../modules/cases/hooks/useCases';
import { canEditCategories } from '../modules/cases/utils/permissions';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';

/** 类别与时限: the office keeps the categories and their time limits (audited on the server). */
export function CaseCategoriesPage() {
  const user = useCurrentUser();
  const categories = useCaseCategories();
  return (
    <>
      <PageHeader title={t('cases.categoriesTitle')} />
      <Typography.Paragraph type="secondary">{t('cases.categoriesHint')}</Typography.Paragraph>
      <Card>
        {categories.error ? (
          <QueryError error={categories.error} onRetry={() => void categories.refetch()} />
        ) : (
          <CategoryTable
            rows={categories.data ?? []}
            loading={categories.isFetching}
            canEdit={canEditCategories(user.role)}
          />
        )}
      </Card>
    </>
  );
}
