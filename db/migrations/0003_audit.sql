-- 0003: the tamper-evident audit chain, MACs on score and review rows, database identity.

CREATE TABLE "audit_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "seq" INTEGER NOT NULL, "at" TEXT NOT NULL, "actor" TEXT NOT NULL, "action" TEXT NOT NULL, "target" TEXT NOT NULL, "old" TEXT, "new" TEXT, "reason" TEXT NOT NULL, "algorithm" TEXT NOT NULL, "mac" TEXT NOT NULL);
CREATE UNIQUE INDEX "audit_entry_seq" ON "audit_entry" ("seq");

CREATE TABLE "setting" ("id" INTEGER NOT NULL PRIMARY KEY, "key" TEXT NOT NULL, "value" TEXT NOT NULL);
CREATE UNIQUE INDEX "setting_key" ON "setting" ("key");
INSERT INTO "setting" ("key", "value") VALUES ('database_id', lower(hex(randomblob(16))));

ALTER TABLE "score" ADD COLUMN "mac" TEXT NOT NULL DEFAULT '';
ALTER TABLE "review" ADD COLUMN "mac" TEXT NOT NULL DEFAULT '';
