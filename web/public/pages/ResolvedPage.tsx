import { t } from '../i18n';
import { api } from '../ui/api';
import { formatDate } from '../ui/format';
import { navigate } from '../ui/router';
import { LoadError, Loading } from '../ui/Status';
import { useLoad } from '../ui/useLoad';

const PAGE_SIZE = 10;

/** 办成实事: signed-off cases the office chose to publish, newest first, ten a page. */
export function ResolvedPage(props: { page: number }) {
  const { page } = props;
  const list = useLoad(`resolved:${page}`, () => api.resolved(page, PAGE_SIZE));
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  const go = (p: number) => navigate(p === 1 ? '/resolved' : `/resolved?page=${p}`);

  return (
    <div className="page">
      <h1>{t('resolved.title')}</h1>
      <p className="muted">{t('resolved.intro')}</p>
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {list.loading && <Loading />}
      {list.data && list.data.items.length === 0 && <p className="empty">{t('resolved.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="stack resolved-list">
          {list.data.items.map((item) => (
            <li key={`${item.signedOffAt}-${item.content.slice(0, 40)}`} className="card">
              <p className="tag">{item.category}</p>
              <h2 className="resolved-asked">{t('resolved.asked')}</h2>
              <p className="prose">{item.content}</p>
              {item.answer && (
                <>
                  <h2 className="resolved-answer">{t('resolved.answer')}</h2>
                  <p className="prose">{item.answer}</p>
                </>
              )}
              {item.measures && (
                <>
                  <h3>{t('resolved.measures')}</h3>
                  <p className="prose">{item.measures}</p>
                </>
              )}
              {item.signedOffAt && (
                <p className="muted">
                  {t('resolved.signedOffAt', { date: formatDate(item.signedOffAt) })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {list.data && pages > 1 && (
        <nav className="pager" aria-label={t('resolved.title')}>
          <button
            type="button"
            className="button button-secondary"
            disabled={page <= 1}
            onClick={() => go(page - 1)}
          >
            {t('resolved.prev')}
          </button>
          <span>{t('resolved.page', { page, pages })}</span>
          <button
            type="button"
            className="button button-secondary"
            disabled={page >= pages}
            onClick={() => go(page + 1)}
          >
            {t('resolved.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
