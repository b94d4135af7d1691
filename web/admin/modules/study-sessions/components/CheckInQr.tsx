import { Alert, Flex, Modal, Spin, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useCheckInCode } from '../hooks/useStudySessions';

/** Seconds left until `at`, ticking once a second. */
function useSecondsLeft(at: string | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return at ? Math.max(0, Math.ceil((new Date(at).getTime() - now) / 1000)) : 0;
}

/**
 * 签到二维码 for a projector: the whole window, a big QR of the current code (drawn in the
 * browser), the countdown, and a new code fetched a few seconds before this one stops being shown.
 */
export function CheckInQr({
  sessionId,
  title,
  open,
  onClose,
}: {
  sessionId: string;
  title: string;
  open: boolean;
  onClose: () => void;
}) {
  const code = useCheckInCode(sessionId, open);
  const [src, setSrc] = useState<string | null>(null);
  const url = code.data?.url;
  useEffect(() => {
    let live = true;
    if (!url) return;
    QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 720 }).then((data) => {
      if (live) setSrc(data);
    });
    return () => {
      live = false;
    };
  }, [url]);
  const left = useSecondsLeft(code.data?.expiresAt);
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      width="100%"
      style={{ top: 0, maxWidth: '100vw', paddingBottom: 0 }}
      styles={{ body: { minHeight: 'calc(100vh - 80px)' } }}
      title={t('studySessions.qrTitle', { title })}
      destroyOnHidden
    >
      <Flex vertical align="center" justify="center" gap="middle" style={{ minHeight: '80vh' }}>
        {code.error ? (
          <Alert type="warning" showIcon title={errorMessage(code.error)} />
        ) : !src || !code.data ? (
          <Spin size="large" />
        ) : (
          <>
            <img
              src={src}
              alt={t('studySessions.qr')}
              data-token={code.data.token}
              style={{
                width: 'min(70vh, 90vw)',
                height: 'min(70vh, 90vw)',
                imageRendering: 'pixelated',
              }}
            />
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('studySessions.qrCountdown', { seconds: left })}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: 18 }}>
              {t('studySessions.qrHint', { seconds: code.data.seconds })}
            </Typography.Text>
          </>
        )}
      </Flex>
    </Modal>
  );
}
