"""The peewee models: one table per thing a meeting keeps.

Every model binds to `database`, a proxy that `zqdesk.storage.db.open_database` points at
the real connection.
"""

from datetime import datetime

import peewee

from zqdesk.storage.fields import ListField, MoneyField, PointsField

database = peewee.DatabaseProxy()


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


class Unit(BaseModel):
    """An applying organisation (建设单位)."""

    name = peewee.TextField(unique=True)
    unit_type = peewee.TextField(default="")


class AcceptanceRecord(BaseModel):
    """An earlier project's overall acceptance attempt, kept for 第十六条(三)."""

    unit = peewee.ForeignKeyField(Unit, backref="acceptances", on_delete="CASCADE")
    project_name = peewee.TextField()
    held_on = peewee.DateField()
    passed = peewee.BooleanField()


class CriteriaTemplate(BaseModel):
    """A reusable set of criteria with rubrics; a meeting copies one when it is created."""

    name = peewee.TextField(unique=True)
    is_default = peewee.BooleanField(default=False)


class CriterionColumns(BaseModel):
    """The columns a criterion has wherever it is kept; rubric is a JSON list of
    [low, high, description]."""

    position = peewee.IntegerField()
    key = peewee.TextField()
    label = peewee.TextField()
    max_points = PointsField()
    rubric = peewee.TextField(default="[]")


class TemplateCriterion(CriterionColumns):
    """One criterion of a template."""

    template = peewee.ForeignKeyField(CriteriaTemplate, backref="criteria", on_delete="CASCADE")

    class Meta:
        indexes = ((("template", "key"), True),)


class Meeting(BaseModel):
    """One assessment meeting: annual comprehensive assessment or special pre-review."""

    name = peewee.TextField()
    kind = peewee.TextField()
    plan_year = peewee.IntegerField()
    held_on = peewee.DateField(null=True)
    venue = peewee.TextField(default="")
    budget = MoneyField(null=True)
    pass_mark = PointsField(default=60)
    tier_a = PointsField(default=85)
    tier_b = PointsField(default=75)
    panel_open = peewee.BooleanField(default=False)
    finalised_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=_now)


class MeetingCriterion(CriterionColumns):
    """A criterion copied into a meeting, so later template edits never change it."""

    meeting = peewee.ForeignKeyField(Meeting, backref="criteria", on_delete="CASCADE")

    class Meta:
        indexes = ((("meeting", "key"), True),)


class Envelope(BaseModel):
    """A budget envelope of a meeting for one funding source (per-source budgets)."""

    meeting = peewee.ForeignKeyField(Meeting, backref="envelopes", on_delete="CASCADE")
    funding_source = peewee.TextField()
    amount = MoneyField()

    class Meta:
        indexes = ((("meeting", "funding_source"), True),)


class Project(BaseModel):
    """An application under review in a meeting (SPEC §4)."""

    meeting = peewee.ForeignKeyField(Meeting, backref="projects", on_delete="CASCADE")
    code = peewee.TextField()
    name = peewee.TextField()
    unit = peewee.ForeignKeyField(Unit, backref="projects")
    kind = peewee.TextField()
    plan_year = peewee.IntegerField()
    category = peewee.TextField()
    sub_type = peewee.TextField(default="")
    nature = peewee.TextField()
    total_investment = MoneyField()
    requested = MoneyField()
    funding_source = peewee.TextField()
    submitted_on = peewee.DateField()
    deployment = ListField(default="[]")
    self_built = ListField(default="[]")
    sharing_analysis = peewee.TextField(default="")
    sharing_departments = ListField(default="[]")
    classified = peewee.BooleanField(default=False)
    protection_level = peewee.IntegerField(null=True)
    plan_elements = ListField(default="[]")
    compiler_qualified = peewee.BooleanField(default=False)
    mandated = peewee.BooleanField(default=False)
    urgent = peewee.BooleanField(default=False)
    remarks = peewee.TextField(default="")

    class Meta:
        indexes = ((("meeting", "code"), True),)


class Expert(BaseModel):
    """A person who may sit on panels."""

    name = peewee.TextField()
    organisation = peewee.TextField()
    title = peewee.TextField(default="")
    department = peewee.TextField(default="")
    phone = peewee.TextField(default="")

    class Meta:
        indexes = ((("name", "organisation"), True),)


class PanelMember(BaseModel):
    """An expert's seat on one meeting's panel, with their role (组长/成员)."""

    meeting = peewee.ForeignKeyField(Meeting, backref="panel", on_delete="CASCADE")
    expert = peewee.ForeignKeyField(Expert, backref="seats")
    role = peewee.TextField(default="member")
    seat = peewee.IntegerField()
    pin_hash = peewee.TextField(default="")
    pin_failures = peewee.IntegerField(default=0)
    pin_locked_until = peewee.DateTimeField(null=True)

    class Meta:
        indexes = ((("meeting", "expert"), True),)


class Recusal(BaseModel):
    """An expert excluded from one project (回避): automatic for their own unit, or declared."""

    project = peewee.ForeignKeyField(Project, backref="recusals", on_delete="CASCADE")
    expert = peewee.ForeignKeyField(Expert, backref="recusals")
    automatic = peewee.BooleanField(default=False)
    reason = peewee.TextField(default="")

    class Meta:
        indexes = ((("project", "expert"), True),)


class ScoringRound(BaseModel):
    """A scoring round; round 1 covers every project, later rounds the projects the chair chose."""

    meeting = peewee.ForeignKeyField(Meeting, backref="rounds", on_delete="CASCADE")
    number = peewee.IntegerField()
    reason = peewee.TextField(default="")
    opened_at = peewee.DateTimeField(default=_now)
    project_codes = ListField(default="[]")

    class Meta:
        indexes = ((("meeting", "number"), True),)


class Score(BaseModel):
    """One criterion score of one expert for one project in one round, saved as typed."""

    project = peewee.ForeignKeyField(Project, backref="scores", on_delete="CASCADE")
    expert = peewee.ForeignKeyField(Expert, backref="scores")
    round = peewee.IntegerField(default=1)
    criterion = peewee.TextField()
    points = PointsField()
    entered_at = peewee.DateTimeField(default=_now)
    mac = peewee.TextField(default="")

    class Meta:
        indexes = ((("project", "expert", "round", "criterion"), True),)


class Review(BaseModel):
    """An expert's sheet for one project in one round: recommendation, opinion, submission."""

    project = peewee.ForeignKeyField(Project, backref="reviews", on_delete="CASCADE")
    expert = peewee.ForeignKeyField(Expert, backref="reviews")
    round = peewee.IntegerField(default=1)
    recommendation = peewee.TextField(default="")
    opinion = peewee.TextField(default="")
    deviation_note = peewee.TextField(default="")
    submitted_at = peewee.DateTimeField(null=True)
    mac = peewee.TextField(default="")

    class Meta:
        indexes = ((("project", "expert", "round"), True),)


class FindingRecord(BaseModel):
    """A rule finding as the last pre-check recorded it."""

    project = peewee.ForeignKeyField(Project, backref="findings", on_delete="CASCADE")
    rule_id = peewee.TextField()
    article = peewee.TextField()
    severity = peewee.TextField()
    message = peewee.TextField()
    checked_at = peewee.DateTimeField(default=_now)


class FindingOverride(BaseModel):
    """The chair's override of a veto or blocker finding, with the written reason."""

    project = peewee.ForeignKeyField(Project, backref="overrides", on_delete="CASCADE")
    rule_id = peewee.TextField()
    reason = peewee.TextField()
    by = peewee.TextField()
    at = peewee.DateTimeField(default=_now)

    class Meta:
        indexes = ((("project", "rule_id"), True),)


class TierOverride(BaseModel):
    """The chair's move of a passed project to another tier, with the written reason."""

    project = peewee.ForeignKeyField(Project, backref="tier_overrides", on_delete="CASCADE", unique=True)
    tier = peewee.TextField()
    reason = peewee.TextField()
    by = peewee.TextField()
    at = peewee.DateTimeField(default=_now)


class Attachment(BaseModel):
    """A document of an application (建设方案 etc.) stored inside the database with its hash."""

    project = peewee.ForeignKeyField(Project, backref="attachments", on_delete="CASCADE")
    name = peewee.TextField()
    sha256 = peewee.TextField()
    size = peewee.IntegerField()
    data = peewee.BlobField()
    added_at = peewee.DateTimeField(default=_now)


class Conclusion(BaseModel):
    """The panel's written opinion on a project, drafted by the app and edited by the chair."""

    project = peewee.ForeignKeyField(Project, backref="conclusion", on_delete="CASCADE", unique=True)
    opinion = peewee.TextField()
    updated_at = peewee.DateTimeField(default=_now)


class CalendarEntry(BaseModel):
    """An imported statutory holiday (is_workday false) or adjusted working day (调休)."""

    day = peewee.DateField(unique=True)
    is_workday = peewee.BooleanField()
    name = peewee.TextField(default="")


class CalendarYear(BaseModel):
    """A year whose complete holiday arrangement the administrator imported."""

    year = peewee.IntegerField(unique=True)
    source = peewee.TextField(default="")
    imported_at = peewee.DateTimeField(default=_now)


class AuditEntry(BaseModel):
    """One write, chained to the one before by its MAC (SPEC §12)."""

    seq = peewee.IntegerField(unique=True)
    at = peewee.TextField()
    actor = peewee.TextField()
    action = peewee.TextField()
    target = peewee.TextField()
    old = peewee.TextField(null=True)
    new = peewee.TextField(null=True)
    reason = peewee.TextField(default="")
    algorithm = peewee.TextField()
    mac = peewee.TextField()


class ExpertPackage(BaseModel):
    """A scoring package issued to one expert of a meeting for an offline laptop (SPEC §8.3):
    their secret, wrapped by the installation key, and the last result file merged from them."""

    meeting = peewee.ForeignKeyField(Meeting, backref="packages", on_delete="CASCADE")
    expert = peewee.ForeignKeyField(Expert, backref="packages")
    secret = peewee.TextField()
    issued_at = peewee.DateTimeField(default=_now)
    merged_revision = peewee.IntegerField(default=0)
    merged_digest = peewee.TextField(default="")

    class Meta:
        indexes = ((("meeting", "expert"), True),)


class Setting(BaseModel):
    """A named value of this database (its identity, for instance)."""

    key = peewee.TextField(unique=True)
    value = peewee.TextField()


class Account(BaseModel):
    """A staff login (administrator, clerk, chair, auditor); experts log in with their PIN."""

    username = peewee.TextField(unique=True)
    display_name = peewee.TextField()
    role = peewee.TextField()
    password_hash = peewee.TextField()
    failures = peewee.IntegerField(default=0)
    locked_until = peewee.DateTimeField(null=True)
    active = peewee.BooleanField(default=True)
    created_at = peewee.DateTimeField(default=_now)


MODELS = (
    Unit, AcceptanceRecord, CriteriaTemplate, TemplateCriterion, Meeting, MeetingCriterion,
    Envelope, Project, Expert, PanelMember, Recusal, ScoringRound, Score, Review,
    FindingRecord, FindingOverride, TierOverride, Attachment, Conclusion, CalendarEntry, CalendarYear,
    AuditEntry, Setting, ExpertPackage,
    Account,
)
