-- The case rules that were code (issue 11 §5), as 系统设置 with their 2014 values (the catalog in
-- server/modules/settings/settings.catalog.ts has the same defaults; settings.test.ts checks they
-- agree): 答复后自动销号天数 (was AUTO_SIGN_OFF_DAYS) and 默认办理时限 (was `?? 15` in cases).
INSERT INTO "settings" ("key", "value") VALUES
('cases.autoSignOffDays', '15'::jsonb),
('cases.defaultTimeLimitDays', '15'::jsonb)
ON CONFLICT ("key") DO NOTHING;
