import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ACCESS, may } from '../../../../../common/access.ts';
import { t } from '../../../i18n';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { documentKeys, fetchSimilar } from '../api/documentsApi';
import { type AnyDocument, DOCUMENT_KINDS, type DocumentKind } from '../types/document';

const C = 'documents.common' as const;

/**
 * 材料雷同 in the drawer: 「与 某某 的材料高度相似 87%」 for each of the campaign's materials close to
 * this one — shown to reviewers and overseers (ACCESS.documents.similar), never to a cadre, and
 * not to the author himself. Nothing when there is no match.
 */
export function SimilarWarning({ kind, doc }: { kind: DocumentKind; doc: AnyDocument }) {
  const user = useCurrentUser();
  const checked = DOCUMENT_KINDS[kind].similarityChecked === true;
  const mayAsk =
    checked && may(ACCESS.documents.similar, user.role) && user.cadreId !== doc.cadreId;
  const similar = useQuery({
    queryKey: documentKeys(kind).similar(doc.id),
    queryFn: () => fetchSimilar(kind, doc.id),
    enabled: mayAsk,
  });
  const items = similar.data?.items ?? [];
  if (!mayAsk || items.length === 0) return null;
  const threshold = Math.round((similar.data?.threshold ?? 0) * 100);
  return (
    <Alert
      type="error"
      showIcon
      title={t(`${C}.similar`)}
      description={
        <Flex vertical gap={4}>
          {items.map((i) => (
            <span key={`${i.documentId ?? i.author}-${i.percent}`}>
              {t(`${C}.similarLine`, {
                author: i.author,
                org: i.orgName,
                kind: i.kindLabel,
                title: i.title ? `「${i.title}」` : '',
                percent: i.percent,
              })}
              {i.documentId ? (
                <>
                  {' '}
                  <Link to={`${DOCUMENT_KINDS[i.kind].path}?id=${i.documentId}`}>
                    {t(`${C}.similarOpen`)}
                  </Link>
                </>
              ) : null}
            </span>
          ))}
          <Typography.Text type="secondary">{t(`${C}.similarHint`, { threshold })}</Typography.Text>
        </Flex>
      }
    />
  );
}
