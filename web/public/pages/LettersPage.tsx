import { t } from '../i18n';
import { LETTERS_PAGE_SIZE, letterExcerpt } from '../letters';
import { api } from '../ui/api';
import { formatDate } from '../ui/format';
import { Link, navigate } from '../ui/router';
import { LoadError, Loading } from '../ui/Status';
import { useLoad } from '../ui/useLoad';

/** 给群众的公开信: the published open letters, newest first, ten a page (like 办成实事). */
export function LettersPage(props: { page: number }) {
  const { page } = props;
  const list = useLoad(`letters:${page}`, () => api.letters(page, LETTERS_PAGE_SIZE));
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / LETTERS_PAGE_SIZE)) : 1;
  const go = (p: number) => navigate(p === 1 ? '/letters' : `/letters?page=${p}`);

  return (
    <div className="page">
      <h1>{t('letters.title')}</h1>
      <p className="muted">{t('letters.intro')}</p>
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {list.loading && <Loading />}
      {list.data && list.data.items.length === 0 && <p className="empty">{t('letters.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="stack letter-list">
          {list.data.items.map((letter) => (
            <li key={letter.id} className="card">
              <h2 className="letter-title">
                <Link to={`/letters/${letter.id}`} className="letter-link">
                  {letter.title}
                </Link>
              </h2>
              <p className="letter-meta">
                <span>{t('letters.author', { author: letter.author })}</span>
                <span>{t('letters.org', { org: letter.orgName })}</span>
                <span className="keep">
                  {t('letters.publishedAt', { date: formatDate(letter.publishedAt) })}
                </span>
              </p>
              <p className="letter-excerpt">{letterExcerpt(letter.body)}</p>
            </li>
          ))}
        </ul>
      )}
      {list.data && pages > 1 && (
        <nav className="pager" aria-label={t('letters.title')}>
          <button
            type="button"
            className="button button-secondary"
            disabled={page <= 1}
            onClick={() => go(page - 1)}
          >
            {t('letters.prev')}
          </button>
          <span>{t('letters.page', { page, pages })}</span>
          <button
            type="button"
            className="button button-secondary"
            disabled={page >= pages}
            onClick={() => go(page + 1)}
          >
            {t('letters.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
