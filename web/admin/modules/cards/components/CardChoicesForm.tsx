import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { isPhone, PHONE_INVALID } from '../../../../../common/phone.ts';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors } from '../../../ui/forms';
import { ContactPointSelect } from '../../contact-points/components/ContactPointSelect';
import { useSaveCard } from '../hooks/useCards';
import type { CadreCard, CadreCardInput } from '../types/card';

/** The form's values: the card's choices (contactPointId undefined while none is picked). */
export type CardChoices = Omit<CadreCardInput, 'contactPointId'> & { contactPointId?: string };

export const choicesOf = (card: CadreCard): CardChoices => ({
  officePhone: card.officePhone,
  showOfficePhone: card.showOfficePhone,
  showMobile: card.showMobile,
  contactPointId: card.contactPoint?.id,
});

type CardChoicesFormProps = {
  card: CadreCard;
  /** every change, for the live preview */
  onChange: (choices: CardChoices) => void;
  readOnly: boolean;
};

/** 卡片内容: which phones the card prints, the office line and the contact point; saved at once. */
export function CardChoicesForm({ card, onChange, readOnly }: CardChoicesFormProps) {
  const [form] = Form.useForm<CardChoices>();
  const { message } = App.useApp();
  const save = useSaveCard(card.cadreId);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refilled when another cadre's card (or its saved version) comes, not on every drawing
  useEffect(() => {
    form.setFieldsValue(choicesOf(card));
  }, [card.cadreId, card.updatedAt, form]);

  const submit = async (values: CardChoices) => {
    try {
      await save.mutateAsync({
        officePhone: values.officePhone.trim(),
        showOfficePhone: values.showOfficePhone,
        showMobile: values.showMobile,
        contactPointId: values.contactPointId ?? null,
      });
      void message.success(t('cards.saved'));
    } catch (error) {
      if (!applyFieldErrors(form, error)) void message.error(errorMessage(error));
    }
  };

  return (
    <Form<CardChoices>
      form={form}
      name="card"
      layout="vertical"
      disabled={readOnly}
      initialValues={choicesOf(card)}
      onValuesChange={(_, all) => onChange(all)}
      onFinish={(values) => void submit(values)}
      style={{ maxWidth: 420 }}
    >
      <Form.Item
        name="officePhone"
        label={t('cards.officePhone')}
        rules={[
          {
            validator: (_, value: string | undefined) => {
              const v = value?.trim() ?? '';
              if (v !== '' && !isPhone(v)) return Promise.reject(new Error(PHONE_INVALID));
              if (v === '' && form.getFieldValue('showOfficePhone'))
                return Promise.reject(new Error(t('cards.officePhoneRequired')));
              return Promise.resolve();
            },
          },
        ]}
        dependencies={['showOfficePhone']}
      >
        <Input
          maxLength={MAX_LEN.phone}
          showCount
          inputMode="tel"
          placeholder={t('cards.officePhonePlaceholder')}
        />
      </Form.Item>
      <Form.Item name="showOfficePhone" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>{t('cards.showOfficePhone')}</Checkbox>
      </Form.Item>
      <Form.Item
        name="showMobile"
        valuePropName="checked"
        extra={card.mobile ? t('cards.mobileOnFile', { mobile: card.mobile }) : t('cards.noMobile')}
      >
        <Checkbox disabled={!card.mobile && !form.getFieldValue('showMobile')}>
          {t('cards.showMobile')}
        </Checkbox>
      </Form.Item>
      <Form.Item label={t('cards.email')}>
        <Typography.Text type={card.email ? undefined : 'secondary'}>
          {card.email ?? t('cards.noEmail')}
        </Typography.Text>
      </Form.Item>
      <Form.Item name="contactPointId" label={t('cards.contactPoint')}>
        <ContactPointSelect
          allowClear
          placeholder={t('cards.contactPointPlaceholder')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      {readOnly ? (
        <Typography.Text type="secondary">{t('cards.readOnly')}</Typography.Text>
      ) : (
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
          {t('cards.saveChoices')}
        </Button>
      )}
    </Form>
  );
}
