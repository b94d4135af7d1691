import { Descriptions } from 'antd';
import { t } from '../i18n';
import { DocumentsPage } from '../modules/documents/components/DocumentsPage';
import {
  reflectionDetailFields,
  reflectionDetails,
  reflectionValues,
} from '../modules/documents/components/reflectionParts';
import type { Reflection } from '../modules/documents/types/document';
import { MarkPracticeButton } from '../modules/good-practices/components/MarkPracticeButton';

/** 心得体会: written by a cadre, reviewed and rated by his unit, featured and published. */
export function ReflectionsPage() {
  return (
    <DocumentsPage<Reflection>
      kind="reflection"
      detailFields={reflectionDetailFields}
      toValues={reflectionValues}
      toDetails={reflectionDetails}
      drawerExtra={(d) => (
        <MarkPracticeButton
          kind="document"
          subjectId={d.id}
          title={d.title}
          campaignId={d.campaignId}
        />
      )}
      sections={(r) =>
        r.details.source ? (
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'source',
                label: t('documents.reflection.source'),
                children: r.details.source,
              },
            ]}
          />
        ) : null
      }
    />
  );
}
