CREATE TABLE "six_ones_facts" (
	"campaign_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"research_state" text,
	"research_title" text,
	"letter_state" text,
	"letter_title" text,
	"printed" integer DEFAULT 0 NOT NULL,
	"handed" integer DEFAULT 0 NOT NULL,
	"handed_points" integer DEFAULT 0 NOT NULL,
	"deliveries" integer DEFAULT 0 NOT NULL,
	"delivery_points" integer DEFAULT 0 NOT NULL,
	"copies" integer DEFAULT 0 NOT NULL,
	"mails" integer DEFAULT 0 NOT NULL,
	"demands" integer DEFAULT 0 NOT NULL,
	"open_demands" integer DEFAULT 0 NOT NULL,
	"ledger" integer DEFAULT 0 NOT NULL,
	"signed_off" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "six_ones_facts_pk" PRIMARY KEY("campaign_id","cadre_id")
);
--> statement-breakpoint
ALTER TABLE "six_ones_facts" ADD CONSTRAINT "six_ones_facts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "six_ones_facts" ADD CONSTRAINT "six_ones_facts_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- six_ones_facts is derived from cases, campaigns, documents, card_records and letter_deliveries:
-- these functions and triggers keep it exact in the transaction of every write to them, whichever
-- code path makes it (API, import, seed, tests). The definitions are the board's live ones
-- (server/modules/six-ones/six-ones.repo.ts `liveRows`, README "What counts"); a test compares the
-- kept rows with them after every kind of write (six-ones/facts.test.ts).

-- What one case adds to the facts (sign 1) or takes from them (sign -1): for each campaign whose
-- dates (China days, +08:00) hold its creation, a part for the cadre it is written to and one for
-- the cadre handling it when another; nothing for a merged case (it counts in its target). Open =
-- 待受理, 已受理, 已交办, 办理中, 已退回 (six-ones.repo.ts OPEN_CASE).
CREATE FUNCTION six_ones_case_parts(case_created timestamptz, case_status text, case_channel text,
  addressee uuid, handler uuid, sign int)
RETURNS TABLE (campaign_id uuid, cadre_id uuid, mails int, demands int, open_demands int,
  ledger int, signed_off int)
LANGUAGE sql STABLE AS $$
  -- the parameters are named apart from the campaigns' columns (status), which would win
  SELECT p.id, x.cadre_id,
    sign * (x.addressed AND case_channel = 'email')::int,
    sign,
    sign * (case_status IN ('received', 'accepted', 'assigned', 'in_progress', 'returned'))::int,
    sign * (case_status <> 'not_accepted')::int,
    sign * (case_status = 'signed_off')::int
  FROM campaigns p, (VALUES (addressee, true), (handler, false)) AS x(cadre_id, addressed)
  WHERE case_status <> 'merged'
    AND case_created >= (p.start_date::timestamp - interval '8 hours') AT TIME ZONE 'UTC'
    AND case_created < ((p.end_date + 1)::timestamp - interval '8 hours') AT TIME ZONE 'UTC'
    AND x.cadre_id IS NOT NULL
    AND (x.addressed OR handler IS DISTINCT FROM addressee)
$$;
--> statement-breakpoint
-- Adds what the given cases add (sign 1) and takes what they took (sign -1). Only counts change, so
-- two transactions writing cases of one cadre need no lock between them: each adds its own. A
-- campaign created or dated anew is recounted under a SHARE lock on cases (below), which waits for
-- the transactions writing cases and holds off new ones until it commits: either these parts are
-- computed with its committed dates (READ COMMITTED: each statement here has a new snapshot), or
-- its recount sees these cases.
CREATE FUNCTION six_ones_cases_add(created timestamptz[], statuses text[], channels text[],
  addressees uuid[], handlers uuid[], signs int[])
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF created IS NULL OR cardinality(created) = 0 THEN
    RETURN;
  END IF;
  INSERT INTO six_ones_facts AS f (campaign_id, cadre_id, mails, demands, open_demands, ledger,
    signed_off)
  SELECT x.campaign_id, x.cadre_id, sum(x.mails), sum(x.demands), sum(x.open_demands),
    sum(x.ledger), sum(x.signed_off)
  FROM unnest(created, statuses, channels, addressees, handlers, signs)
      AS c(created, status, channel, addressee, handler, sign),
    six_ones_case_parts(c.created, c.status, c.channel, c.addressee, c.handler, c.sign) x
  GROUP BY x.campaign_id, x.cadre_id
  HAVING sum(x.demands) <> 0 OR sum(x.mails) <> 0 OR sum(x.open_demands) <> 0
    OR sum(x.ledger) <> 0 OR sum(x.signed_off) <> 0
  ORDER BY x.campaign_id, x.cadre_id
  ON CONFLICT (campaign_id, cadre_id) DO UPDATE SET
    mails = f.mails + excluded.mails,
    demands = f.demands + excluded.demands,
    open_demands = f.open_demands + excluded.open_demands,
    ledger = f.ledger + excluded.ledger,
    signed_off = f.signed_off + excluded.signed_off;
END
$$;
--> statement-breakpoint
-- The case counts of these campaigns counted again from the cases (a campaign created, or its dates
-- changed). LOCK … IN SHARE MODE waits for every transaction writing cases to end and blocks new
-- writes until this one commits, so no case is left out by being uncommitted during the recount
-- nor counted with the old dates (six_ones_cases_add); a campaign's dates seldom change.
CREATE FUNCTION six_ones_campaigns_recount(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE cases IN SHARE MODE;
  UPDATE six_ones_facts SET mails = 0, demands = 0, open_demands = 0, ledger = 0, signed_off = 0
  WHERE campaign_id = ANY (ids);
  INSERT INTO six_ones_facts AS f (campaign_id, cadre_id, mails, demands, open_demands, ledger,
    signed_off)
  SELECT x.campaign_id, x.cadre_id, sum(x.mails), sum(x.demands), sum(x.open_demands),
    sum(x.ledger), sum(x.signed_off)
  FROM cases s,
    six_ones_case_parts(s.created_at, s.status, s.channel, s.addressee_cadre_id,
      s.handler_cadre_id, 1) x
  WHERE x.campaign_id = ANY (ids)
  GROUP BY x.campaign_id, x.cadre_id
  ORDER BY x.campaign_id, x.cadre_id
  ON CONFLICT (campaign_id, cadre_id) DO UPDATE SET
    mails = excluded.mails,
    demands = excluded.demands,
    open_demands = excluded.open_demands,
    ledger = excluded.ledger,
    signed_off = excluded.signed_off;
END
$$;
--> statement-breakpoint
-- The documents, cards and letter deliveries of the given (campaign, cadre) pairs, counted again:
-- the cadre's research topic and open letter of the campaign (one of each, a unique index), the
-- cards printed and handed out, the letter's deliveries.
CREATE FUNCTION six_ones_facts_refresh(campaign_ids uuid[], cadre_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO six_ones_facts AS f (campaign_id, cadre_id, research_state, research_title,
    letter_state, letter_title, printed, handed, handed_points, deliveries, delivery_points, copies)
  SELECT t.campaign_id, t.cadre_id, rd.state, rd.title, lt.state, lt.title,
    coalesce(cr.printed, 0), coalesce(cr.handed, 0), cr.points, ld.n, ld.points,
    coalesce(ld.copies, 0)
  FROM (
      SELECT DISTINCT u.campaign_id, u.cadre_id
      FROM unnest(campaign_ids, cadre_ids) AS u(campaign_id, cadre_id)
    ) t
    -- a pair whose campaign or cadre is gone in this transaction has nothing left to count
    JOIN campaigns p ON p.id = t.campaign_id
    JOIN cadres k ON k.id = t.cadre_id
    LEFT JOIN documents rd
      ON rd.kind = 'research' AND rd.campaign_id = t.campaign_id AND rd.cadre_id = t.cadre_id
    LEFT JOIN documents lt
      ON lt.kind = 'letter' AND lt.campaign_id = t.campaign_id AND lt.cadre_id = t.cadre_id
    CROSS JOIN LATERAL (
      SELECT sum(r.count) FILTER (WHERE r.kind = 'printed')::int AS printed,
        sum(r.count) FILTER (WHERE r.kind = 'handed_out')::int AS handed,
        count(DISTINCT r.contact_point_id) FILTER (WHERE r.kind = 'handed_out')::int AS points
      FROM card_records r
      WHERE r.campaign_id = t.campaign_id AND r.cadre_id = t.cadre_id
    ) cr
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS n, count(DISTINCT l.contact_point_id)::int AS points,
        sum(l.copies)::int AS copies
      FROM letter_deliveries l
      WHERE l.document_id = lt.id
    ) ld
  ORDER BY t.campaign_id, t.cadre_id
  ON CONFLICT (campaign_id, cadre_id) DO UPDATE SET
    research_state = excluded.research_state,
    research_title = excluded.research_title,
    letter_state = excluded.letter_state,
    letter_title = excluded.letter_title,
    printed = excluded.printed,
    handed = excluded.handed,
    handed_points = excluded.handed_points,
    deliveries = excluded.deliveries,
    delivery_points = excluded.delivery_points,
    copies = excluded.copies;
$$;
--> statement-breakpoint
-- As six_ones_facts_refresh, the cadres' rows locked first (FOR NO KEY UPDATE, in id order; it does
-- not block foreign-key checks): two transactions writing one cadre's documents, cards or letters
-- recount one after the other, the second seeing the first's rows (as cadre_month_days, 0008).
CREATE FUNCTION six_ones_facts_touch(campaign_ids uuid[], cadre_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF campaign_ids IS NULL OR cardinality(campaign_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM cadres k WHERE k.id IN (SELECT unnest(cadre_ids)) ORDER BY k.id
    FOR NO KEY UPDATE;
  PERFORM six_ones_facts_refresh(campaign_ids, cadre_ids);
END
$$;
--> statement-breakpoint
-- Everything counted again from the base tables: the backfill, and bulk loads made with triggers
-- off (bench/generate.ts loads with session_replication_role = replica).
CREATE FUNCTION six_ones_facts_recount() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM six_ones_facts;
  PERFORM six_ones_campaigns_recount(array(SELECT p.id FROM campaigns p));
  PERFORM six_ones_facts_refresh(array_agg(x.campaign_id), array_agg(x.cadre_id))
  FROM (
    SELECT d.campaign_id, d.cadre_id FROM documents d WHERE d.kind IN ('research', 'letter')
    UNION
    SELECT r.campaign_id, r.cadre_id FROM card_records r
  ) x;
END
$$;
--> statement-breakpoint
-- ---- cases: the parts added and taken, per statement ----
CREATE FUNCTION six_ones_cases_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM six_ones_cases_add(array_agg(n.created_at), array_agg(n.status), array_agg(n.channel),
    array_agg(n.addressee_cadre_id), array_agg(n.handler_cadre_id), array_agg(1))
  FROM new_cases n;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Only the rows whose counted columns changed: most updates of a case (its first action, its
-- rating, updated_at) change none of them and cost this comparison only.
CREATE FUNCTION six_ones_cases_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM six_ones_cases_add(array_agg(x.created_at), array_agg(x.status), array_agg(x.channel),
    array_agg(x.addressee_cadre_id), array_agg(x.handler_cadre_id), array_agg(x.sign))
  FROM (
    SELECT n.created_at, n.status, n.channel, n.addressee_cadre_id, n.handler_cadre_id, 1 AS sign
    FROM new_cases n
    WHERE NOT EXISTS (
      SELECT 1 FROM old_cases o
      WHERE o.id = n.id AND o.created_at = n.created_at AND o.status = n.status
        AND o.channel = n.channel
        AND o.addressee_cadre_id IS NOT DISTINCT FROM n.addressee_cadre_id
        AND o.handler_cadre_id IS NOT DISTINCT FROM n.handler_cadre_id)
    UNION ALL
    SELECT o.created_at, o.status, o.channel, o.addressee_cadre_id, o.handler_cadre_id, -1
    FROM old_cases o
    WHERE NOT EXISTS (
      SELECT 1 FROM new_cases n
      WHERE n.id = o.id AND n.created_at = o.created_at AND n.status = o.status
        AND n.channel = o.channel
        AND n.addressee_cadre_id IS NOT DISTINCT FROM o.addressee_cadre_id
        AND n.handler_cadre_id IS NOT DISTINCT FROM o.handler_cadre_id)
  ) x;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION six_ones_cases_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM six_ones_cases_add(array_agg(o.created_at), array_agg(o.status), array_agg(o.channel),
    array_agg(o.addressee_cadre_id), array_agg(o.handler_cadre_id), array_agg(-1))
  FROM old_cases o;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION six_ones_cases_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE six_ones_facts SET mails = 0, demands = 0, open_demands = 0, ledger = 0, signed_off = 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER six_ones_cases_ins AFTER INSERT ON cases
  REFERENCING NEW TABLE AS new_cases
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_cases_inserted();
--> statement-breakpoint
CREATE TRIGGER six_ones_cases_upd AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS old_cases NEW TABLE AS new_cases
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_cases_updated();
--> statement-breakpoint
CREATE TRIGGER six_ones_cases_del AFTER DELETE ON cases
  REFERENCING OLD TABLE AS old_cases
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_cases_deleted();
--> statement-breakpoint
CREATE TRIGGER six_ones_cases_trunc AFTER TRUNCATE ON cases
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_cases_truncated();
--> statement-breakpoint
-- ---- campaigns: created, or dates changed (a deleted one's rows go by the foreign key) ----
CREATE FUNCTION six_ones_campaign_dated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM six_ones_campaigns_recount(ARRAY[NEW.id]);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER six_ones_campaigns_ins AFTER INSERT ON campaigns
  FOR EACH ROW EXECUTE FUNCTION six_ones_campaign_dated();
--> statement-breakpoint
CREATE TRIGGER six_ones_campaigns_upd AFTER UPDATE OF start_date, end_date ON campaigns
  FOR EACH ROW
  WHEN (OLD.start_date IS DISTINCT FROM NEW.start_date OR OLD.end_date IS DISTINCT FROM NEW.end_date)
  EXECUTE FUNCTION six_ones_campaign_dated();
--> statement-breakpoint
-- ---- documents (research topics and open letters), card records, letter deliveries ----
CREATE FUNCTION six_ones_documents_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM six_ones_facts_touch(array_agg(n.campaign_id), array_agg(n.cadre_id))
    FROM new_documents n WHERE n.kind IN ('research', 'letter');
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM six_ones_facts_touch(array_agg(o.campaign_id), array_agg(o.cadre_id))
    FROM old_documents o WHERE o.kind IN ('research', 'letter');
  ELSE
    -- only the rows whose counted columns changed (not a draft's text saved again)
    PERFORM six_ones_facts_touch(array_agg(x.campaign_id), array_agg(x.cadre_id))
    FROM (
      SELECT n.campaign_id, n.cadre_id FROM new_documents n
      WHERE n.kind IN ('research', 'letter') AND NOT EXISTS (
        SELECT 1 FROM old_documents o
        WHERE o.id = n.id AND o.kind = n.kind AND o.campaign_id = n.campaign_id
          AND o.cadre_id = n.cadre_id AND o.state = n.state AND o.title = n.title)
      UNION ALL
      SELECT o.campaign_id, o.cadre_id FROM old_documents o
      WHERE o.kind IN ('research', 'letter') AND NOT EXISTS (
        SELECT 1 FROM new_documents n
        WHERE n.id = o.id AND n.kind = o.kind AND n.campaign_id = o.campaign_id
          AND n.cadre_id = o.cadre_id AND n.state = o.state AND n.title = o.title)
    ) x;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION six_ones_documents_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE six_ones_facts SET research_state = NULL, research_title = NULL, letter_state = NULL,
    letter_title = NULL, deliveries = 0, delivery_points = 0, copies = 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER six_ones_documents_ins AFTER INSERT ON documents
  REFERENCING NEW TABLE AS new_documents
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_documents_changed();
--> statement-breakpoint
CREATE TRIGGER six_ones_documents_upd AFTER UPDATE ON documents
  REFERENCING OLD TABLE AS old_documents NEW TABLE AS new_documents
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_documents_changed();
--> statement-breakpoint
CREATE TRIGGER six_ones_documents_del AFTER DELETE ON documents
  REFERENCING OLD TABLE AS old_documents
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_documents_changed();
--> statement-breakpoint
CREATE TRIGGER six_ones_documents_trunc AFTER TRUNCATE ON documents
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_documents_truncated();
--> statement-breakpoint
CREATE FUNCTION six_ones_card_records_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM six_ones_facts_touch(array_agg(n.campaign_id), array_agg(n.cadre_id))
    FROM new_card_records n;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM six_ones_facts_touch(array_agg(o.campaign_id), array_agg(o.cadre_id))
    FROM old_card_records o;
  ELSE
    PERFORM six_ones_facts_touch(array_agg(x.campaign_id), array_agg(x.cadre_id))
    FROM (
      SELECT n.campaign_id, n.cadre_id FROM new_card_records n
      UNION ALL
      SELECT o.campaign_id, o.cadre_id FROM old_card_records o
    ) x;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION six_ones_card_records_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE six_ones_facts SET printed = 0, handed = 0, handed_points = 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER six_ones_card_records_ins AFTER INSERT ON card_records
  REFERENCING NEW TABLE AS new_card_records
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_card_records_changed();
--> statement-breakpoint
CREATE TRIGGER six_ones_card_records_upd AFTER UPDATE ON card_records
  REFERENCING OLD TABLE AS old_card_records NEW TABLE AS new_card_records
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_card_records_changed();
--> statement-breakpoint
CREATE TRIGGER six_ones_card_records_del AFTER DELETE ON card_records
  REFERENCING OLD TABLE AS old_card_records
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_card_records_changed();
--> statement-breakpoint
CREATE TRIGGER six_ones_card_records_trunc AFTER TRUNCATE ON card_records
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_card_records_truncated();
--> statement-breakpoint
-- a delivery counts for the cadre and campaign of its document, when that is an open letter
CREATE FUNCTION six_ones_letter_deliveries_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM six_ones_facts_touch(array_agg(d.campaign_id), array_agg(d.cadre_id))
    FROM new_deliveries n JOIN documents d ON d.id = n.document_id AND d.kind = 'letter';
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM six_ones_facts_touch(array_agg(d.campaign_id), array_agg(d.cadre_id))
    FROM old_deliveries o JOIN documents d ON d.id = o.document_id AND d.kind = 'letter';
  ELSE
    PERFORM six_ones_facts_touch(array_agg(d.campaign_id), array_agg(d.cadre_id))
    FROM (
      SELECT n.document_id FROM new_deliveries n
      UNION
      SELECT o.document_id FROM old_deliveries o
    ) x JOIN documents d ON d.id = x.document_id AND d.kind = 'letter';
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION six_ones_letter_deliveries_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE six_ones_facts SET deliveries = 0, delivery_points = 0, copies = 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER six_ones_letter_deliveries_ins AFTER INSERT ON letter_deliveries
  REFERENCING NEW TABLE AS new_deliveries
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_letter_deliveries_changed();
--> statement-breakpoint
CREATE TRIGGER six_ones_letter_deliveries_upd AFTER UPDATE ON letter_deliveries
  REFERENCING OLD TABLE AS old_deliveries NEW TABLE AS new_deliveries
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_letter_deliveries_changed();
--> statement-breakpoint
CREATE TRIGGER six_ones_letter_deliveries_del AFTER DELETE ON letter_deliveries
  REFERENCING OLD TABLE AS old_deliveries
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_letter_deliveries_changed();
--> statement-breakpoint
CREATE TRIGGER six_ones_letter_deliveries_trunc AFTER TRUNCATE ON letter_deliveries
  FOR EACH STATEMENT EXECUTE FUNCTION six_ones_letter_deliveries_truncated();
--> statement-breakpoint
-- what is already stored
SELECT six_ones_facts_recount();
--> statement-breakpoint
ANALYZE six_ones_facts;
