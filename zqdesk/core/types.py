"""Plain data the domain works on; storage and importers convert to and from these."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from zqdesk.core.vocab import Kind


class Severity(StrEnum):
    """How much a rule finding weighs (SPEC §5)."""

    VETO = "veto"
    BLOCKER = "blocker"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        return SEVERITY_LABELS[self]

    @property
    def overridable(self) -> bool:
        """Only a veto or a blocker stops a project, so only those can be overridden."""
        return self in (Severity.VETO, Severity.BLOCKER)


SEVERITY_LABELS = {
    Severity.VETO: "一票否决", Severity.BLOCKER: "不予通过", Severity.WARNING: "提醒", Severity.INFO: "提示",
}


class Decision(StrEnum):
    """The outcome of a project (SPEC §6.4)."""

    PASS = "pass"
    FAIL = "fail"
    VETO = "veto"
    RECORD = "record"

    @property
    def label(self) -> str:
        return DECISION_LABELS[self]


DECISION_LABELS = {
    Decision.PASS: "通过", Decision.FAIL: "不通过", Decision.VETO: "否决", Decision.RECORD: "抄送备案",
}


class Tier(StrEnum):
    """Priority of a passed project in the plan (轻重缓急, 第七条)."""

    A = "A"
    B = "B"
    C = "C"


@dataclass(frozen=True)
class ProjectFacts:
    """What an application says about a project (SPEC §4)."""

    code: str
    name: str
    unit: str
    kind: Kind
    plan_year: int
    category: str
    nature: str
    total_investment: Decimal
    requested: Decimal
    funding_source: str
    submitted_on: date
    unit_type: str = ""
    sub_type: str = ""
    deployment: tuple[str, ...] = ()
    self_built: tuple[str, ...] = ()
    sharing_analysis: str = ""
    sharing_departments: tuple[str, ...] = ()
    classified: bool = False
    protection_level: int | None = None
    plan_elements: tuple[str, ...] = ()
    compiler_qualified: bool = False
    mandated: bool = False
    urgent: bool = False
    remarks: str = ""


@dataclass(frozen=True)
class AcceptanceAttempt:
    """One overall acceptance (总体验收) of an earlier project of a unit (第十六条)."""

    unit: str
    project_name: str
    held_on: date
    passed: bool


@dataclass(frozen=True)
class Finding:
    """One rule's verdict on one project."""

    rule_id: str
    article: str
    severity: Severity
    message: str
    due_date: date | None = None
    days_left: int | None = None


@dataclass(frozen=True)
class Band:
    """One rubric band of a criterion: the points range and what earns it."""

    low: Decimal
    high: Decimal
    description: str


@dataclass(frozen=True)
class Criterion:
    """A scored criterion of a meeting, with its maximum and rubric."""

    key: str
    label: str
    max_points: Decimal
    rubric: tuple[Band, ...] = ()


@dataclass(frozen=True)
class ExpertScore:
    """One expert's counted scores for one project in one round."""

    expert_id: int
    points: dict[str, Decimal] = field(hash=False)

    @property
    def total(self) -> Decimal:
        return sum(self.points.values(), Decimal(0))


class Scored(Protocol):
    """One expert's counted scores for one project, as the aggregate reads them: an
    ExpertScore, or a record with the same attributes (the services' counted sheet), so the
    services need not copy 30,000 sheets into ExpertScores."""

    @property
    def expert_id(self) -> int: ...

    @property
    def points(self) -> Mapping[str, Decimal]: ...

    @property
    def total(self) -> Decimal: ...
