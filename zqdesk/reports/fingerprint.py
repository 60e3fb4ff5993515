"""The meeting's content fingerprint printed on every page (SPEC §3.8).

A hash over a canonical JSON of what the documents are made from: the meeting's settings
and criteria, the applications, the panel, the recusals, the counted sheets and the
chair's overrides. Paper can be checked against the database by recomputing it. Derived
values (scores, ranks, the plan) are left out: they follow from the rest.

SM3 (GB/T 32905) is used where the platform's OpenSSL offers it, SHA-256 otherwise; the
algorithm is printed with the value so a check uses the same one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from zqdesk.reports.data import ReportData

SHOWN_HEX = 16


@dataclass(frozen=True)
class Fingerprint:
    algorithm: str  # "SM3" | "SHA-256"
    hexdigest: str

    @property
    def short(self) -> str:
        """The first 16 hex digits in groups of four, as printed: ``1a2b 3c4d 5e6f 7a8b``."""
        head = self.hexdigest[:SHOWN_HEX]
        return " ".join(head[i:i + 4] for i in range(0, len(head), 4))

    @property
    def label(self) -> str:
        return f"{self.algorithm} {self.short}"


def preferred_algorithm() -> str:
    try:
        hashlib.new("sm3")
    except (ValueError, TypeError):
        return "SHA-256"
    return "SM3"


def _hasher(algorithm: str):
    if algorithm == "SM3":
        return hashlib.new("sm3")
    if algorithm == "SHA-256":
        return hashlib.sha256()
    raise ValueError(f"unknown fingerprint algorithm {algorithm!r}")


def _plain(value):
    """JSON-ready form: Decimal as its shortest exact string, dates ISO, enums by value."""
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return "0" if text in ("-0", "") else text
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items, key=_sort_key) if isinstance(value, (set, frozenset)) else items
    return value


def _sort_key(item) -> str:
    return json.dumps(_plain(item), sort_keys=True, ensure_ascii=False)


def canonical_json(content: dict) -> bytes:
    return json.dumps(_plain(content), sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def content_fingerprint(content: dict, algorithm: str | None = None) -> Fingerprint:
    """Hash of the canonical JSON of ``content`` (a pure function of the dict)."""
    algorithm = algorithm or preferred_algorithm()
    hasher = _hasher(algorithm)
    hasher.update(canonical_json(content))
    return Fingerprint(algorithm, hasher.hexdigest())


def fingerprint_content(data: ReportData) -> dict:
    """The facts a meeting's documents are made from, as plain data."""
    results = data.results
    meeting = results.meeting
    experts = {s.expert_id: {"name": s.name, "organisation": s.organisation} for s in data.panel}

    def who(expert_id: int) -> dict:
        return experts.get(expert_id, {"id": expert_id})

    facts = sorted((o.project for o in results.outcomes), key=lambda p: p.code)
    sheets = []
    for outcome in results.outcomes:
        for sheet in data.counted_sheets(outcome):
            sheets.append({
                "code": outcome.project.code, "expert": who(sheet.expert_id), "round": sheet.round,
                "points": dict(sheet.points), "recommendation": sheet.recommendation,
                "opinion": sheet.opinion, "deviation_note": sheet.deviation_note,
            })
    tiers = {o.project.code: o.tier for o in results.outcomes}
    return {
        "meeting": {
            "name": meeting.name, "kind": meeting.kind, "plan_year": meeting.plan_year,
            "held_on": meeting.held_on, "venue": meeting.venue, "budget": meeting.budget,
            "pass_mark": meeting.pass_mark, "tier_a": meeting.tier_a, "tier_b": meeting.tier_b,
            "envelopes": dict(results.plan.envelopes.by_source),
            "criteria": [{"key": c.key, "label": c.label, "max": c.max_points} for c in results.criteria],
        },
        "projects": [_facts(p) for p in facts],
        "panel": [
            {**who(s.expert_id), "title": s.title, "department": s.department, "role": s.role, "seat": s.seat}
            for s in data.panel
        ],
        "recusals": sorted(
            ({"code": r.code, "expert": who(r.expert_id), "automatic": r.automatic, "reason": r.reason}
             for r in data.recusals),
            key=_sort_key,
        ),
        "sheets": sorted(sheets, key=_sort_key),
        "overrides": sorted(
            ({"code": code, "rule": rule, "reason": reason} for (code, rule), reason in results.override_reasons.items()),
            key=_sort_key,
        ),
        "tier_overrides": sorted(
            ({"code": code, "tier": tiers.get(code), "reason": reason} for code, reason in results.tier_reasons.items()),
            key=_sort_key,
        ),
    }


def _facts(project) -> dict:
    return {name: getattr(project, name) for name in project.__dataclass_fields__}


def report_fingerprint(data: ReportData, algorithm: str | None = None) -> Fingerprint:
    return content_fingerprint(fingerprint_content(data), algorithm)


def meeting_fingerprint(meeting_id: int, algorithm: str | None = None) -> Fingerprint:
    """Load a meeting from the open database and fingerprint it."""
    from zqdesk.reports.data import load_report_data
    from zqdesk.services.results import meeting_results

    return report_fingerprint(load_report_data(meeting_results(meeting_id)), algorithm)
