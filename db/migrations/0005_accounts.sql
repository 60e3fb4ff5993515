-- 0005: staff accounts (administrator, clerk, chair, auditor) with scrypt password hashes and lockout.

CREATE TABLE "account" ("id" INTEGER NOT NULL PRIMARY KEY, "username" TEXT NOT NULL, "display_name" TEXT NOT NULL, "role" TEXT NOT NULL, "password_hash" TEXT NOT NULL, "failures" INTEGER NOT NULL, "locked_until" DATETIME, "active" INTEGER NOT NULL, "created_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "account_username" ON "account" ("username");
