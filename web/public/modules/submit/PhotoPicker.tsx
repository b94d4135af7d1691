import { type ChangeEvent, useState } from 'react';
import { MAX_PHOTOS, type TUploadedPhoto } from '../../cases';
import { t } from '../../i18n';
import type { usePhotoUploads } from './usePhotoUploads';

/** Up to MAX_PHOTOS photos: chosen from the album or taken with the camera, each with 删除. */
export function PhotoPicker(props: {
  photos: TUploadedPhoto[];
  uploads: ReturnType<typeof usePhotoUploads>;
  onRemove(id: string): void;
}) {
  const { uploads } = props;
  const [full, setFull] = useState(false);
  const count = props.photos.length + uploads.pending.filter((p) => p.failed === null).length;

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = '';
    const room = Math.max(0, MAX_PHOTOS - count);
    setFull(files.length > room);
    uploads.add(files.slice(0, room));
  };

  if (uploads.unavailable) {
    return (
      <div className="field">
        <p className="label">{t('submit.photos', { max: MAX_PHOTOS })}</p>
        <p className="alert alert-info" role="status">
          {t('submit.photosUnavailable')}
        </p>
      </div>
    );
  }
  return (
    <div className="field">
      <p className="label">{t('submit.photos', { max: MAX_PHOTOS })}</p>
      {(props.photos.length > 0 || uploads.pending.length > 0) && (
        <ul className="photos">
          {props.photos.map((p) => (
            <li key={p.id} className="photo">
              {uploads.previews[p.id] ? (
                <img src={uploads.previews[p.id]} alt={p.fileName} />
              ) : (
                <span className="photo-name">{p.fileName}</span>
              )}
              <button type="button" className="photo-remove" onClick={() => props.onRemove(p.id)}>
                {t('submit.removePhoto')}
              </button>
            </li>
          ))}
          {uploads.pending.map((p) => (
            <li key={p.key} className={p.failed ? 'photo photo-failed' : 'photo'}>
              <img src={p.preview} alt={p.fileName} />
              <span className="photo-state">{p.failed ?? t('submit.photoUploading')}</span>
              {p.failed && (
                <button
                  type="button"
                  className="photo-remove"
                  onClick={() => uploads.dismiss(p.key)}
                >
                  {t('submit.removePhoto')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {count < MAX_PHOTOS && (
        <label className="button button-secondary file-button">
          {t('submit.addPhoto')}
          <input type="file" accept="image/*" multiple onChange={onChange} />
        </label>
      )}
      {full && <p className="field-error">{t('submit.photosFull', { max: MAX_PHOTOS })}</p>}
    </div>
  );
}
