"""Wording shared by the documents: dates, amounts, tiers, the meeting's name for itself."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from zqdesk.core.money import money_text
from zqdesk.core.types import Tier
from zqdesk.reports.data import ReportData

BLANK_DATE = "　　　　年　　月　　日"

TIER_LABELS = {
    Tier.A: "A档（急需，优先安排）",
    Tier.B: "B档（较急，适时安排）",
    Tier.C: "C档（一般，视资金情况安排）",
}


def cn_date(day: date | None) -> str:
    """GB/T 9704-2012 writes dates with Arabic numerals: 2026年11月20日."""
    return BLANK_DATE if day is None else f"{day.year}年{day.month}月{day.day}日"


def amount(value: Decimal | None) -> str:
    return "" if value is None else money_text(value)


def score_text(value: Decimal | None) -> str:
    return "—" if value is None else money_text(value)


def points_text(value: Decimal | None) -> str:
    """An expert's points as typed: 25.5, 28 (no trailing zeros)."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


def topic(data: ReportData) -> str:
    """年度“智慧钦州”建设项目, with the plan year."""
    return f"{data.plan_year}年度“智慧钦州”建设项目"
