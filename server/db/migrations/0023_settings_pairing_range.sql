-- The 2014 plan's 3-5 households per cadre (每人至少联系群众 3-5 户), used by the pairings overview when
-- no campaign's quota rules apply: a setting (系统设置) instead of a constant in pairings.service.ts.
INSERT INTO "settings" ("key", "value") VALUES
('pairings.minHouseholds', '3'::jsonb),
('pairings.maxHouseholds', '5'::jsonb)
ON CONFLICT ("key") DO NOTHING;
