CREATE TABLE "learning_cadre_facts" (
	"campaign_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"materials_viewed" integer DEFAULT 0 NOT NULL,
	"sessions_roster" integer DEFAULT 0 NOT NULL,
	"sessions_attended" integer DEFAULT 0 NOT NULL,
	"sessions_leave" integer DEFAULT 0 NOT NULL,
	"sessions_absent" integer DEFAULT 0 NOT NULL,
	"posts" integer DEFAULT 0 NOT NULL,
	"reflections" integer DEFAULT 0 NOT NULL,
	"reflections_approved" integer DEFAULT 0 NOT NULL,
	"volunteer_hours" numeric DEFAULT 0 NOT NULL,
	"frontline" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "learning_cadre_facts_pk" PRIMARY KEY("campaign_id","cadre_id")
);
--> statement-breakpoint
CREATE TABLE "learning_unit_cadres" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"cadres" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_unit_facts" (
	"campaign_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"materials_viewed" integer DEFAULT 0 NOT NULL,
	"sessions_roster" integer DEFAULT 0 NOT NULL,
	"sessions_attended" integer DEFAULT 0 NOT NULL,
	"posts" integer DEFAULT 0 NOT NULL,
	"reflections" integer DEFAULT 0 NOT NULL,
	"volunteer_hours" numeric DEFAULT 0 NOT NULL,
	CONSTRAINT "learning_unit_facts_pk" PRIMARY KEY("campaign_id","org_id")
);
--> statement-breakpoint
ALTER TABLE "learning_cadre_facts" ADD CONSTRAINT "learning_cadre_facts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_cadre_facts" ADD CONSTRAINT "learning_cadre_facts_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_unit_cadres" ADD CONSTRAINT "learning_unit_cadres_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_unit_facts" ADD CONSTRAINT "learning_unit_facts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_unit_facts" ADD CONSTRAINT "learning_unit_facts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learning_cadre_facts_cadre_idx" ON "learning_cadre_facts" USING btree ("cadre_id");--> statement-breakpoint
-- learning_cadre_facts, learning_unit_facts and learning_unit_cadres are derived from the learning
-- records of the other modules (material_views, session_attendance with study_sessions,
-- service_records, discussion_posts, documents of kind 'reflection', the campaign of materials
-- and sessions) and from cadres: these triggers keep them exact in the transaction of every write
-- to those tables, whichever code path makes it. Statement-level triggers with transition tables,
-- so a bulk INSERT … SELECT of 9,000 roster places recounts each cadre once.
--
-- A cadre's rows are recounted from his records (not changed by a delta of the rows written), so
-- cascades, moves between campaigns and cadres, and rows written twice all come out exact. His
-- cadres row is locked first (FOR NO KEY UPDATE: it does not block the foreign-key checks of other
-- writers), so two transactions writing records of one cadre recount one after the other, the
-- second seeing the first's records (READ COMMITTED takes a new snapshot for each statement). The
-- unit rows are changed by the difference between a cadre's old and new rows, added (… SET x =
-- x + …), so transactions writing for two cadres of one unit need no lock of the unit beyond the
-- row's own (taken in key order within a statement).

-- Recounts, for every campaign, what the given cadres' records found by cadre count: online
-- materials studied, roster places and what became of them, volunteer hours and postings; the
-- unit of each (if active) gets the difference. A (campaign, cadre) with nothing counted any more
-- loses its row.
CREATE FUNCTION learning_cadre_facts_recount(cadre_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF cadre_ids IS NULL OR cardinality(cadre_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM cadres k WHERE k.id IN (SELECT DISTINCT unnest(cadre_ids)) ORDER BY k.id FOR NO KEY UPDATE;
  WITH k AS (
    SELECT DISTINCT u.cadre_id FROM unnest(cadre_ids) AS u(cadre_id)
  ), e AS (
    SELECT v.cadre_id, m.campaign_id, 1 AS viewed, 0 AS roster, 0 AS attended, 0 AS leave,
      0 AS absent, NULL::numeric AS hours, 0 AS frontline
    FROM k JOIN material_views v ON v.cadre_id = k.cadre_id JOIN materials m ON m.id = v.material_id
    WHERE m.campaign_id IS NOT NULL
    UNION ALL
    SELECT a.cadre_id, s.campaign_id, 0, 1, (a.status IN ('present', 'late'))::int,
      (a.status = 'leave')::int, (a.status = 'absent')::int, NULL, 0
    FROM k JOIN session_attendance a ON a.cadre_id = k.cadre_id
      JOIN study_sessions s ON s.id = a.session_id
    WHERE s.campaign_id IS NOT NULL
    UNION ALL
    SELECT r.cadre_id, r.campaign_id, 0, 0, 0, 0, 0,
      CASE WHEN r.kind = 'volunteer' THEN r.hours END, (r.kind = 'frontline')::int
    FROM k JOIN service_records r ON r.cadre_id = k.cadre_id
    WHERE r.campaign_id IS NOT NULL
  ), fresh AS (
    SELECT e.campaign_id, e.cadre_id, sum(e.viewed)::int AS viewed, sum(e.roster)::int AS roster,
      sum(e.attended)::int AS attended, sum(e.leave)::int AS leave, sum(e.absent)::int AS absent,
      coalesce(sum(e.hours), 0) AS hours, sum(e.frontline)::int AS frontline
    FROM e GROUP BY e.campaign_id, e.cadre_id
  ), d AS (
    SELECT coalesce(f.campaign_id, o.campaign_id) AS campaign_id,
      coalesce(f.cadre_id, o.cadre_id) AS cadre_id,
      coalesce(f.viewed, 0) AS viewed, coalesce(f.roster, 0) AS roster,
      coalesce(f.attended, 0) AS attended, coalesce(f.leave, 0) AS leave,
      coalesce(f.absent, 0) AS absent, coalesce(f.hours, 0) AS hours,
      coalesce(f.frontline, 0) AS frontline,
      coalesce(f.viewed, 0) - coalesce(o.materials_viewed, 0) AS d_viewed,
      coalesce(f.roster, 0) - coalesce(o.sessions_roster, 0) AS d_roster,
      coalesce(f.attended, 0) - coalesce(o.sessions_attended, 0) AS d_attended,
      coalesce(f.hours, 0) - coalesce(o.volunteer_hours, 0) AS d_hours
    FROM fresh f
      FULL JOIN (SELECT l.* FROM learning_cadre_facts l JOIN k ON k.cadre_id = l.cadre_id) o
        ON o.campaign_id = f.campaign_id AND o.cadre_id = f.cadre_id
  ), units AS (
    INSERT INTO learning_unit_facts AS u (campaign_id, org_id, materials_viewed, sessions_roster,
      sessions_attended, volunteer_hours)
    SELECT d.campaign_id, cd.org_id, sum(d.d_viewed), sum(d.d_roster), sum(d.d_attended),
      sum(d.d_hours)
    FROM d JOIN cadres cd ON cd.id = d.cadre_id
    WHERE cd.active AND (d.d_viewed <> 0 OR d.d_roster <> 0 OR d.d_attended <> 0 OR d.d_hours <> 0)
    GROUP BY d.campaign_id, cd.org_id
    ORDER BY d.campaign_id, cd.org_id
    ON CONFLICT (campaign_id, org_id) DO UPDATE SET
      materials_viewed = u.materials_viewed + excluded.materials_viewed,
      sessions_roster = u.sessions_roster + excluded.sessions_roster,
      sessions_attended = u.sessions_attended + excluded.sessions_attended,
      volunteer_hours = u.volunteer_hours + excluded.volunteer_hours
  )
  INSERT INTO learning_cadre_facts AS l (campaign_id, cadre_id, materials_viewed, sessions_roster,
    sessions_attended, sessions_leave, sessions_absent, volunteer_hours, frontline)
  SELECT d.campaign_id, d.cadre_id, d.viewed, d.roster, d.attended, d.leave, d.absent, d.hours,
    d.frontline
  FROM d
  ON CONFLICT (campaign_id, cadre_id) DO UPDATE SET materials_viewed = excluded.materials_viewed,
    sessions_roster = excluded.sessions_roster, sessions_attended = excluded.sessions_attended,
    sessions_leave = excluded.sessions_leave, sessions_absent = excluded.sessions_absent,
    volunteer_hours = excluded.volunteer_hours, frontline = excluded.frontline;
  DELETE FROM learning_cadre_facts l
  WHERE l.cadre_id IN (SELECT DISTINCT unnest(cadre_ids))
    AND l.materials_viewed = 0 AND l.sessions_roster = 0 AND l.posts = 0 AND l.reflections = 0
    AND l.reflections_approved = 0 AND l.volunteer_hours = 0 AND l.frontline = 0;
END
$$;
--> statement-breakpoint
-- Recounts the posts and reflections of the given (cadre, campaign) pairs, found by the campaign
-- (those tables have no index by cadre; a campaign's posts and reflections are few). Same locks
-- and rules as above.
CREATE FUNCTION learning_cadre_facts_recount_writings(cadre_ids uuid[], campaign_ids uuid[])
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF cadre_ids IS NULL OR cardinality(cadre_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM cadres k WHERE k.id IN (SELECT DISTINCT unnest(cadre_ids)) ORDER BY k.id FOR NO KEY UPDATE;
  WITH k AS (
    SELECT DISTINCT u.campaign_id, u.cadre_id
    FROM unnest(campaign_ids, cadre_ids) AS u(campaign_id, cadre_id)
    WHERE u.campaign_id IS NOT NULL AND u.cadre_id IS NOT NULL
  ), p AS (
    SELECT p.campaign_id, p.author_cadre_id AS cadre_id, count(*)::int AS n
    FROM k JOIN discussion_posts p ON p.campaign_id = k.campaign_id AND p.author_cadre_id = k.cadre_id
    WHERE p.state <> 'removed'
    GROUP BY p.campaign_id, p.author_cadre_id
  ), r AS (
    SELECT r.campaign_id, r.cadre_id, count(*) FILTER (WHERE r.state <> 'draft')::int AS n,
      count(*) FILTER (WHERE r.state IN ('approved', 'published'))::int AS ok
    FROM k JOIN documents r ON r.campaign_id = k.campaign_id AND r.cadre_id = k.cadre_id
    WHERE r.kind = 'reflection'
    GROUP BY r.campaign_id, r.cadre_id
  ), d AS (
    SELECT k.campaign_id, k.cadre_id, coalesce(p.n, 0) AS posts, coalesce(r.n, 0) AS reflections,
      coalesce(r.ok, 0) AS approved,
      coalesce(p.n, 0) - coalesce(o.posts, 0) AS d_posts,
      coalesce(r.n, 0) - coalesce(o.reflections, 0) AS d_reflections
    FROM k LEFT JOIN p ON p.campaign_id = k.campaign_id AND p.cadre_id = k.cadre_id
      LEFT JOIN r ON r.campaign_id = k.campaign_id AND r.cadre_id = k.cadre_id
      LEFT JOIN learning_cadre_facts o ON o.campaign_id = k.campaign_id AND o.cadre_id = k.cadre_id
  ), units AS (
    INSERT INTO learning_unit_facts AS u (campaign_id, org_id, posts, reflections)
    SELECT d.campaign_id, cd.org_id, sum(d.d_posts), sum(d.d_reflections)
    FROM d JOIN cadres cd ON cd.id = d.cadre_id
    WHERE cd.active AND (d.d_posts <> 0 OR d.d_reflections <> 0)
    GROUP BY d.campaign_id, cd.org_id
    ORDER BY d.campaign_id, cd.org_id
    ON CONFLICT (campaign_id, org_id) DO UPDATE SET posts = u.posts + excluded.posts,
      reflections = u.reflections + excluded.reflections
  )
  INSERT INTO learning_cadre_facts AS l (campaign_id, cadre_id, posts, reflections,
    reflections_approved)
  SELECT d.campaign_id, d.cadre_id, d.posts, d.reflections, d.approved FROM d
  ON CONFLICT (campaign_id, cadre_id) DO UPDATE SET posts = excluded.posts,
    reflections = excluded.reflections, reflections_approved = excluded.reflections_approved;
  DELETE FROM learning_cadre_facts l
  USING unnest(campaign_ids, cadre_ids) AS u(campaign_id, cadre_id)
  WHERE l.campaign_id = u.campaign_id AND l.cadre_id = u.cadre_id
    AND l.materials_viewed = 0 AND l.sessions_roster = 0 AND l.posts = 0 AND l.reflections = 0
    AND l.reflections_approved = 0 AND l.volunteer_hours = 0 AND l.frontline = 0;
END
$$;
--> statement-breakpoint
-- A cadre counted in a unit (sign 1) or no longer (-1): the unit's number of active cadres and
-- the sums of his rows of every campaign move with him. Called by the trigger on cadres with the
-- rows as they are now (his rows of learning_cadre_facts too: a recount waits for the cadre's
-- lock, which the write to cadres holds).
CREATE FUNCTION learning_units_shift(cadre_ids uuid[], org_ids uuid[], sign int) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF cadre_ids IS NULL OR cardinality(cadre_ids) = 0 THEN
    RETURN;
  END IF;
  INSERT INTO learning_unit_cadres AS k (org_id, cadres)
  SELECT x.org_id, sign * count(*) FROM unnest(cadre_ids, org_ids) AS x(cadre_id, org_id)
  GROUP BY x.org_id
  ORDER BY x.org_id
  ON CONFLICT (org_id) DO UPDATE SET cadres = k.cadres + excluded.cadres;
  INSERT INTO learning_unit_facts AS u (campaign_id, org_id, materials_viewed, sessions_roster,
    sessions_attended, posts, reflections, volunteer_hours)
  SELECT l.campaign_id, x.org_id, sign * sum(l.materials_viewed), sign * sum(l.sessions_roster),
    sign * sum(l.sessions_attended), sign * sum(l.posts), sign * sum(l.reflections),
    sign * sum(l.volunteer_hours)
  FROM unnest(cadre_ids, org_ids) AS x(cadre_id, org_id)
    JOIN learning_cadre_facts l ON l.cadre_id = x.cadre_id
  GROUP BY l.campaign_id, x.org_id
  ORDER BY l.campaign_id, x.org_id
  ON CONFLICT (campaign_id, org_id) DO UPDATE SET
    materials_viewed = u.materials_viewed + excluded.materials_viewed,
    sessions_roster = u.sessions_roster + excluded.sessions_roster,
    sessions_attended = u.sessions_attended + excluded.sessions_attended,
    posts = u.posts + excluded.posts,
    reflections = u.reflections + excluded.reflections,
    volunteer_hours = u.volunteer_hours + excluded.volunteer_hours;
END
$$;
--> statement-breakpoint
-- The unit tables summed again from the cadre rows and the cadres.
CREATE FUNCTION learning_units_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM learning_unit_cadres;
  INSERT INTO learning_unit_cadres (org_id, cadres)
  SELECT cd.org_id, count(*) FROM cadres cd WHERE cd.active GROUP BY cd.org_id;
  DELETE FROM learning_unit_facts;
  INSERT INTO learning_unit_facts (campaign_id, org_id, materials_viewed, sessions_roster,
    sessions_attended, posts, reflections, volunteer_hours)
  SELECT l.campaign_id, cd.org_id, sum(l.materials_viewed), sum(l.sessions_roster),
    sum(l.sessions_attended), sum(l.posts), sum(l.reflections), sum(l.volunteer_hours)
  FROM learning_cadre_facts l JOIN cadres cd ON cd.id = l.cadre_id
  WHERE cd.active
  GROUP BY l.campaign_id, cd.org_id;
END
$$;
--> statement-breakpoint
-- Everything recounted: the backfill, and after a TRUNCATE of a table it is derived from.
CREATE FUNCTION learning_cadre_facts_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM learning_cadre_facts;
  PERFORM learning_units_rebuild();
  PERFORM learning_cadre_facts_recount(array_agg(k.id)) FROM cadres k;
  PERFORM learning_cadre_facts_recount_writings(array_agg(w.cadre_id), array_agg(w.campaign_id))
  FROM (
    SELECT p.author_cadre_id AS cadre_id, p.campaign_id FROM discussion_posts p
    UNION
    SELECT r.cadre_id, r.campaign_id FROM documents r WHERE r.kind = 'reflection'
  ) w;
END
$$;
--> statement-breakpoint
-- material_views, session_attendance, service_records written: the cadres of the rows.
CREATE FUNCTION learning_cadre_facts_by_cadre() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM learning_cadre_facts_recount(array_agg(n.cadre_id)) FROM new_rows n;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM learning_cadre_facts_recount(array_agg(x.cadre_id))
    FROM (SELECT n.cadre_id FROM new_rows n UNION SELECT o.cadre_id FROM old_rows o) x;
  ELSE
    PERFORM learning_cadre_facts_recount(array_agg(o.cadre_id)) FROM old_rows o;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- materials, study_sessions moved to another campaign: the cadres who studied it / are on its
-- roster. (Deleted: their views cannot be, and their roster goes by cascade, a DELETE above.)
CREATE FUNCTION learning_cadre_facts_campaign_moved() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'materials' THEN
    PERFORM learning_cadre_facts_recount(array_agg(v.cadre_id))
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN material_views v ON v.material_id = n.id
    WHERE n.campaign_id IS DISTINCT FROM o.campaign_id;
  ELSE
    PERFORM learning_cadre_facts_recount(array_agg(a.cadre_id))
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN session_attendance a ON a.session_id = n.id
    WHERE n.campaign_id IS DISTINCT FROM o.campaign_id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- discussion_posts (by the author cadre) and documents (reflections only) written: the pairs.
CREATE FUNCTION learning_cadre_facts_writings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'discussion_posts' THEN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      PERFORM learning_cadre_facts_recount_writings(array_agg(n.author_cadre_id), array_agg(n.campaign_id))
      FROM new_rows n WHERE n.author_cadre_id IS NOT NULL AND n.campaign_id IS NOT NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      PERFORM learning_cadre_facts_recount_writings(array_agg(o.author_cadre_id), array_agg(o.campaign_id))
      FROM old_rows o WHERE o.author_cadre_id IS NOT NULL AND o.campaign_id IS NOT NULL;
    END IF;
  ELSE
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      PERFORM learning_cadre_facts_recount_writings(array_agg(n.cadre_id), array_agg(n.campaign_id))
      FROM new_rows n WHERE n.kind = 'reflection';
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      PERFORM learning_cadre_facts_recount_writings(array_agg(o.cadre_id), array_agg(o.campaign_id))
      FROM old_rows o WHERE o.kind = 'reflection';
    END IF;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- cadres written: those whose unit or active flag changed leave the old unit's sums and join the
-- new one's. (A cadre with learning records cannot be deleted — the records reference him — so a
-- deleted cadre takes only himself out of the count.)
CREATE FUNCTION learning_units_cadres_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM learning_units_shift(array_agg(n.id), array_agg(n.org_id), 1)
    FROM new_rows n WHERE n.active;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM learning_units_shift(array_agg(o.id), array_agg(o.org_id), -1)
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE o.active AND (NOT n.active OR n.org_id <> o.org_id);
    PERFORM learning_units_shift(array_agg(n.id), array_agg(n.org_id), 1)
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.active AND (NOT o.active OR o.org_id <> n.org_id);
  ELSE
    PERFORM learning_units_shift(array_agg(o.id), array_agg(o.org_id), -1)
    FROM old_rows o WHERE o.active;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION learning_cadre_facts_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM learning_cadre_facts_rebuild();
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION learning_units_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM learning_units_rebuild();
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER learning_facts_ins AFTER INSERT ON material_views
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_by_cadre();
--> statement-breakpoint
CREATE TRIGGER learning_facts_upd AFTER UPDATE ON material_views
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_by_cadre();
--> statement-breakpoint
CREATE TRIGGER learning_facts_del AFTER DELETE ON material_views
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_by_cadre();
--> statement-breakpoint
CREATE TRIGGER learning_facts_ins AFTER INSERT ON session_attendance
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_by_cadre();
--> statement-breakpoint
CREATE TRIGGER learning_facts_upd AFTER UPDATE ON session_attendance
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_by_cadre();
--> statement-breakpoint
CREATE TRIGGER learning_facts_del AFTER DELETE ON session_attendance
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_by_cadre();
--> statement-breakpoint
CREATE TRIGGER learning_facts_ins AFTER INSERT ON service_records
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_by_cadre();
--> statement-breakpoint
CREATE TRIGGER learning_facts_upd AFTER UPDATE ON service_records
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_by_cadre();
--> statement-breakpoint
CREATE TRIGGER learning_facts_del AFTER DELETE ON service_records
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_by_cadre();
--> statement-breakpoint
CREATE TRIGGER learning_facts_upd AFTER UPDATE ON materials
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_campaign_moved();
--> statement-breakpoint
CREATE TRIGGER learning_facts_upd AFTER UPDATE ON study_sessions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_campaign_moved();
--> statement-breakpoint
CREATE TRIGGER learning_facts_ins AFTER INSERT ON discussion_posts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_writings();
--> statement-breakpoint
CREATE TRIGGER learning_facts_upd AFTER UPDATE ON discussion_posts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_writings();
--> statement-breakpoint
CREATE TRIGGER learning_facts_del AFTER DELETE ON discussion_posts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_writings();
--> statement-breakpoint
CREATE TRIGGER learning_facts_ins AFTER INSERT ON documents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_writings();
--> statement-breakpoint
CREATE TRIGGER learning_facts_upd AFTER UPDATE ON documents
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_writings();
--> statement-breakpoint
CREATE TRIGGER learning_facts_del AFTER DELETE ON documents
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_writings();
--> statement-breakpoint
CREATE TRIGGER learning_units_ins AFTER INSERT ON cadres
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_units_cadres_changed();
--> statement-breakpoint
CREATE TRIGGER learning_units_upd AFTER UPDATE ON cadres
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_units_cadres_changed();
--> statement-breakpoint
CREATE TRIGGER learning_units_del AFTER DELETE ON cadres
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION learning_units_cadres_changed();
--> statement-breakpoint
CREATE TRIGGER learning_facts_trunc AFTER TRUNCATE ON material_views
  FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_truncated();
--> statement-breakpoint
CREATE TRIGGER learning_facts_trunc AFTER TRUNCATE ON session_attendance
  FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_truncated();
--> statement-breakpoint
CREATE TRIGGER learning_facts_trunc AFTER TRUNCATE ON service_records
  FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_truncated();
--> statement-breakpoint
CREATE TRIGGER learning_facts_trunc AFTER TRUNCATE ON discussion_posts
  FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_truncated();
--> statement-breakpoint
CREATE TRIGGER learning_facts_trunc AFTER TRUNCATE ON documents
  FOR EACH STATEMENT EXECUTE FUNCTION learning_cadre_facts_truncated();
--> statement-breakpoint
CREATE TRIGGER learning_units_trunc AFTER TRUNCATE ON cadres
  FOR EACH STATEMENT EXECUTE FUNCTION learning_units_truncated();
--> statement-breakpoint
-- the records already stored
SELECT learning_cadre_facts_rebuild();
--> statement-breakpoint
ANALYZE learning_cadre_facts;
--> statement-breakpoint
ANALYZE learning_unit_facts;
--> statement-breakpoint
ANALYZE learning_unit_cadres;
