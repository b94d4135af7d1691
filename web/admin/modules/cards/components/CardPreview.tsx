import { Typography } from 'antd';
import QRCode from 'qrcode';
import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from 'react';
import { t } from '../../../i18n';
import type { CadreCard } from '../types/card';

/** What the card prints now: the saved card with the choices being edited. */
export type CardFace = Pick<
  CadreCard,
  'name' | 'post' | 'orgName' | 'email' | 'pledge' | 'qrUrl' | 'campaign'
> & {
  officePhone: string | null;
  mobile: string | null;
  contactPoint: string | null;
};

/** 1 mm of the card on the screen */
const MM = 4;
const RED = '#b71c1c';
const GREY = '#666666';

const px = (mm: number) => `${mm * MM}px`;
const oneLine: CSSProperties = {
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
};

/** The QR code as an image, drawn in the browser from the same address the PDF encodes. */
function QrImage({ url, size }: { url: string; size: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 0, width: size * 2 }).then(
      (data) => {
        if (live) setSrc(data);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [url, size]);
  return src ? (
    <img src={src} alt={url} width={size} height={size} style={{ display: 'block' }} />
  ) : (
    <div style={{ width: size, height: size }} />
  );
}

/** Its content at full size while there is room, scaled down to the width there is (a phone). */
function FitWidth({
  width,
  height,
  children,
}: {
  width: number;
  height: number;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const room = entry?.contentRect.width ?? width;
      setScale(Math.min(1, room / width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [width]);
  return (
    <div ref={ref} style={{ width: '100%', maxWidth: width, height: height * scale }}>
      <div style={{ width, transform: `scale(${scale})`, transformOrigin: 'top left' }}>
        {children}
      </div>
    </div>
  );
}

/**
 * The card as it will print (90 × 54 mm, the same parts where the PDF has them), drawn in HTML
 * so that it follows the choices before they are saved. The PDF stays the printed truth.
 */
export function CardPreview({ face }: { face: CardFace }) {
  const C = t('cards.card.title');
  const lines: [string, string | null][] = [
    [t('cards.card.officePhone'), face.officePhone],
    [t('cards.card.mobile'), face.mobile],
    [t('cards.card.email'), face.email],
    [t('cards.card.contactPoint'), face.contactPoint],
  ];
  return (
    <FitWidth width={90 * MM} height={54 * MM}>
      <figure
        aria-label={t('cards.preview')}
        style={{
          margin: 0,
          width: px(90),
          height: px(54),
          padding: px(4),
          boxSizing: 'border-box',
          background: '#fff',
          color: '#1a1a1a',
          border: '1px solid #d9d9d9',
          boxShadow: '0 2px 8px rgba(0,0,0,0.12)',
          display: 'flex',
          flexDirection: 'column',
          fontSize: 11,
          lineHeight: 1.35,
        }}
      >
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'baseline',
            borderBottom: `2px solid ${RED}`,
            paddingBottom: 2,
            marginBottom: 6,
          }}
        >
          <strong style={{ color: RED, fontSize: 14 }}>{C}</strong>
          <span style={{ color: GREY, fontSize: 10, ...oneLine, maxWidth: px(50) }}>
            {face.campaign?.name ?? ''}
          </span>
        </div>
        <div style={{ display: 'flex', flex: 1, gap: px(3), minHeight: 0 }}>
          <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
            <div style={{ fontSize: 22, fontWeight: 700, lineHeight: 1.2, ...oneLine }}>
              {face.name}
            </div>
            {face.post ? <div style={{ fontSize: 12, ...oneLine }}>{face.post}</div> : null}
            <div style={{ fontSize: 11.5, color: GREY, marginBottom: 4, ...oneLine }}>
              {face.orgName}
            </div>
            {lines
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <div key={label} style={{ display: 'flex', ...oneLine }}>
                  <span style={{ color: GREY, width: px(12), flex: 'none' }}>{label}</span>
                  <span style={oneLine}>{value}</span>
                </div>
              ))}
            <div style={{ flex: 1 }} />
            {face.pledge ? (
              <div
                style={{
                  fontSize: 10,
                  display: '-webkit-box',
                  WebkitLineClamp: 3,
                  WebkitBoxOrient: 'vertical',
                  overflow: 'hidden',
                }}
              >
                {face.pledge}
              </div>
            ) : null}
          </div>
          <div style={{ width: px(25), flex: 'none', textAlign: 'center' }}>
            <div style={{ display: 'flex', justifyContent: 'center' }}>
              <QrImage url={face.qrUrl} size={23 * MM} />
            </div>
            <div style={{ color: RED, fontSize: 9.5, marginTop: 4 }}>{t('cards.scan')}</div>
            <Typography.Text
              type="secondary"
              style={{ fontSize: 8, wordBreak: 'break-all', lineHeight: 1.2, display: 'block' }}
            >
              {face.qrUrl}
            </Typography.Text>
          </div>
        </div>
      </figure>
    </FitWidth>
  );
}
