import { useState } from 'react';
import { t } from '../i18n';
import { Link } from '../ui/router';

/** Copies with the Clipboard API where the page may (https), else the old way. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** 提交成功: the tracking code, big, to be written down. */
export function SubmittedPage(props: { code: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const { code } = props;
  return (
    <div className="page">
      <h1 className="success-title">{t('submitted.title')}</h1>
      <div className="code-card">
        <p className="label">{t('submitted.codeLabel')}</p>
        <p className="code" data-testid="tracking-code">
          <span>{code.slice(0, 5)}</span>
          <span>{code.slice(5)}</span>
        </p>
        <p className="code-remember">{t('submitted.remember')}</p>
        <p className="hint">{t('submitted.rememberHint')}</p>
        <button
          type="button"
          className="button button-secondary button-block"
          onClick={async () => setCopied(await copyText(code))}
        >
          {t('submitted.copy')}
        </button>
        {copied !== null && (
          <p className={copied ? 'copied' : 'field-error'} role="status">
            {copied ? t('submitted.copied') : t('submitted.copyFailed')}
          </p>
        )}
      </div>
      <div className="stack">
        <Link to={`/track/${code}`} className="button button-primary button-block">
          {t('submitted.track')}
        </Link>
        <Link to="/" className="button button-secondary button-block">
          {t('app.backHome')}
        </Link>
      </div>
    </div>
  );
}
