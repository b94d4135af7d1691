import { type FormEvent, useEffect, useState } from 'react';
import { t } from '../i18n';
import { CaseView } from '../modules/track/CaseView';
import { recentCodes } from '../modules/track/recent';
import {
  cleanTrackingInput,
  isTrackingCode,
  trackingCandidates,
} from '../modules/track/tracking-code';
import { ApiError, api } from '../ui/api';
import { formatDate } from '../ui/format';
import { Link, navigate } from '../ui/router';
import { Alert, LoadError, Loading } from '../ui/Status';
import { useLoad } from '../ui/useLoad';

/** 查询办理进度: the code form, and the case when the path names a code. */
export function TrackPage(props: { code: string | null }) {
  const code = props.code ? cleanTrackingInput(props.code) : null;
  const valid = code !== null && isTrackingCode(code);
  const [input, setInput] = useState(props.code ?? '');
  const [inputError, setInputError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const result = useLoad(valid ? `case:${code}` : null, () => api.lookUp(code ?? ''));

  useEffect(() => {
    setInput(props.code ?? '');
    setInputError(null);
    // /track/abcd-efgh… → /track/ABCDEFGH…: one address per case
    if (props.code && code && code !== props.code && isTrackingCode(code)) {
      navigate(`/track/${code}`, { replace: true });
    }
  }, [props.code, code]);

  const search = async (e: FormEvent) => {
    e.preventDefault();
    const candidates = trackingCandidates(input);
    const [first] = candidates;
    if (!first) {
      setInputError(t('track.codeInvalid'));
      return;
    }
    setInputError(null);
    // a code with 0/O/1/I: try its likely readings before saying it does not exist
    if (candidates.length > 1) {
      setSearching(true);
      try {
        for (const c of candidates) {
          const found = await api.lookUp(c).then(
            () => true,
            (err: unknown) => {
              if (err instanceof ApiError && err.status === 404) return false;
              throw err;
            },
          );
          if (found) {
            navigate(`/track/${c}`);
            return;
          }
        }
      } catch {
        // the page below shows the failure when it loads the first reading
      } finally {
        setSearching(false);
      }
    }
    if (first === code) result.reload();
    else navigate(`/track/${first}`);
  };

  const notFound = result.error?.status === 404;
  const recent = recentCodes();
  return (
    <div className="page">
      <h1>{t('track.title')}</h1>
      <form className="search" onSubmit={search} noValidate>
        <label className="label" htmlFor="code">
          {t('track.codeLabel')}
        </label>
        <div className="search-row">
          <input
            id="code"
            className="code-input"
            value={input}
            placeholder={t('track.codePlaceholder')}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={inputError || (props.code && !valid) ? true : undefined}
            aria-describedby="code-hint"
            onChange={(e) => setInput(e.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={searching}>
            {searching ? t('track.searching') : t('track.search')}
          </button>
        </div>
        <p className="hint" id="code-hint">
          {t('track.codeHint')}
        </p>
        {(inputError || (props.code && !valid)) && (
          <p className="field-error">{inputError ?? t('track.codeInvalid')}</p>
        )}
      </form>

      {valid && result.loading && <Loading />}
      {notFound && (
        <Alert kind="info">
          <p className="alert-title">{t('track.notFoundTitle')}</p>
          <p>{t('track.notFound')}</p>
          <Link to="/submit" className="button button-secondary">
            {t('home.submit')}
          </Link>
        </Alert>
      )}
      {result.error?.status === 429 && <Alert kind="error">{t('track.tooOften')}</Alert>}
      {result.error && !notFound && result.error.status !== 429 && (
        <LoadError error={result.error} onRetry={result.reload} />
      )}
      {result.data && <CaseView item={result.data} onChange={result.set} />}

      {!props.code && recent.length > 0 && (
        <section className="card">
          <h2>{t('track.recent')}</h2>
          <ul className="recent">
            {recent.map((r) => (
              <li key={r.code}>
                <Link to={`/track/${r.code}`} className="recent-link">
                  <span className="recent-code">{r.code}</span>
                  <span className="muted">{formatDate(r.at)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
