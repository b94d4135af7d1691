-- 系统设置 with their 2014 values (the catalog in server/modules/settings/settings.catalog.ts has
-- the same defaults; settings.test.ts checks they agree). Data: the admin changes them in 系统设置.
INSERT INTO "settings" ("key", "value") VALUES
('receipts.perRecipientPerDay', '3'::jsonb),
('receipts.perSubmitterAddressPerDay', '10'::jsonb)
ON CONFLICT ("key") DO NOTHING;
