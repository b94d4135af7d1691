import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Form, Input } from 'antd';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';

const part = (name: 'name' | 'relation') => {
  const label = t(name === 'name' ? 'households.memberName' : 'households.memberRelation');
  const message = t(
    name === 'name' ? 'households.memberNameRequired' : 'households.memberRelationRequired',
  );
  return { label, message, max: name === 'name' ? MAX_LEN.personName : MAX_LEN.relation };
};

/** The household's members (name and relation), added and removed one by one. */
export function MembersInput() {
  return (
    <Form.Item label={t('households.members')} style={{ marginBottom: 8 }}>
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.length === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('households.noMembers')}
                style={{ margin: 0 }}
              />
            ) : null}
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="start">
                {(['name', 'relation'] as const).map((name) => {
                  const p = part(name);
                  return (
                    <Form.Item
                      key={name}
                      name={[field.name, name]}
                      rules={[{ required: true, whitespace: true, message: p.message }]}
                      style={{ flex: 1, marginBottom: 0 }}
                    >
                      <Input
                        placeholder={p.label}
                        aria-label={p.label}
                        maxLength={p.max}
                        showCount
                      />
                    </Form.Item>
                  );
                })}
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('households.removeMember')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', relation: '' })}
            >
              {t('households.addMember')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
