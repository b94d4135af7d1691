import { type FormEvent, useEffect, useState } from 'react';
import { MAX_CASE_CONTENT, MAX_NAME } from '../cases';
import { t } from '../i18n';
import { CategoryPicker } from '../modules/submit/CategoryPicker';
import {
  clearDraft,
  contentLength,
  isEmptyDraft,
  loadDraft,
  newDraft,
  saveDraft,
  type TDraft,
  toRequest,
  validateDraft,
} from '../modules/submit/draft';
import { PhotoPicker } from '../modules/submit/PhotoPicker';
import { usePhotoUploads } from '../modules/submit/usePhotoUploads';
import { rememberCode } from '../modules/track/recent';
import { ApiError, api, type FieldErrors } from '../ui/api';
import { navigate } from '../ui/router';
import { Alert, LoadError, Loading } from '../ui/Status';
import { useLoad } from '../ui/useLoad';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where the browser should take the citizen to fix the first problem. */
function focusFirstError(errors: FieldErrors) {
  const first = ['categoryId', 'content', 'name', 'phone'].find((f) => errors[f]);
  if (!first) return;
  const el = document.getElementById(`field-${first}`);
  el?.scrollIntoView({ block: 'center' });
  const target = el?.querySelector<HTMLElement>('input, textarea') ?? el;
  target?.focus();
}

/** 我要反映: the citizen's form; the draft stays on the phone until a tracking code comes back. */
export function SubmitPage(props: { cadreParam: string | null }) {
  const [restored] = useState(() => loadDraft());
  const [draft, setDraft] = useState<TDraft>(() => {
    const start = restored ?? newDraft();
    const cadreId =
      props.cadreParam && UUID.test(props.cadreParam) ? props.cadreParam : start.cadreId;
    return { ...start, cadreId };
  });
  const [showRestored, setShowRestored] = useState(() => !!restored && !isEmptyDraft(restored));
  const [confirmClear, setConfirmClear] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const categories = useLoad('categories', api.categories);
  const cadreId = draft.cadreId;
  const cadre = useLoad(cadreId ? `cadre:${cadreId}` : null, () => api.cadre(cadreId ?? ''));
  /** an addressee who does not exist (or left): the case goes to the office instead */
  const cadreGone = cadre.error !== undefined && cadre.error.status >= 400;
  const uploads = usePhotoUploads((photo) =>
    setDraft((d) => ({ ...d, photos: [...d.photos, photo] })),
  );

  useEffect(() => {
    if (!isEmptyDraft(draft)) saveDraft(draft);
  }, [draft]);

  const update = (patch: Partial<TDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblem(null);
    // a fixed field loses its red mark at once
    setErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch)) delete next[k];
      return next;
    });
  };

  const clearAll = () => {
    clearDraft();
    setDraft(newDraft({ cadreId: draft.cadreId }));
    setErrors({});
    setProblem(null);
    setConfirmClear(false);
    setShowRestored(false);
  };

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const found = validateDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setProblem(t('submit.fixErrors'));
      focusFirstError(found);
      return;
    }
    if (uploads.uploading) {
      setProblem(t('submit.waitPhotos'));
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      const created = await api.submit(toRequest(draft, { withCadre: !cadreGone }));
      clearDraft();
      rememberCode(created.trackingCode, created.createdAt);
      navigate(`/submitted/${created.trackingCode}`, { replace: true });
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', String(err));
      if (error.status === 429) setProblem(t('submit.tooOften'));
      else if (error.isNetwork || error.status >= 500) setProblem(t('submit.networkFailed'));
      else if (Object.keys(error.fields).length > 0) {
        setErrors(error.fields);
        setProblem(t('submit.fixErrors'));
        focusFirstError(error.fields);
      } else setProblem(t('submit.failed', { message: error.message }));
      setSending(false);
    }
  };

  const length = contentLength(draft.content);
  return (
    <form className="page" onSubmit={send} noValidate>
      <h1>{t('submit.title')}</h1>

      {cadreId && cadre.data && (
        <div className="addressee">
          <p className="addressee-name">{t('submit.to', { name: cadre.data.name })}</p>
          <p className="muted">
            {t('submit.toDetail', { org: cadre.data.orgName, post: cadre.data.post })}
          </p>
        </div>
      )}
      {cadreGone && <Alert kind="info">{t('submit.toUnknown')}</Alert>}

      {showRestored && (
        <Alert kind="info">
          <p>{t('submit.draftRestored')}</p>
          {confirmClear ? (
            <div className="actions">
              <p>{t('submit.clearConfirm')}</p>
              <button type="button" className="button button-danger" onClick={clearAll}>
                {t('submit.clearYes')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setConfirmClear(false)}
              >
                {t('submit.clearNo')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setConfirmClear(true)}
            >
              {t('submit.clearDraft')}
            </button>
          )}
        </Alert>
      )}

      {categories.error ? (
        <LoadError error={categories.error} onRetry={categories.reload} />
      ) : categories.data ? (
        <CategoryPicker
          categories={categories.data.items}
          value={draft.categoryId}
          error={errors.categoryId}
          onChange={(categoryId) => update({ categoryId })}
        />
      ) : (
        <Loading />
      )}

      <div className="field" id="field-content">
        <label className="label" htmlFor="content">
          {t('submit.content')}
        </label>
        <p className="hint" id="content-hint">
          {t('submit.contentHint')}
        </p>
        <textarea
          id="content"
          rows={7}
          value={draft.content}
          aria-invalid={errors.content ? true : undefined}
          aria-describedby="content-hint content-count"
          onChange={(e) => update({ content: e.target.value })}
        />
        <p
          id="content-count"
          className={length > MAX_CASE_CONTENT ? 'counter counter-over' : 'counter'}
        >
          {t('submit.counter', { count: length, max: MAX_CASE_CONTENT })}
        </p>
        {errors.content && <p className="field-error">{errors.content}</p>}
      </div>

      <div className="field">
        <label className="switch">
          <span className="switch-control">
            <input
              type="checkbox"
              role="switch"
              checked={draft.anonymous}
              aria-checked={draft.anonymous}
              aria-describedby="anonymous-hint"
              onChange={(e) => update({ anonymous: e.target.checked })}
            />
            <span className="switch-track" aria-hidden="true" />
          </span>
          <span>{t('submit.anonymous')}</span>
        </label>
        <p className="hint" id="anonymous-hint">
          {t('submit.anonymousHint')}
        </p>
      </div>

      {!draft.anonymous && (
        <>
          <div className="field" id="field-name">
            <label className="label" htmlFor="name">
              {t('submit.name')}
            </label>
            <input
              id="name"
              type="text"
              autoComplete="name"
              maxLength={MAX_NAME + 10}
              value={draft.name}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby="name-count"
              onChange={(e) => update({ name: e.target.value })}
            />
            <p
              id="name-count"
              className={draft.name.trim().length > MAX_NAME ? 'counter counter-over' : 'counter'}
            >
              {t('submit.counter', { count: draft.name.trim().length, max: MAX_NAME })}
            </p>
            {errors.name && <p className="field-error">{errors.name}</p>}
          </div>
          <div className="field" id="field-phone">
            <label className="label" htmlFor="phone">
              {t('submit.phone')}
            </label>
            <p className="hint" id="phone-hint">
              {t('submit.phoneHint')}
            </p>
            <input
              id="phone"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              value={draft.phone}
              aria-invalid={errors.phone ? true : undefined}
              aria-describedby="phone-hint"
              onChange={(e) => update({ phone: e.target.value })}
            />
            {errors.phone && <p className="field-error">{errors.phone}</p>}
          </div>
        </>
      )}

      <PhotoPicker
        photos={draft.photos}
        uploads={uploads}
        onRemove={(id) => update({ photos: draft.photos.filter((p) => p.id !== id) })}
      />

      {problem && <Alert kind="error">{problem}</Alert>}
      <button type="submit" className="button button-primary button-block" disabled={sending}>
        {sending ? t('submit.sending') : t('submit.send')}
      </button>
    </form>
  );
}
