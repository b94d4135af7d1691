import { Col, Empty, Row, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../i18n';
import { usePermissions } from '../modules/auth/hooks/usePermissions';
import { ORGS_PATH } from '../modules/orgs/api/orgsApi';
import { OrgDetails } from '../modules/orgs/components/OrgDetails';
import { OrgTreePanel } from '../modules/orgs/components/OrgTreePanel';
import { useInvalidateOrgs } from '../modules/orgs/hooks/useOrgMutations';
import { useOrgs } from '../modules/orgs/hooks/useOrgs';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { useUrlParam } from '../ui/list/useUrlParam';
import { PageHeader } from '../ui/PageHeader';
import { QueryError } from '../ui/QueryError';

export function OrgsPage() {
  const { canWrite } = usePermissions();
  const { tree, byId, isPending, error, refetch } = useOrgs();
  const invalidateOrgs = useInvalidateOrgs();
  const [chosenId, setChosenId] = useUrlParam('id');
  // Until the user picks one, show the top of the tree.
  const selectedId = chosenId && byId.has(chosenId) ? chosenId : (tree[0]?.id ?? null);
  const selected = selectedId ? byId.get(selectedId) : undefined;

  let body: ReactNode;
  if (isPending) {
    body = <Skeleton active />;
  } else if (error) {
    body = <QueryError error={error} onRetry={() => void refetch()} />;
  } else {
    body = (
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10} lg={8}>
          <OrgTreePanel tree={tree} selectedId={selectedId} onSelect={setChosenId} />
        </Col>
        <Col xs={24} md={14} lg={16}>
          {selected ? (
            <OrgDetails
              org={selected}
              parent={selected.parentId ? byId.get(selected.parentId) : undefined}
              canWrite={canWrite}
              onSelect={setChosenId}
            />
          ) : (
            <Empty description={t('orgs.selectHint')} />
          )}
        </Col>
      </Row>
    );
  }

  return (
    <>
      <PageHeader
        title={t('orgs.title')}
        extra={
          <ExcelActions
            basePath={ORGS_PATH}
            templateFileName={`${t('orgs.title')}-template.xlsx`}
            exportFileName={`${t('orgs.title')}.xlsx`}
            canImport={canWrite}
            onImported={() => void invalidateOrgs()}
          />
        }
      />
      {body}
    </>
  );
}
