import { type FormEvent, useState } from 'react';
import {
  CASE_RATINGS,
  caseRatingLabels,
  MAX_RATING_COMMENT,
  type TCaseRating,
  type TPublicCase,
} from '../../cases';
import { t } from '../../i18n';
import { ApiError, api } from '../../ui/api';
import { Alert } from '../../ui/Status';

/**
 * 群众评价: 满意 / 基本满意 / 不满意 and a comment, confirmed before sending (it cannot be
 * changed afterwards). 不满意 sends the case back to the handler.
 */
export function RatingForm(props: { code: string; onRated(c: TPublicCase): void }) {
  const [rating, setRating] = useState<TCaseRating | null>(null);
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const ask = (e: FormEvent) => {
    e.preventDefault();
    if (!rating) {
      setProblem(t('rate.choose'));
      return;
    }
    setProblem(null);
    setConfirming(true);
  };

  const send = async () => {
    if (!rating || sending) return;
    setSending(true);
    try {
      props.onRated(await api.rate(props.code, { rating, comment: comment.trim() }));
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', String(err));
      setProblem(
        error.status === 429 ? t('submit.tooOften') : t('rate.failed', { message: error.message }),
      );
      setConfirming(false);
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="card rating" onSubmit={ask} noValidate>
      <fieldset className="field">
        <legend className="label">{t('rate.title')}</legend>
        <div className="choices choices-column">
          {CASE_RATINGS.map((r) => (
            <label key={r} className={`choice choice-${r}`}>
              <input
                type="radio"
                name="rating"
                value={r}
                checked={rating === r}
                disabled={confirming}
                onChange={() => {
                  setRating(r);
                  setProblem(null);
                }}
              />
              <span className="choice-text">
                <span className="choice-name">{caseRatingLabels[r]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label className="label" htmlFor="rating-comment">
          {t('rate.comment')}
        </label>
        <textarea
          id="rating-comment"
          rows={3}
          maxLength={MAX_RATING_COMMENT}
          value={comment}
          disabled={confirming}
          aria-describedby="rating-comment-count"
          onChange={(e) => setComment(e.target.value)}
        />
        <p id="rating-comment-count" className="counter">
          {t('submit.counter', { count: comment.length, max: MAX_RATING_COMMENT })}
        </p>
      </div>
      {problem && <Alert kind="error">{problem}</Alert>}
      {confirming && rating ? (
        <div className="confirm" role="alertdialog" aria-labelledby="rating-confirm">
          <p id="rating-confirm">{t('rate.confirm', { rating: caseRatingLabels[rating] })}</p>
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              disabled={sending}
              onClick={send}
            >
              {sending ? t('rate.sending') : t('rate.confirmYes')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={sending}
              onClick={() => setConfirming(false)}
            >
              {t('rate.confirmNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="submit" className="button button-primary button-block">
          {t('rate.send')}
        </button>
      )}
    </form>
  );
}
