-- 0001 (PostgreSQL): the initial schema (tables of zqdesk/storage/models.py).
-- The PostgreSQL twin of ../0001_initial.sql, column for column: SERIAL keys, BOOLEAN flags,
-- BIGINT money (integer hundredths of 万元), TIMESTAMP, BYTEA; every text column sorts by code
-- point (COLLATE "C"), as SQLite's BINARY does, whatever locale the server database was made with.

CREATE TABLE "unit" ("id" SERIAL NOT NULL PRIMARY KEY, "name" TEXT COLLATE "C" NOT NULL, "unit_type" TEXT COLLATE "C" NOT NULL);

CREATE TABLE "acceptance_record" ("id" SERIAL NOT NULL PRIMARY KEY, "unit_id" INTEGER NOT NULL, "project_name" TEXT COLLATE "C" NOT NULL, "held_on" DATE NOT NULL, "passed" BOOLEAN NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE CASCADE);

CREATE TABLE "calendar_entry" ("id" SERIAL NOT NULL PRIMARY KEY, "day" DATE NOT NULL, "is_workday" BOOLEAN NOT NULL, "name" TEXT COLLATE "C" NOT NULL);

CREATE TABLE "calendar_year" ("id" SERIAL NOT NULL PRIMARY KEY, "year" INTEGER NOT NULL, "source" TEXT COLLATE "C" NOT NULL, "imported_at" TIMESTAMP NOT NULL);

CREATE TABLE "criteria_template" ("id" SERIAL NOT NULL PRIMARY KEY, "name" TEXT COLLATE "C" NOT NULL, "is_default" BOOLEAN NOT NULL);

CREATE TABLE "meeting" ("id" SERIAL NOT NULL PRIMARY KEY, "name" TEXT COLLATE "C" NOT NULL, "kind" TEXT COLLATE "C" NOT NULL, "plan_year" INTEGER NOT NULL, "held_on" DATE, "venue" TEXT COLLATE "C" NOT NULL, "budget" BIGINT, "pass_mark" INTEGER NOT NULL, "tier_a" INTEGER NOT NULL, "tier_b" INTEGER NOT NULL, "panel_open" BOOLEAN NOT NULL, "finalised_at" TIMESTAMP, "created_at" TIMESTAMP NOT NULL);

CREATE TABLE "envelope" ("id" SERIAL NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "funding_source" TEXT COLLATE "C" NOT NULL, "amount" BIGINT NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE);

CREATE TABLE "expert" ("id" SERIAL NOT NULL PRIMARY KEY, "name" TEXT COLLATE "C" NOT NULL, "organisation" TEXT COLLATE "C" NOT NULL, "title" TEXT COLLATE "C" NOT NULL, "department" TEXT COLLATE "C" NOT NULL, "phone" TEXT COLLATE "C" NOT NULL);

CREATE TABLE "project" ("id" SERIAL NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "code" TEXT COLLATE "C" NOT NULL, "name" TEXT COLLATE "C" NOT NULL, "unit_id" INTEGER NOT NULL, "kind" TEXT COLLATE "C" NOT NULL, "plan_year" INTEGER NOT NULL, "category" TEXT COLLATE "C" NOT NULL, "sub_type" TEXT COLLATE "C" NOT NULL, "nature" TEXT COLLATE "C" NOT NULL, "total_investment" BIGINT NOT NULL, "requested" BIGINT NOT NULL, "funding_source" TEXT COLLATE "C" NOT NULL, "submitted_on" DATE NOT NULL, "deployment" TEXT COLLATE "C" NOT NULL, "self_built" TEXT COLLATE "C" NOT NULL, "sharing_analysis" TEXT COLLATE "C" NOT NULL, "sharing_departments" TEXT COLLATE "C" NOT NULL, "classified" BOOLEAN NOT NULL, "protection_level" INTEGER, "plan_elements" TEXT COLLATE "C" NOT NULL, "compiler_qualified" BOOLEAN NOT NULL, "mandated" BOOLEAN NOT NULL, "urgent" BOOLEAN NOT NULL, "remarks" TEXT COLLATE "C" NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id"));

CREATE TABLE "finding_override" ("id" SERIAL NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "rule_id" TEXT COLLATE "C" NOT NULL, "reason" TEXT COLLATE "C" NOT NULL, "by" TEXT COLLATE "C" NOT NULL, "at" TIMESTAMP NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE);

CREATE TABLE "finding_record" ("id" SERIAL NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "rule_id" TEXT COLLATE "C" NOT NULL, "article" TEXT COLLATE "C" NOT NULL, "severity" TEXT COLLATE "C" NOT NULL, "message" TEXT COLLATE "C" NOT NULL, "checked_at" TIMESTAMP NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE);

CREATE TABLE "meeting_criterion" ("id" SERIAL NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "key" TEXT COLLATE "C" NOT NULL, "label" TEXT COLLATE "C" NOT NULL, "max_points" INTEGER NOT NULL, "rubric" TEXT COLLATE "C" NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE);

CREATE TABLE "panel_member" ("id" SERIAL NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "expert_id" INTEGER NOT NULL, "role" TEXT COLLATE "C" NOT NULL, "seat" INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, FOREIGN KEY ("expert_id") REFERENCES "expert" ("id"));

CREATE TABLE "recusal" ("id" SERIAL NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "expert_id" INTEGER NOT NULL, "automatic" BOOLEAN NOT NULL, "reason" TEXT COLLATE "C" NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE, FOREIGN KEY ("expert_id") REFERENCES "expert" ("id"));

CREATE TABLE "review" ("id" SERIAL NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "expert_id" INTEGER NOT NULL, "round" INTEGER NOT NULL, "recommendation" TEXT COLLATE "C" NOT NULL, "opinion" TEXT COLLATE "C" NOT NULL, "deviation_note" TEXT COLLATE "C" NOT NULL, "submitted_at" TIMESTAMP, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE, FOREIGN KEY ("expert_id") REFERENCES "expert" ("id"));

CREATE TABLE "score" ("id" SERIAL NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "expert_id" INTEGER NOT NULL, "round" INTEGER NOT NULL, "criterion" TEXT COLLATE "C" NOT NULL, "points" INTEGER NOT NULL, "entered_at" TIMESTAMP NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE, FOREIGN KEY ("expert_id") REFERENCES "expert" ("id"));

CREATE TABLE "scoring_round" ("id" SERIAL NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "number" INTEGER NOT NULL, "reason" TEXT COLLATE "C" NOT NULL, "opened_at" TIMESTAMP NOT NULL, "project_codes" TEXT COLLATE "C" NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE);

CREATE TABLE "template_criterion" ("id" SERIAL NOT NULL PRIMARY KEY, "template_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "key" TEXT COLLATE "C" NOT NULL, "label" TEXT COLLATE "C" NOT NULL, "max_points" INTEGER NOT NULL, "rubric" TEXT COLLATE "C" NOT NULL, FOREIGN KEY ("template_id") REFERENCES "criteria_template" ("id") ON DELETE CASCADE);

CREATE TABLE "tier_override" ("id" SERIAL NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "tier" TEXT COLLATE "C" NOT NULL, "reason" TEXT COLLATE "C" NOT NULL, "by" TEXT COLLATE "C" NOT NULL, "at" TIMESTAMP NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE);

CREATE UNIQUE INDEX "unit_name" ON "unit" ("name");

CREATE INDEX "acceptance_record_unit_id" ON "acceptance_record" ("unit_id");

CREATE UNIQUE INDEX "calendar_entry_day" ON "calendar_entry" ("day");

CREATE UNIQUE INDEX "calendar_year_year" ON "calendar_year" ("year");

CREATE UNIQUE INDEX "criteria_template_name" ON "criteria_template" ("name");

CREATE INDEX "envelope_meeting_id" ON "envelope" ("meeting_id");

CREATE UNIQUE INDEX "envelope_meeting_id_funding_source" ON "envelope" ("meeting_id", "funding_source");

CREATE UNIQUE INDEX "expert_name_organisation" ON "expert" ("name", "organisation");

CREATE INDEX "project_meeting_id" ON "project" ("meeting_id");

CREATE INDEX "project_unit_id" ON "project" ("unit_id");

CREATE UNIQUE INDEX "project_meeting_id_code" ON "project" ("meeting_id", "code");

CREATE INDEX "finding_override_project_id" ON "finding_override" ("project_id");

CREATE UNIQUE INDEX "finding_override_project_id_rule_id" ON "finding_override" ("project_id", "rule_id");

CREATE INDEX "finding_record_project_id" ON "finding_record" ("project_id");

CREATE INDEX "meeting_criterion_meeting_id" ON "meeting_criterion" ("meeting_id");

CREATE UNIQUE INDEX "meeting_criterion_meeting_id_key" ON "meeting_criterion" ("meeting_id", "key");

CREATE INDEX "panel_member_meeting_id" ON "panel_member" ("meeting_id");

CREATE INDEX "panel_member_expert_id" ON "panel_member" ("expert_id");

CREATE UNIQUE INDEX "panel_member_meeting_id_expert_id" ON "panel_member" ("meeting_id", "expert_id");

CREATE INDEX "recusal_project_id" ON "recusal" ("project_id");

CREATE INDEX "recusal_expert_id" ON "recusal" ("expert_id");

CREATE UNIQUE INDEX "recusal_project_id_expert_id" ON "recusal" ("project_id", "expert_id");

CREATE INDEX "review_project_id" ON "review" ("project_id");

CREATE INDEX "review_expert_id" ON "review" ("expert_id");

CREATE UNIQUE INDEX "review_project_id_expert_id_round" ON "review" ("project_id", "expert_id", "round");

CREATE INDEX "score_project_id" ON "score" ("project_id");

CREATE INDEX "score_expert_id" ON "score" ("expert_id");

CREATE UNIQUE INDEX "score_project_id_expert_id_round_criterion" ON "score" ("project_id", "expert_id", "round", "criterion");

CREATE INDEX "scoring_round_meeting_id" ON "scoring_round" ("meeting_id");

CREATE UNIQUE INDEX "scoring_round_meeting_id_number" ON "scoring_round" ("meeting_id", "number");

CREATE INDEX "template_criterion_template_id" ON "template_criterion" ("template_id");

CREATE UNIQUE INDEX "template_criterion_template_id_key" ON "template_criterion" ("template_id", "key");

CREATE UNIQUE INDEX "tier_override_project_id" ON "tier_override" ("project_id");
