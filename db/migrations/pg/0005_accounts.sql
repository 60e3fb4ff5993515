-- 0005 (PostgreSQL): staff accounts (administrator, clerk, chair, auditor) with scrypt password hashes and lockout.

CREATE TABLE "account" ("id" SERIAL NOT NULL PRIMARY KEY, "username" TEXT COLLATE "C" NOT NULL, "display_name" TEXT COLLATE "C" NOT NULL, "role" TEXT COLLATE "C" NOT NULL, "password_hash" TEXT COLLATE "C" NOT NULL, "failures" INTEGER NOT NULL, "locked_until" TIMESTAMP, "active" BOOLEAN NOT NULL, "created_at" TIMESTAMP NOT NULL);
CREATE UNIQUE INDEX "account_username" ON "account" ("username");
