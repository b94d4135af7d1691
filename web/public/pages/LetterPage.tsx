import { t } from '../i18n';
import { api } from '../ui/api';
import { formatDate } from '../ui/format';
import { Markup } from '../ui/Markup';
import { Link } from '../ui/router';
import { Alert, LoadError, Loading } from '../ui/Status';
import { useLoad } from '../ui/useLoad';
import type { PublicDocumentKind } from './LettersPage';

/**
 * 一封公开信: the letter's title, author, unit and date, and its text drawn by `Markup` (elements,
 * never HTML). Not published (withdrawn since, or never) and a malformed id read the same: not found.
 */
export function LetterPage(props: { id: string; kind?: PublicDocumentKind }) {
  const { kind = 'letters' } = props;
  const letter = useLoad(`${kind}:${props.id}`, () =>
    kind === 'letters' ? api.letter(props.id) : api.reflection(props.id),
  );
  const missing = letter.error && [400, 404].includes(letter.error.status);

  return (
    <div className="page">
      {letter.loading && <Loading />}
      {missing && (
        <>
          <h1>{t(`${kind}.notFoundTitle`)}</h1>
          <Alert kind="info">
            <p>{t(`${kind}.notFound`)}</p>
          </Alert>
        </>
      )}
      {letter.error && !missing && <LoadError error={letter.error} onRetry={letter.reload} />}
      {letter.data && (
        <article className="card letter">
          <h1 className="letter-heading">{letter.data.title}</h1>
          <p className="letter-meta">
            <span>{t(`${kind}.author`, { author: letter.data.author })}</span>
            <span>{t(`${kind}.org`, { org: letter.data.orgName })}</span>
            <span className="keep">
              {t(`${kind}.publishedAt`, { date: formatDate(letter.data.publishedAt) })}
            </span>
          </p>
          <Markup source={letter.data.body} className="letter-body" />
        </article>
      )}
      {!letter.loading && (
        <div className="stack">
          {letter.data && (
            <Link to="/submit" className="button button-primary button-block">
              {t(`${kind}.write`)}
            </Link>
          )}
          <Link to={`/${kind}`} className="button button-block">
            {t(`${kind}.backToList`)}
          </Link>
        </div>
      )}
    </div>
  );
}
