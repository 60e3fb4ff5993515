"""Turning stored rows into the core's plain data."""

import json
from decimal import Decimal

from zqdesk.core.types import Band, Criterion, ProjectFacts
from zqdesk.core.vocab import Kind
from zqdesk.storage.models import MeetingCriterion, Project


def criterion_of(row: MeetingCriterion) -> Criterion:
    bands = tuple(Band(Decimal(str(lo)), Decimal(str(hi)), text) for lo, hi, text in json.loads(row.rubric))
    return Criterion(row.key, row.label, row.max_points, bands)


def rubric_json(bands) -> str:
    return json.dumps([[_number(b.low), _number(b.high), b.description] for b in bands], ensure_ascii=False)


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def facts_of(row: Project, unit_name: str, unit_type: str = "") -> ProjectFacts:
    return ProjectFacts(
        code=row.code, name=row.name, unit=unit_name, unit_type=unit_type, kind=Kind(row.kind),
        plan_year=row.plan_year, category=row.category, sub_type=row.sub_type, nature=row.nature,
        total_investment=row.total_investment, requested=row.requested,
        funding_source=row.funding_source, submitted_on=row.submitted_on,
        deployment=row.deployment, self_built=row.self_built,
        sharing_analysis=row.sharing_analysis, sharing_departments=row.sharing_departments,
        classified=row.classified, protection_level=row.protection_level,
        plan_elements=row.plan_elements, compiler_qualified=row.compiler_qualified,
        mandated=row.mandated, urgent=row.urgent, remarks=row.remarks,
    )


FACT_FIELDS = (
    "code", "name", "kind", "plan_year", "category", "sub_type", "nature", "total_investment",
    "requested", "funding_source", "submitted_on", "deployment", "self_built", "sharing_analysis",
    "sharing_departments", "classified", "protection_level", "plan_elements", "compiler_qualified",
    "mandated", "urgent", "remarks",
)


def row_values(facts: ProjectFacts) -> dict:
    """The Project columns for a ProjectFacts (the unit is linked separately)."""
    values = {name: getattr(facts, name) for name in FACT_FIELDS}
    values["kind"] = str(facts.kind)
    return values
