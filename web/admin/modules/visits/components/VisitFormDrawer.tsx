import { CameraOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  Select,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MAX_LEN } from '../../../../../common/limits.ts';
import { t } from '../../../i18n';
import { ApiError } from '../../../ui/api';
import { errorMessage } from '../../../ui/errors';
import { applyFieldErrors } from '../../../ui/forms';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { CadreSelect } from '../../cadres/components/CadreSelect';
import type { Cadre } from '../../cadres/types/cadre';
import { uploadAttachment } from '../api/visitsApi';
import { outbox, useInvalidateVisitData, useOutboxItems } from '../hooks/useOutbox';
import { useContactPointsFor, useHouseholdsAt, useUpdateVisit } from '../hooks/useVisits';
import { MAX_VISIT_DAYS, type Visit } from '../types/visit';
import { newClientId, type OutboxItem } from '../utils/outbox';
import { MAX_PHOTO_BYTES, PHOTO_ACCEPT, PHOTO_TYPES, shrinkPhoto } from '../utils/photos';

const DATE = 'YYYY-MM-DD';
const TEXT_MAX = MAX_LEN.longText;

type FormValues = {
  cadreId?: string;
  multiDay: boolean;
  date?: Dayjs;
  range?: [Dayjs, Dayjs];
  contactPointId?: string;
  householdIds: string[];
  heard?: string;
  done?: string;
  photos: UploadFile[];
};

/** What the drawer edits: a new visit, a visit on the server, or an item the server refused. */
export type VisitFormTarget =
  | { kind: 'new'; date?: string }
  | { kind: 'edit'; visit: Visit }
  | { kind: 'fix'; item: OutboxItem };

type VisitFormDrawerProps = {
  target: VisitFormTarget | null;
  onClose: () => void;
};

type Owner = { cadreId?: string; cadreName: string; orgId: string | null };

function photoFile(photo: { name: string; type: string; blob: Blob }, index: number): UploadFile {
  const file = new File([photo.blob], photo.name, { type: photo.type });
  return {
    uid: `kept-${index}`,
    name: photo.name,
    status: 'done',
    originFileObj: file as UploadFile['originFileObj'],
    thumbUrl: URL.createObjectURL(photo.blob),
  };
}

function initialValues(target: VisitFormTarget): Partial<FormValues> {
  if (target.kind === 'edit') {
    const v = target.visit;
    const multiDay = v.endDate !== v.startDate;
    return {
      multiDay,
      date: dayjs(v.startDate),
      range: [dayjs(v.startDate), dayjs(v.endDate)],
      contactPointId: v.contactPointId,
      householdIds: v.households.map((h) => h.id),
      heard: v.heard,
      done: v.done,
      photos: [],
    };
  }
  if (target.kind === 'fix') {
    const { input, photos } = target.item;
    const end = input.endDate ?? input.startDate;
    return {
      cadreId: input.cadreId,
      multiDay: end !== input.startDate,
      date: dayjs(input.startDate),
      range: [dayjs(input.startDate), dayjs(end)],
      contactPointId: input.contactPointId,
      householdIds: input.householdIds,
      heard: input.heard,
      done: input.done,
      photos: photos.map(photoFile),
    };
  }
  return {
    multiDay: false,
    date: target.date ? dayjs(target.date) : dayjs(),
    householdIds: [],
    photos: [],
  };
}

function datesOf(values: FormValues): { startDate: string; endDate: string } {
  if (values.multiDay && values.range) {
    return { startDate: values.range[0].format(DATE), endDate: values.range[1].format(DATE) };
  }
  const day = (values.date ?? dayjs()).format(DATE);
  return { startDate: day, endDate: day };
}

const filesOf = (list: UploadFile[]): File[] =>
  list.flatMap((f) => (f.originFileObj ? [f.originFileObj as File] : []));

/**
 * 登记走访: phone-first form. A new visit goes through the outbox (kept on the phone, then sent
 * with its clientId), so a lost connection never loses what the cadre wrote.
 */
export function VisitFormDrawer({ target, onClose }: VisitFormDrawerProps) {
  const [form] = Form.useForm<FormValues>();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const isPhone = !Grid.useBreakpoint().md;
  const invalidate = useInvalidateVisitData();
  const updateVisit = useUpdateVisit();
  const pending = useOutboxItems();
  const [busy, setBusy] = useState<'uploading' | 'submitting' | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [pickedCadre, setPickedCadre] = useState<Cadre | undefined>();
  const clientId = useRef('');

  const forSelf = user.role === 'cadre';
  const owner: Owner = useMemo(() => {
    if (target?.kind === 'edit')
      return {
        cadreId: target.visit.cadreId,
        cadreName: target.visit.cadreName,
        orgId: target.visit.orgId,
      };
    if (target?.kind === 'fix' && target.item.input.cadreId && !pickedCadre)
      return {
        cadreId: target.item.input.cadreId,
        cadreName: target.item.label.cadreName,
        orgId: null,
      };
    if (forSelf) return { cadreName: user.name, orgId: user.orgId };
    return {
      cadreId: pickedCadre?.id,
      cadreName: pickedCadre?.name ?? '',
      orgId: pickedCadre?.orgId ?? null,
    };
  }, [target, forSelf, user, pickedCadre]);

  const points = useContactPointsFor(owner.orgId);
  // When fixing an item of another cadre, the unit is unknown until the cadre is picked again:
  // then every contact point in scope is offered and the server checks.
  const pointOptions = owner.orgId ? points.options : (points.data ?? []);
  const contactPointId = Form.useWatch('contactPointId', form);
  const multiDay = Form.useWatch('multiDay', form);
  const households = useHouseholdsAt(contactPointId);

  useEffect(() => {
    if (!target) return;
    clientId.current = target.kind === 'fix' ? target.item.clientId : newClientId();
    setFormError(target.kind === 'fix' ? (target.item.rejected?.message ?? null) : null);
    setPickedCadre(undefined);
    form.resetFields();
    form.setFieldsValue(initialValues(target));
  }, [target, form]);

  // The cadre's own unit has one contact point (or there is only one): choose it.
  const ownPoints = pointOptions.filter((p) => p.orgId === owner.orgId);
  const preselect =
    ownPoints.length === 1 ? ownPoints[0] : pointOptions.length === 1 ? pointOptions[0] : undefined;
  useEffect(() => {
    if (target?.kind !== 'new' || !preselect) return;
    if (!form.getFieldValue('contactPointId')) form.setFieldValue('contactPointId', preselect.id);
  }, [target, preselect, form]);

  // the own unit's points first, then those of the units above
  const pointOptionsView = [...pointOptions]
    .sort((a, b) => Number(b.orgId === owner.orgId) - Number(a.orgId === owner.orgId))
    .map((p) => ({ value: p.id, label: `${p.name}（${p.orgName}）` }));
  // the point of the visit being edited or fixed, by name, even when it is no longer offered
  const keptPoint =
    target?.kind === 'edit'
      ? { value: target.visit.contactPointId, label: target.visit.contactPointName }
      : target?.kind === 'fix'
        ? { value: target.item.input.contactPointId, label: target.item.label.contactPointName }
        : null;
  if (keptPoint && !pointOptionsView.some((o) => o.value === keptPoint.value)) {
    pointOptionsView.unshift(keptPoint);
  }
  const householdOptions = (households.data ?? []).map((h) => ({
    value: h.id,
    label: h.address ? `${h.headName}（${h.address}）` : h.headName,
  }));

  const showError = (error: unknown) => {
    if (!applyFieldErrors(form, error, { startDate: 'range', endDate: 'range' }))
      setFormError(errorMessage(error));
  };

  const saveEdit = async (visit: Visit, values: FormValues) => {
    setBusy('uploading');
    try {
      const uploaded = [];
      for (const file of filesOf(values.photos)) uploaded.push(await uploadAttachment(file));
      setBusy('submitting');
      await updateVisit.mutateAsync({
        id: visit.id,
        input: {
          ...datesOf(values),
          contactPointId: values.contactPointId,
          householdIds: values.householdIds,
          heard: values.heard?.trim() ?? '',
          done: values.done?.trim() ?? '',
          attachmentIds: uploaded.map((a) => a.id),
        },
      });
      void message.success(t('common.saved'));
      onClose();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  };

  const saveNew = async (values: FormValues) => {
    const { startDate, endDate } = datesOf(values);
    const point = pointOptions.find((p) => p.id === values.contactPointId);
    const chosen = new Set(values.householdIds);
    setBusy('submitting');
    try {
      const photos = await Promise.all(
        filesOf(values.photos).map(async (file) => {
          const small = await shrinkPhoto(file);
          return { name: small.name, type: small.type, blob: small as Blob };
        }),
      );
      const item: OutboxItem = {
        clientId: clientId.current,
        userId: user.id,
        savedAt: new Date().toISOString(),
        input: {
          ...(owner.cadreId && !forSelf ? { cadreId: owner.cadreId } : {}),
          contactPointId: values.contactPointId ?? '',
          startDate,
          ...(endDate !== startDate ? { endDate } : {}),
          householdIds: values.householdIds,
          heard: values.heard?.trim() ?? '',
          done: values.done?.trim() ?? '',
        },
        photos,
        label: {
          cadreName: owner.cadreName,
          contactPointName: point?.name ?? '',
          householdNames: (households.data ?? [])
            .filter((h) => chosen.has(h.id))
            .map((h) => h.headName),
        },
      };
      const outcome = await outbox.submit(item);
      if (outcome.kind === 'sent') {
        void invalidate();
        void message.success(t('visits.saved'));
        onClose();
      } else if (outcome.kind === 'rejected') {
        // The form is still open: it is the place to fix the visit, so the phone keeps no copy.
        await outbox.discard(item.clientId);
        showError(new ApiError(400, 'VALIDATION', outcome.message, outcome.details));
      } else {
        const count = pending.filter((p) => p.clientId !== item.clientId).length + 1;
        void message.warning(t('visits.outbox.savedOffline', { count }), 6);
        onClose();
      }
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  };

  const submit = (values: FormValues) => {
    setFormError(null);
    if (target?.kind === 'edit') void saveEdit(target.visit, values);
    else void saveNew(values);
  };

  const title = target?.kind === 'edit' ? t('visits.editTitle') : t('visits.createTitle');

  return (
    <Drawer
      open={target !== null}
      title={title}
      onClose={onClose}
      size={isPhone ? '100%' : 560}
      forceRender
      footer={
        <Flex gap="small" justify="end">
          <Button onClick={onClose} size="large">
            {t('common.cancel')}
          </Button>
          <Button type="primary" size="large" loading={busy !== null} onClick={() => form.submit()}>
            {busy === 'uploading'
              ? t('visits.uploading')
              : busy === 'submitting'
                ? t('visits.submitting')
                : t('common.save')}
          </Button>
        </Flex>
      }
    >
      {formError ? (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<FormValues>
        name="visit"
        form={form}
        layout="vertical"
        size="large"
        onFinish={submit}
        scrollToFirstError
      >
        {forSelf || target?.kind === 'edit' ? (
          <Typography.Paragraph style={{ fontSize: 16 }}>
            {t('visits.cadre')}：<Typography.Text strong>{owner.cadreName}</Typography.Text>
          </Typography.Paragraph>
        ) : (
          <Form.Item
            name="cadreId"
            label={t('visits.cadre')}
            rules={[{ required: true, message: t('visits.cadreRequired') }]}
          >
            <CadreSelect
              fallbackLabel={target?.kind === 'fix' ? target.item.label.cadreName : undefined}
              onChange={(_, cadre) => {
                setPickedCadre(cadre);
                form.setFieldsValue({ contactPointId: undefined, householdIds: [] });
              }}
            />
          </Form.Item>
        )}
        <Form.Item label={multiDay ? t('visits.dateRange') : t('visits.date')} required>
          <Flex vertical gap="small">
            {multiDay ? (
              <Form.Item
                name="range"
                noStyle
                rules={[
                  { required: true, message: t('visits.dateRequired') },
                  {
                    validator: (_, value: [Dayjs, Dayjs] | undefined) =>
                      value && value[1].diff(value[0], 'day') + 1 > MAX_VISIT_DAYS
                        ? Promise.reject(
                            new Error(t('visits.rangeTooLong', { days: MAX_VISIT_DAYS })),
                          )
                        : Promise.resolve(),
                  },
                ]}
              >
                <DatePicker.RangePicker
                  order={false}
                  style={{ width: '100%' }}
                  inputReadOnly
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                  placeholder={[t('visits.startDate'), t('visits.endDate')]}
                  aria-label={t('visits.dateRange')}
                />
              </Form.Item>
            ) : (
              <Form.Item
                name="date"
                noStyle
                rules={[{ required: true, message: t('visits.dateRequired') }]}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  inputReadOnly
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                  aria-label={t('visits.date')}
                />
              </Form.Item>
            )}
            <Form.Item name="multiDay" valuePropName="checked" noStyle>
              <Checkbox
                onChange={(e) => {
                  // carry the chosen day over to the other picker
                  const { date, range } = form.getFieldsValue(['date', 'range']);
                  if (e.target.checked && date) form.setFieldValue('range', [date, date]);
                  if (!e.target.checked && range?.[0]) form.setFieldValue('date', range[0]);
                }}
              >
                {t('visits.multiDay')}
              </Checkbox>
            </Form.Item>
          </Flex>
        </Form.Item>
        <Form.Item
          name="contactPointId"
          label={t('visits.contactPoint')}
          rules={[{ required: true, message: t('visits.contactPointRequired') }]}
          extra={
            !points.isPending && pointOptions.length === 0 && (forSelf || owner.orgId)
              ? t('visits.contactPointNone')
              : undefined
          }
        >
          <Select
            options={pointOptionsView}
            loading={points.isPending}
            onChange={() => form.setFieldValue('householdIds', [])}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          name="householdIds"
          label={t('visits.households')}
          extra={
            !contactPointId
              ? t('visits.householdsPickPointFirst')
              : households.isError
                ? t('visits.householdsUnavailable')
                : households.data?.length === 0
                  ? t('visits.householdsNone')
                  : t('visits.householdsHint')
          }
        >
          <Select
            mode="multiple"
            options={householdOptions}
            loading={households.isFetching}
            disabled={!contactPointId || households.isError}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          name="heard"
          label={t('visits.heard')}
          rules={[{ max: TEXT_MAX, message: t('visits.tooLong', { max: TEXT_MAX }) }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            placeholder={t('visits.heardPlaceholder')}
            maxLength={TEXT_MAX}
            showCount
          />
        </Form.Item>
        <Form.Item
          name="done"
          label={t('visits.done')}
          rules={[{ max: TEXT_MAX, message: t('visits.tooLong', { max: TEXT_MAX }) }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            placeholder={t('visits.donePlaceholder')}
            maxLength={TEXT_MAX}
            showCount
          />
        </Form.Item>
        {target?.kind === 'edit' && target.visit.photos.length > 0 ? (
          <Typography.Paragraph type="secondary">
            {t('visits.outbox.photos', { count: target.visit.photos.length })}
          </Typography.Paragraph>
        ) : null}
        <Form.Item
          name="photos"
          label={t('visits.photos')}
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
        >
          <Upload
            listType="picture-card"
            accept={PHOTO_ACCEPT}
            capture="environment"
            multiple
            beforeUpload={(file) => {
              if (!PHOTO_TYPES.includes(file.type)) {
                void message.error(t('visits.photoNotImage'));
                return Upload.LIST_IGNORE;
              }
              if (file.size > MAX_PHOTO_BYTES) {
                void message.error(t('visits.photoTooLarge'));
                return Upload.LIST_IGNORE;
              }
              return false;
            }}
          >
            <Flex vertical align="center" gap={4}>
              <CameraOutlined style={{ fontSize: 22 }} />
              <span>{t('visits.addPhoto')}</span>
            </Flex>
          </Upload>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
