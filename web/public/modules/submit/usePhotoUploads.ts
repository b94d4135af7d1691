import { useCallback, useEffect, useRef, useState } from 'react';
import type { TUploadedPhoto } from '../../cases';
import { t } from '../../i18n';
import { ApiError, api } from '../../ui/api';
import { shrinkImage } from './shrinkImage';

/** A photo on its way up, or one that did not make it (shown with its reason). */
export type PendingPhoto = {
  key: number;
  fileName: string;
  preview: string;
  failed: string | null;
};

/**
 * Uploads each chosen photo at once (POST /api/public/attachments), so the submission itself
 * carries only ids. When the server has no such endpoint (404) photos are switched off with a
 * message and the citizen submits text only.
 */
export function usePhotoUploads(onUploaded: (photo: TUploadedPhoto) => void) {
  const [pending, setPending] = useState<PendingPhoto[]>([]);
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const [unavailable, setUnavailable] = useState(false);
  const seq = useRef(0);
  const urls = useRef<string[]>([]);
  const onUploadedRef = useRef(onUploaded);
  onUploadedRef.current = onUploaded;

  useEffect(
    () => () => {
      for (const url of urls.current) URL.revokeObjectURL(url);
    },
    [],
  );

  const upload = useCallback(async (file: File, key: number, preview: string) => {
    try {
      const { blob, name } = await shrinkImage(file);
      const saved = await api.uploadPhoto(blob, name);
      setPending((list) => list.filter((p) => p.key !== key));
      setPreviews((map) => ({ ...map, [saved.id]: preview }));
      onUploadedRef.current(saved);
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e));
      if (error.status === 404 || error.status === 405) {
        setUnavailable(true);
        setPending([]);
        return;
      }
      const reason = error.status === 413 ? t('submit.photoTooBig') : error.message;
      setPending((list) => list.map((p) => (p.key === key ? { ...p, failed: reason } : p)));
    }
  }, []);

  const add = useCallback(
    (files: File[]) => {
      for (const file of files) {
        const key = ++seq.current;
        const preview = URL.createObjectURL(file);
        urls.current.push(preview);
        setPending((list) => [...list, { key, fileName: file.name, preview, failed: null }]);
        void upload(file, key, preview);
      }
    },
    [upload],
  );

  const dismiss = useCallback((key: number) => {
    setPending((list) => list.filter((p) => p.key !== key));
  }, []);

  return {
    pending,
    previews,
    unavailable,
    uploading: pending.some((p) => p.failed === null),
    add,
    dismiss,
  };
}
