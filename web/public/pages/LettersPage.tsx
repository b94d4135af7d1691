import { t } from '../i18n';
import { LETTERS_PAGE_SIZE, letterExcerpt } from '../letters';
import { api } from '../ui/api';
import { formatDate } from '../ui/format';
import { Link, navigate } from '../ui/router';
import { LoadError, Loading } from '../ui/Status';
import { useLoad } from '../ui/useLoad';

/** What the citizens' site publishes as letters: 公开信, and 心得体会 (issue 13) the same way. */
export type PublicDocumentKind = 'letters' | 'reflections';

const listOf = { letters: api.letters, reflections: api.reflections };

/**
 * 给群众的公开信 (or 干部学习心得): the published ones, newest first, ten a page (like 办成实事).
 */
export function LettersPage(props: { page: number; kind?: PublicDocumentKind }) {
  const { page, kind = 'letters' } = props;
  const list = useLoad(`${kind}:${page}`, () => listOf[kind](page, LETTERS_PAGE_SIZE));
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / LETTERS_PAGE_SIZE)) : 1;
  const go = (p: number) => navigate(p === 1 ? `/${kind}` : `/${kind}?page=${p}`);

  return (
    <div className="page">
      <h1>{t(`${kind}.title`)}</h1>
      <p className="muted">{t(`${kind}.intro`)}</p>
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {list.loading && <Loading />}
      {list.data && list.data.items.length === 0 && <p className="empty">{t(`${kind}.empty`)}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="stack letter-list">
          {list.data.items.map((letter) => (
            <li key={letter.id} className="card">
              <h2 className="letter-title">
                <Link to={`/${kind}/${letter.id}`} className="letter-link">
                  {letter.title}
                </Link>
              </h2>
              <p className="letter-meta">
                <span>{t(`${kind}.author`, { author: letter.author })}</span>
                <span>{t(`${kind}.org`, { org: letter.orgName })}</span>
                <span className="keep">
                  {t(`${kind}.publishedAt`, { date: formatDate(letter.publishedAt) })}
                </span>
              </p>
              <p className="letter-excerpt">{letterExcerpt(letter.body)}</p>
            </li>
          ))}
        </ul>
      )}
      {list.data && pages > 1 && (
        <nav className="pager" aria-label={t(`${kind}.title`)}>
          <button
            type="button"
            className="button button-secondary"
            disabled={page <= 1}
            onClick={() => go(page - 1)}
          >
            {t(`${kind}.prev`)}
          </button>
          <span>{t(`${kind}.page`, { page, pages })}</span>
          <button
            type="button"
            className="button button-secondary"
            disabled={page >= pages}
            onClick={() => go(page + 1)}
          >
            {t(`${kind}.next`)}
          </button>
        </nav>
      )}
    </div>
  );
}
