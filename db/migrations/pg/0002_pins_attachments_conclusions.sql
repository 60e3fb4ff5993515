-- 0002 (PostgreSQL): expert PINs with lockout, attachments kept with their hash, the panel's opinions.

ALTER TABLE "panel_member" ADD COLUMN "pin_hash" TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE "panel_member" ADD COLUMN "pin_failures" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "panel_member" ADD COLUMN "pin_locked_until" TIMESTAMP;

CREATE TABLE "attachment" ("id" SERIAL NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "name" TEXT COLLATE "C" NOT NULL, "sha256" TEXT COLLATE "C" NOT NULL, "size" INTEGER NOT NULL, "data" BYTEA NOT NULL, "added_at" TIMESTAMP NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE);
CREATE INDEX "attachment_project_id" ON "attachment" ("project_id");

CREATE TABLE "conclusion" ("id" SERIAL NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "opinion" TEXT COLLATE "C" NOT NULL, "updated_at" TIMESTAMP NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "conclusion_project_id" ON "conclusion" ("project_id");
