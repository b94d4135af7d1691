import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { t } from '../i18n';
import { CaseActionsPanel } from '../modules/cases/components/CaseActionsPanel';
import { CaseDetails } from '../modules/cases/components/CaseDetails';
import { CaseFlags, CaseStatusTag } from '../modules/cases/components/CaseTags';
import { CaseTimeline } from '../modules/cases/components/CaseTimeline';
import { useCase, useCaseWorkflow } from '../modules/cases/hooks/useCases';
import { MarkPracticeButton } from '../modules/good-practices/components/MarkPracticeButton';
import { QueryError } from '../ui/QueryError';

/** One case: what was asked, by whom, who handles it, its full timeline, and the steps offered now. */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  // opened from a list: back to it with its filters; opened from a link: to the list
  const back = () => (location.key === 'default' ? navigate('/cases') : navigate(-1));
  const detail = useCase(id);
  const workflow = useCaseWorkflow(id);
  const c = detail.data;
  return (
    <>
      <Flex align="center" gap="small" wrap style={{ marginBottom: 16 }}>
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          aria-label={t('cases.back')}
          onClick={() => void back()}
        />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('cases.detailTitle', { code: c?.trackingCode ?? '' })}
        </Typography.Title>
        {c ? (
          <>
            <CaseStatusTag status={c.status} />
            <CaseFlags c={c} />
            <MarkPracticeButton
              kind="case"
              subjectId={c.id}
              title={t('cases.detailTitle', { code: c.trackingCode })}
            />
          </>
        ) : null}
      </Flex>
      {detail.error ? (
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : !c ? (
        <Skeleton active />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={15}>
            <Card>
              <CaseDetails c={c} />
            </Card>
          </Col>
          <Col xs={24} lg={9}>
            <Flex vertical gap={16}>
              <CaseActionsPanel c={c} workflow={workflow} />
              <Card title={t('workflow.timeline')} size="small">
                <CaseTimeline workflow={workflow} />
              </Card>
            </Flex>
          </Col>
        </Row>
      )}
    </>
  );
}
