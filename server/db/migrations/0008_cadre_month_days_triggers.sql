-- cadre_month_days is derived from visits: these triggers keep it exact in the transaction of every
-- write to visits (insert, update, delete, truncate), whichever code path makes it. Statement-level
-- triggers with transition tables, so a bulk INSERT … SELECT of 150,000 visits recomputes each
-- (cadre, month) once, not once per row.

-- Recomputes the given (cadre, month) pairs from the visits: distinct calendar days covered within
-- the month; a pair with no day left loses its row.
CREATE FUNCTION cadre_month_days_refresh(cadre_ids uuid[], months date[]) RETURNS void
LANGUAGE sql AS $$
  WITH t AS (
    SELECT DISTINCT u.cadre_id, u.month FROM unnest(cadre_ids, months) AS u(cadre_id, month)
  ), r AS (
    SELECT t.cadre_id, min(t.month) AS lo, (max(t.month) + interval '1 month')::date AS hi
    FROM t GROUP BY t.cadre_id
  ), counted AS (
    SELECT v.cadre_id, date_trunc('month', d)::date AS month, count(DISTINCT d)::int AS days
    FROM r JOIN visits v ON v.cadre_id = r.cadre_id AND v.start_date < r.hi AND v.end_date >= r.lo,
      generate_series(greatest(v.start_date, r.lo)::timestamp, least(v.end_date, r.hi - 1)::timestamp,
        interval '1 day') AS d
    GROUP BY 1, 2
  ), fresh AS (
    SELECT t.cadre_id, t.month, coalesce(c.days, 0) AS days
    FROM t LEFT JOIN counted c ON c.cadre_id = t.cadre_id AND c.month = t.month
  ), gone AS (
    DELETE FROM cadre_month_days s USING fresh f
    WHERE s.cadre_id = f.cadre_id AND s.month = f.month AND f.days = 0
  )
  INSERT INTO cadre_month_days (month, cadre_id, days)
  SELECT f.month, f.cadre_id, f.days FROM fresh f WHERE f.days > 0
  ON CONFLICT (month, cadre_id) DO UPDATE SET days = excluded.days
$$;
--> statement-breakpoint
-- The months each stay touches, per cadre. The cadres' rows are locked first (FOR NO KEY UPDATE: it
-- does not block the foreign-key checks of other visits), so two transactions writing visits of one
-- cadre recompute one after the other, the second one seeing the first's visits (READ COMMITTED
-- takes a new snapshot for the recomputing statement). Row locks, not advisory locks: a bulk load
-- of thousands of cadres must not fill the lock table.
CREATE FUNCTION cadre_month_days_touch(cadre_ids uuid[], starts date[], ends date[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  ms date[];
BEGIN
  IF cadre_ids IS NULL OR cardinality(cadre_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM cadres k WHERE k.id IN (SELECT DISTINCT unnest(cadre_ids)) ORDER BY k.id FOR NO KEY UPDATE;
  SELECT array_agg(x.cadre_id), array_agg(x.month) INTO ids, ms
  FROM (
    SELECT DISTINCT u.cadre_id, m::date AS month
    FROM unnest(cadre_ids, starts, ends) AS u(cadre_id, s, e),
      generate_series(date_trunc('month', u.s::timestamp), u.e::timestamp, interval '1 month') AS m
  ) x;
  PERFORM cadre_month_days_refresh(ids, ms);
END
$$;
--> statement-breakpoint
CREATE FUNCTION visits_month_days_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM cadre_month_days_touch(array_agg(n.cadre_id), array_agg(n.start_date), array_agg(n.end_date))
  FROM new_visits n;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION visits_month_days_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM cadre_month_days_touch(array_agg(x.cadre_id), array_agg(x.start_date), array_agg(x.end_date))
  FROM (
    SELECT n.cadre_id, n.start_date, n.end_date FROM new_visits n
    UNION ALL
    SELECT o.cadre_id, o.start_date, o.end_date FROM old_visits o
  ) x;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION visits_month_days_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM cadre_month_days_touch(array_agg(o.cadre_id), array_agg(o.start_date), array_agg(o.end_date))
  FROM old_visits o;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION visits_month_days_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM cadre_month_days;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER visits_month_days_ins AFTER INSERT ON visits
  REFERENCING NEW TABLE AS new_visits
  FOR EACH STATEMENT EXECUTE FUNCTION visits_month_days_inserted();
--> statement-breakpoint
CREATE TRIGGER visits_month_days_upd AFTER UPDATE ON visits
  REFERENCING OLD TABLE AS old_visits NEW TABLE AS new_visits
  FOR EACH STATEMENT EXECUTE FUNCTION visits_month_days_updated();
--> statement-breakpoint
CREATE TRIGGER visits_month_days_del AFTER DELETE ON visits
  REFERENCING OLD TABLE AS old_visits
  FOR EACH STATEMENT EXECUTE FUNCTION visits_month_days_deleted();
--> statement-breakpoint
CREATE TRIGGER visits_month_days_trunc AFTER TRUNCATE ON visits
  FOR EACH STATEMENT EXECUTE FUNCTION visits_month_days_truncated();
--> statement-breakpoint
-- the visits already stored
INSERT INTO cadre_month_days (month, cadre_id, days)
SELECT date_trunc('month', d)::date, v.cadre_id, count(DISTINCT d)::int
FROM visits v, generate_series(v.start_date::timestamp, v.end_date::timestamp, interval '1 day') AS d
GROUP BY 1, 2;
--> statement-breakpoint
ANALYZE cadre_month_days;
