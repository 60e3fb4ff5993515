-- 0003 (PostgreSQL): the tamper-evident audit chain, MACs on score and review rows, database identity.

CREATE TABLE "audit_entry" ("id" SERIAL NOT NULL PRIMARY KEY, "seq" INTEGER NOT NULL, "at" TEXT COLLATE "C" NOT NULL, "actor" TEXT COLLATE "C" NOT NULL, "action" TEXT COLLATE "C" NOT NULL, "target" TEXT COLLATE "C" NOT NULL, "old" TEXT COLLATE "C", "new" TEXT COLLATE "C", "reason" TEXT COLLATE "C" NOT NULL, "algorithm" TEXT COLLATE "C" NOT NULL, "mac" TEXT COLLATE "C" NOT NULL);
CREATE UNIQUE INDEX "audit_entry_seq" ON "audit_entry" ("seq");

CREATE TABLE "setting" ("id" SERIAL NOT NULL PRIMARY KEY, "key" TEXT COLLATE "C" NOT NULL, "value" TEXT COLLATE "C" NOT NULL);
CREATE UNIQUE INDEX "setting_key" ON "setting" ("key");
INSERT INTO "setting" ("key", "value") VALUES ('database_id', md5(random()::text || clock_timestamp()::text || pg_backend_pid()::text));

ALTER TABLE "score" ADD COLUMN "mac" TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE "review" ADD COLUMN "mac" TEXT COLLATE "C" NOT NULL DEFAULT '';
