import { t } from './i18n';
import { HomePage } from './pages/HomePage';
import { LetterPage } from './pages/LetterPage';
import { LettersPage } from './pages/LettersPage';
import { ResolvedPage } from './pages/ResolvedPage';
import { SubmitPage } from './pages/SubmitPage';
import { SubmittedPage } from './pages/SubmittedPage';
import { TrackPage } from './pages/TrackPage';
import { useLargeFont } from './ui/largeFont';
import { Link, useLocation } from './ui/router';

/** `?page=n` of a paged list, 1 when absent or not a number. */
const pageParam = (query: URLSearchParams) =>
  Math.max(1, Number.parseInt(query.get('page') ?? '1', 10) || 1);

/** One page per path under /public (the server answers them all with this app). */
function Page() {
  const { path, query } = useLocation();
  const [, first, second] = path.split('/');
  switch (first) {
    case '':
    case undefined:
      return <HomePage />;
    case 'submit':
      return <SubmitPage cadreParam={query.get('cadre')} />;
    case 'submitted':
      if (second) return <SubmittedPage code={decodeURIComponent(second)} />;
      break;
    case 'track':
      return <TrackPage code={second ? decodeURIComponent(second) : null} />;
    case 'resolved':
      return <ResolvedPage page={pageParam(query)} />;
    case 'letters':
      if (second) return <LetterPage id={decodeURIComponent(second)} />;
      return <LettersPage page={pageParam(query)} />;
    case 'reflections':
      if (second) return <LetterPage id={decodeURIComponent(second)} kind="reflections" />;
      return <LettersPage page={pageParam(query)} kind="reflections" />;
  }
  return (
    <div className="page">
      <h1>{t('app.notFound')}</h1>
      <Link to="/" className="button button-primary button-block">
        {t('app.backHome')}
      </Link>
    </div>
  );
}

export function App() {
  const [large, setLarge] = useLargeFont();
  return (
    <>
      <header className="header">
        <Link to="/" className="brand">
          <span className="brand-name">{t('app.brand')}</span>
          <span className="brand-sub">{t('app.brandSub')}</span>
        </Link>
        <button
          type="button"
          className="font-toggle"
          aria-pressed={large}
          title={t('app.largeFontHint')}
          onClick={() => setLarge(!large)}
        >
          {large ? t('app.largeFontOn') : t('app.largeFontOff')}
        </button>
      </header>
      <main className="main">
        <Page />
      </main>
      <footer className="footer">{t('app.footer')}</footer>
    </>
  );
}
