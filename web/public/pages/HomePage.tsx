import { t } from '../i18n';
import { Link } from '../ui/router';

/** 首页: what this is, and four big ways in. */
export function HomePage() {
  return (
    <>
      <section className="hero">
        <p className="hero-slogan">{t('home.slogan')}</p>
        <h1>{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
        <p>{t('home.howItWorks')}</p>
      </section>
      <nav className="big-links">
        <Link to="/submit" className="big-link big-link-primary">
          <span className="big-link-title">{t('home.submit')}</span>
          <span className="big-link-sub">{t('home.submitSub')}</span>
        </Link>
        <Link to="/track" className="big-link">
          <span className="big-link-title">{t('home.track')}</span>
          <span className="big-link-sub">{t('home.trackSub')}</span>
        </Link>
        <Link to="/resolved" className="big-link">
          <span className="big-link-title">{t('home.resolved')}</span>
          <span className="big-link-sub">{t('home.resolvedSub')}</span>
        </Link>
        <Link to="/letters" className="big-link">
          <span className="big-link-title">{t('letters.homeLink')}</span>
          <span className="big-link-sub">{t('letters.homeLinkSub')}</span>
        </Link>
        <Link to="/reflections" className="big-link">
          <span className="big-link-title">{t('reflections.homeLink')}</span>
          <span className="big-link-sub">{t('reflections.homeLinkSub')}</span>
        </Link>
      </nav>
    </>
  );
}
