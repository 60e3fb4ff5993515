-- 0002: expert PINs with lockout, attachments kept with their hash, the panel's opinions.

ALTER TABLE "panel_member" ADD COLUMN "pin_hash" TEXT NOT NULL DEFAULT '';
ALTER TABLE "panel_member" ADD COLUMN "pin_failures" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "panel_member" ADD COLUMN "pin_locked_until" DATETIME;

CREATE TABLE "attachment" ("id" INTEGER NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "name" TEXT NOT NULL, "sha256" TEXT NOT NULL, "size" INTEGER NOT NULL, "data" BLOB NOT NULL, "added_at" DATETIME NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE);
CREATE INDEX "attachment_project_id" ON "attachment" ("project_id");

CREATE TABLE "conclusion" ("id" INTEGER NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "opinion" TEXT NOT NULL, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "conclusion_project_id" ON "conclusion" ("project_id");
