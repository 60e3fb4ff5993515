-- 0004 (PostgreSQL): scoring packages for experts' offline laptops (SPEC §8.3): the per-expert secret
-- (wrapped by the installation key) and the last result file merged from that expert.

CREATE TABLE "expert_package" ("id" SERIAL NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "expert_id" INTEGER NOT NULL, "secret" TEXT COLLATE "C" NOT NULL, "issued_at" TIMESTAMP NOT NULL, "merged_revision" INTEGER NOT NULL DEFAULT 0, "merged_digest" TEXT COLLATE "C" NOT NULL DEFAULT '', FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, FOREIGN KEY ("expert_id") REFERENCES "expert" ("id"));
CREATE INDEX "expert_package_meeting_id" ON "expert_package" ("meeting_id");
CREATE INDEX "expert_package_expert_id" ON "expert_package" ("expert_id");
CREATE UNIQUE INDEX "expert_package_meeting_id_expert_id" ON "expert_package" ("meeting_id", "expert_id");
