"""The meeting's content fingerprint printed on every page (SPEC §3.8).

A hash over a canonical JSON of what the documents are made from: the meeting's settings
and criteria, the applications, the panel, the recusals, the counted sheets, the chair's
overrides and the opinion texts the chair saved. Paper can be checked against the database by recomputing it. Derived
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

from zqdesk.reports.data import ReportData

SHOWN_HEX = 16
SHEET_FIELDS = ["code", "expert", "organisation", "round", "points", "recommendation", "opinion", "deviation_note"]


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


def number(value: Decimal) -> str:
    """A Decimal as its shortest exact string, so 80, 80.0 and 80.00 agree."""
    text = _NUMBERS.get(value)
    if text is None:
        text = format(value.normalize(), "f")
        text = _NUMBERS[value] = "0" if text == "-0" else text
    return text


_NUMBERS: dict[Decimal, str] = {}


def _plain(value):
    """JSON for what json itself does not know. Enums here are str enums already."""
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot fingerprint {type(value).__name__}")


def canonical_json(content: dict) -> bytes:
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_plain)
    return text.encode("utf-8")


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
    keys = [c.key for c in results.criteria]
    names = {s.expert_id: (s.name, s.organisation) for s in data.panel}
    # The bulk of the content: one compact row per counted sheet, fields as SHEET_FIELDS.
    sheets = []
    for outcome in results.outcomes:
        counted = set(outcome.result.counted)
        for sheet in results.sheets.get(outcome.project.code, ()):
            if sheet.expert_id in counted:
                name, organisation = names.get(sheet.expert_id, (str(sheet.expert_id), ""))
                sheets.append([
                    outcome.project.code, name, organisation, sheet.round,
                    [number(sheet.points[k]) if k in sheet.points else None for k in keys],
                    sheet.recommendation, sheet.opinion, sheet.deviation_note,
                ])
    sheets.sort(key=lambda row: row[:4])
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
            key=lambda item: (item["code"], _person(item["expert"])),
        ),
        "sheet_fields": SHEET_FIELDS,
        "sheets": sheets,
        "overrides": sorted(
            ({"code": code, "rule": rule, "reason": reason}
             for (code, rule), reason in results.override_reasons.items()),
            key=lambda item: (item["code"], item["rule"]),
        ),
        "opinions": [{"code": code, "text": data.opinions[code]} for code in sorted(data.opinions)],
        "tier_overrides": sorted(
            ({"code": code, "tier": tiers.get(code), "reason": reason}
             for code, reason in results.tier_reasons.items()),
            key=lambda item: item["code"],
        ),
    }


def _person(who: dict) -> tuple:
    return (who.get("name", ""), who.get("organisation", ""), who.get("id", 0))


def _facts(project) -> dict:
    return {name: getattr(project, name) for name in project.__dataclass_fields__}


def report_fingerprint(data: ReportData, algorithm: str | None = None) -> Fingerprint:
    return content_fingerprint(fingerprint_content(data), algorithm)


def meeting_fingerprint(meeting_id: int, algorithm: str | None = None) -> Fingerprint:
    """Load a meeting from the open database and fingerprint it."""
    from zqdesk.reports.data import load_report_data
    from zqdesk.services.results import meeting_results

    return report_fingerprint(load_report_data(meeting_results(meeting_id)), algorithm)
