import { useState } from 'react';
import { caseRatingLabels, type TCaseRating, type TPublicCase } from '../../cases';
import { t } from '../../i18n';
import { formatDate, formatDateTime } from '../../ui/format';
import { Alert } from '../../ui/Status';
import { RatingForm } from './RatingForm';

/** Status colour groups: still being handled, done, or stopped. */
function tone(status: TPublicCase['status']): 'open' | 'done' | 'stopped' {
  if (status === 'answered' || status === 'signed_off') return 'done';
  if (status === 'not_accepted' || status === 'merged') return 'stopped';
  return 'open';
}

/** What the tracking code opens: status, the public timeline, the answer, and the rating form. */
export function CaseView(props: { item: TPublicCase; onChange(c: TPublicCase): void }) {
  const { item } = props;
  const [justRated, setJustRated] = useState<TCaseRating | null>(null);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="case-status">
        <p className="label" id="case-status">
          {t('track.status')}
        </p>
        <p className={`status status-${tone(item.status)}`} data-testid="case-status">
          {item.statusLabel}
        </p>
        <dl className="facts">
          <div>
            <dt>{t('track.category')}</dt>
            <dd>{item.category}</dd>
          </div>
          <div>
            <dt>{t('track.submittedAt')}</dt>
            <dd>{formatDateTime(item.createdAt)}</dd>
          </div>
          {item.dueDate && (
            <div>
              <dt>{t('track.dueDate')}</dt>
              <dd>{formatDate(item.dueDate)}</dd>
            </div>
          )}
        </dl>
      </section>

      {item.answer && (
        <section className="card card-answer">
          <h2>{t('track.answer')}</h2>
          <p className="prose">{item.answer}</p>
          {item.measures && (
            <>
              <h3>{t('track.measures')}</h3>
              <p className="prose">{item.measures}</p>
            </>
          )}
          {item.answeredAt && (
            <p className="muted">
              {t('track.answeredAt')}：
              <span className="keep">{formatDateTime(item.answeredAt)}</span>
            </p>
          )}
        </section>
      )}

      {justRated && (
        <Alert kind="success">
          {justRated === 'dissatisfied' ? t('rate.dissatisfiedThanks') : t('rate.thanks')}
        </Alert>
      )}
      {item.mayRate && (
        <RatingForm
          code={item.trackingCode}
          onRated={(c) => {
            setJustRated(c.rating);
            props.onChange(c);
          }}
        />
      )}
      {item.rating && !item.mayRate && (
        <p className="card">{t('track.yourRating', { rating: caseRatingLabels[item.rating] })}</p>
      )}

      <section className="card">
        <h2>{t('track.timeline')}</h2>
        <ol className="timeline">
          {item.timeline.map((e) => (
            <li key={`${e.action}-${e.at}`}>
              <span className="timeline-label">{e.label}</span>
              <span className="timeline-at">{formatDateTime(e.at)}</span>
            </li>
          ))}
        </ol>
      </section>

      <section className="card">
        <h2>{t('track.yourContent')}</h2>
        <p className="prose">{item.content}</p>
      </section>
    </div>
  );
}
