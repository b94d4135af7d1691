import { t } from '../i18n';
import { api } from '../ui/api';
import { formatDate } from '../ui/format';
import { Markup } from '../ui/Markup';
import { Link } from '../ui/router';
import { Alert, LoadError, Loading } from '../ui/Status';
import { useLoad } from '../ui/useLoad';

/**
 * 一封公开信: the letter's title, author, unit and date, and its text drawn by `Markup` (elements,
 * never HTML). Not published (withdrawn since, or never) and a malformed id read the same: not found.
 */
export function LetterPage(props: { id: string }) {
  const letter = useLoad(`letter:${props.id}`, () => api.letter(props.id));
  const missing = letter.error && [400, 404].includes(letter.error.status);

  return (
    <div className="page">
      {letter.loading && <Loading />}
      {missing && (
        <>
          <h1>{t('letters.notFoundTitle')}</h1>
          <Alert kind="info">
            <p>{t('letters.notFound')}</p>
          </Alert>
        </>
      )}
      {letter.error && !missing && <LoadError error={letter.error} onRetry={letter.reload} />}
      {letter.data && (
        <article className="card letter">
          <h1 className="letter-heading">{letter.data.title}</h1>
          <p className="letter-meta">
            <span>{t('letters.author', { author: letter.data.author })}</span>
            <span>{t('letters.org', { org: letter.data.orgName })}</span>
            <span className="keep">
              {t('letters.publishedAt', { date: formatDate(letter.data.publishedAt) })}
            </span>
          </p>
          <Markup source={letter.data.body} className="letter-body" />
        </article>
      )}
      {!letter.loading && (
        <div className="stack">
          {letter.data && (
            <Link to="/submit" className="button button-primary button-block">
              {t('letters.write')}
            </Link>
          )}
          <Link to="/letters" className="button button-block">
            {t('letters.backToList')}
          </Link>
        </div>
      )}
    </div>
  );
}
