-- 0001: the initial schema (tables of zqdesk/storage/models.py).

CREATE TABLE "unit" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, "unit_type" TEXT NOT NULL);

CREATE TABLE "acceptance_record" ("id" INTEGER NOT NULL PRIMARY KEY, "unit_id" INTEGER NOT NULL, "project_name" TEXT NOT NULL, "held_on" DATE NOT NULL, "passed" INTEGER NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE CASCADE);

CREATE TABLE "calendar_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "day" DATE NOT NULL, "is_workday" INTEGER NOT NULL, "name" TEXT NOT NULL);

CREATE TABLE "calendar_year" ("id" INTEGER NOT NULL PRIMARY KEY, "year" INTEGER NOT NULL, "source" TEXT NOT NULL, "imported_at" DATETIME NOT NULL);

CREATE TABLE "criteria_template" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, "is_default" INTEGER NOT NULL);

CREATE TABLE "meeting" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, "kind" TEXT NOT NULL, "plan_year" INTEGER NOT NULL, "held_on" DATE, "venue" TEXT NOT NULL, "budget" INTEGER, "pass_mark" INTEGER NOT NULL, "tier_a" INTEGER NOT NULL, "tier_b" INTEGER NOT NULL, "panel_open" INTEGER NOT NULL, "finalised_at" DATETIME, "created_at" DATETIME NOT NULL);

CREATE TABLE "envelope" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "funding_source" TEXT NOT NULL, "amount" INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE);

CREATE TABLE "expert" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, "organisation" TEXT NOT NULL, "title" TEXT NOT NULL, "department" TEXT NOT NULL, "phone" TEXT NOT NULL);

CREATE TABLE "project" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "code" TEXT NOT NULL, "name" TEXT NOT NULL, "unit_id" INTEGER NOT NULL, "kind" TEXT NOT NULL, "plan_year" INTEGER NOT NULL, "category" TEXT NOT NULL, "sub_type" TEXT NOT NULL, "nature" TEXT NOT NULL, "total_investment" INTEGER NOT NULL, "requested" INTEGER NOT NULL, "funding_source" TEXT NOT NULL, "submitted_on" DATE NOT NULL, "deployment" TEXT NOT NULL, "self_built" TEXT NOT NULL, "sharing_analysis" TEXT NOT NULL, "sharing_departments" TEXT NOT NULL, "classified" INTEGER NOT NULL, "protection_level" INTEGER, "plan_elements" TEXT NOT NULL, "compiler_qualified" INTEGER NOT NULL, "mandated" INTEGER NOT NULL, "urgent" INTEGER NOT NULL, "remarks" TEXT NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id"));

CREATE TABLE "finding_override" ("id" INTEGER NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "rule_id" TEXT NOT NULL, "reason" TEXT NOT NULL, "by" TEXT NOT NULL, "at" DATETIME NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE);

CREATE TABLE "finding_record" ("id" INTEGER NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "rule_id" TEXT NOT NULL, "article" TEXT NOT NULL, "severity" TEXT NOT NULL, "message" TEXT NOT NULL, "checked_at" DATETIME NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE);

CREATE TABLE "meeting_criterion" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "key" TEXT NOT NULL, "label" TEXT NOT NULL, "max_points" INTEGER NOT NULL, "rubric" TEXT NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE);

CREATE TABLE "panel_member" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "expert_id" INTEGER NOT NULL, "role" TEXT NOT NULL, "seat" INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, FOREIGN KEY ("expert_id") REFERENCES "expert" ("id"));

CREATE TABLE "recusal" ("id" INTEGER NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "expert_id" INTEGER NOT NULL, "automatic" INTEGER NOT NULL, "reason" TEXT NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE, FOREIGN KEY ("expert_id") REFERENCES "expert" ("id"));

CREATE TABLE "review" ("id" INTEGER NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "expert_id" INTEGER NOT NULL, "round" INTEGER NOT NULL, "recommendation" TEXT NOT NULL, "opinion" TEXT NOT NULL, "deviation_note" TEXT NOT NULL, "submitted_at" DATETIME, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE, FOREIGN KEY ("expert_id") REFERENCES "expert" ("id"));

CREATE TABLE "score" ("id" INTEGER NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "expert_id" INTEGER NOT NULL, "round" INTEGER NOT NULL, "criterion" TEXT NOT NULL, "points" INTEGER NOT NULL, "entered_at" DATETIME NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE, FOREIGN KEY ("expert_id") REFERENCES "expert" ("id"));

CREATE TABLE "scoring_round" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "number" INTEGER NOT NULL, "reason" TEXT NOT NULL, "opened_at" DATETIME NOT NULL, "project_codes" TEXT NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE);

CREATE TABLE "template_criterion" ("id" INTEGER NOT NULL PRIMARY KEY, "template_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "key" TEXT NOT NULL, "label" TEXT NOT NULL, "max_points" INTEGER NOT NULL, "rubric" TEXT NOT NULL, FOREIGN KEY ("template_id") REFERENCES "criteria_template" ("id") ON DELETE CASCADE);

CREATE TABLE "tier_override" ("id" INTEGER NOT NULL PRIMARY KEY, "project_id" INTEGER NOT NULL, "tier" TEXT NOT NULL, "reason" TEXT NOT NULL, "by" TEXT NOT NULL, "at" DATETIME NOT NULL, FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE CASCADE);

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
