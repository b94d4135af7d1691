-- 住户类别 with the 2014 plan's values (入户结亲: 重点联系贫困户、舆情户、老党员户、产业大户); 贫困户 counts
-- as poor. Data: the admin edits them in 系统设置 → 住户类别. A code already on a household that is not
-- one of these (none is expected: the API only took these five) is kept as a retired category named
-- by its code, so every household's categories stay valid.
INSERT INTO "household_categories" ("code", "label", "sort_order", "active", "counts_as_poor") VALUES
('poor', '贫困户', 10, true, true),
('opinion', '舆情户', 20, true, false),
('old_member', '老党员户', 30, true, false),
('large_producer', '产业大户', 40, true, false),
('other', '其他', 90, true, false)
ON CONFLICT ("code") DO NOTHING;
--> statement-breakpoint
INSERT INTO "household_categories" ("code", "label", "sort_order", "active", "counts_as_poor")
SELECT DISTINCT c, c, 100, false, false FROM "households", unnest("households"."categories") AS c
ON CONFLICT DO NOTHING;
