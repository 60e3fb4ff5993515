"""Turn one raw spreadsheet cell into a typed value, or say in Chinese why it cannot be.

Every converter takes a non-blank cell (blank handling belongs to the caller, which
knows whether the column is required) and raises ValueError with the reason.  They are
lenient about the many ways Excel, WPS and hand-typed CSV spell the same thing (date
cells or text, 是/Y/true/1, 三级/第三级/3) and strict about meaning.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from zqdesk.core.money import parse_money
from zqdesk.io.columns import points_text

YEAR_RANGE = (2000, 2100)
LIST_SEPARATORS = re.compile(r"[、,，；;\n]")

_TRUE = frozenset({"是", "y", "yes", "true", "1", "1.0", "t"})
_FALSE = frozenset({"否", "n", "no", "false", "0", "0.0", "f"})
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_DATE_PATTERNS = tuple(
    re.compile(pattern + _TIME, re.ASCII)
    for pattern in (
        r"(\d{4})-(\d{1,2})-(\d{1,2})",
        r"(\d{4})/(\d{1,2})/(\d{1,2})",
        r"(\d{4})\.(\d{1,2})\.(\d{1,2})",
        r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日",
    )
)
_LEVEL_DIGITS = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5}


def show(value: object) -> str:
    """How a cell is quoted back to the clerk: as they typed it, cut short if long."""
    shown = text(value)
    return shown if len(shown) <= 40 else shown[:40] + "…"


def text(value: object) -> str:
    """A cell as stripped text; numbers and dates rendered as the clerk sees them."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        # Codes and phone numbers typed into number cells arrive as 13800000000.0.
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def yes_no(value: object) -> bool:
    """是/否, also Y/N, yes/no, true/false, 1/0 and Excel's TRUE/FALSE cells."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    word = text(value).lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ValueError(f"“{show(value)}”应填“是”或“否”")


def day(value: object) -> date:
    """A date cell, or text YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYY年M月D日."""
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, str):
        found = _date_from_text(value.strip())
    else:
        raise ValueError(f"“{show(value)}”不是日期，应为日期单元格或 YYYY-MM-DD 格式的文字")
    if not YEAR_RANGE[0] <= found.year <= YEAR_RANGE[1]:
        raise ValueError(f"日期“{show(value)}”的年份应在 {YEAR_RANGE[0]}–{YEAR_RANGE[1]} 之间")
    return found


def _date_from_text(value: str) -> date:
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(value)
        if match:
            year, month, day_ = (int(part) for part in match.groups())
            try:
                return date(year, month, day_)
            except ValueError:
                raise ValueError(f"日期“{show(value)}”不存在") from None
    raise ValueError(f"“{show(value)}”不是日期，应为日期单元格或 YYYY-MM-DD 格式的文字")


def year(value: object) -> int:
    """A four-digit plan year within 2000–2100 (2027, 2027.0, "2027", "2027年")."""
    reason = f"“{show(value)}”应为 {YEAR_RANGE[0]}–{YEAR_RANGE[1]} 之间的四位年份"
    found: int | None = None
    if isinstance(value, bool):
        raise ValueError(reason)
    if isinstance(value, int):
        found = value
    elif isinstance(value, float) and value.is_integer():
        found = int(value)
    elif isinstance(value, str):
        digits = value.strip().removesuffix("年").strip()
        if re.fullmatch(r"\d{4}", digits, re.ASCII):
            found = int(digits)
    if found is None or not YEAR_RANGE[0] <= found <= YEAR_RANGE[1]:
        raise ValueError(reason)
    return found


def protection_level(value: object) -> int:
    """等保级别 1–5: 3, 3.0, "3", "三级", "第三级", "等保三级"."""
    reason = f"“{show(value)}”不是有效的等保级别，应为 1–5 或 一级…五级"
    if isinstance(value, bool):
        raise ValueError(reason)
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(reason)
        level = int(value)
        if 1 <= level <= 5:
            return level
        raise ValueError(reason)
    word = text(value).removeprefix("等保").removeprefix("第").removesuffix("级").strip()
    if word in _LEVEL_DIGITS:
        return _LEVEL_DIGITS[word]
    if re.fullmatch(r"[1-5]\.0+", word, re.ASCII):
        return int(word[0])
    raise ValueError(reason)


def money(value: object) -> Decimal:
    """An amount in 万元 with at most two decimals (core.money decides)."""
    if isinstance(value, bool | date | time | timedelta):
        raise ValueError(f"金额“{show(value)}”不是数字")
    if not isinstance(value, int | float | str | Decimal):
        raise ValueError(f"金额“{show(value)}”不是数字")
    try:
        return parse_money(value)
    except ArithmeticError:
        # Decimal cannot quantize absurd magnitudes such as 1e30 to cents.
        raise ValueError(f"金额“{show(value)}”超出可处理的范围") from None


def choice(value: object, options: Sequence[str]) -> str:
    """One item of a closed vocabulary, spelled exactly as the vocabulary spells it."""
    word = text(value)
    if word not in options:
        raise ValueError(f"“{show(word)}”不在可选范围内，应为：{'、'.join(options)}")
    return word


def items(value: object, options: Sequence[str] | None = None) -> tuple[str, ...]:
    """A list cell split on 、 , ， ； ; (and line breaks), duplicates dropped in order."""
    found: list[str] = []
    for part in LIST_SEPARATORS.split(text(value)):
        part = part.strip()
        if part and part not in found:
            found.append(part)
    if options is not None:
        unknown = [part for part in found if part not in options]
        if unknown:
            listed = "、".join(f"“{show(part)}”" for part in unknown)
            raise ValueError(f"{listed}不在可选范围内，应为：{'、'.join(options)}")
    return tuple(found)


def points(value: object, max_points: Decimal) -> Decimal:
    """A criterion score: an integer or a half (x.5) within [0, max_points]."""
    reason = f"分值“{show(value)}”应为 0–{points_text(max_points)} 之间的整数或半分（x.5）"
    if isinstance(value, bool):
        raise ValueError(reason)
    if isinstance(value, int):
        found = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(reason)
        found = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            found = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(reason) from None
    else:
        raise ValueError(reason)
    # Range first: only then is doubling safe from Decimal overflow on 9e999999.
    if not found.is_finite() or not 0 <= found <= max_points:
        raise ValueError(reason)
    doubled = found * 2
    if doubled != doubled.to_integral_value():
        raise ValueError(reason)
    # abs() folds a typed "-0" into 0; the range check already excluded negatives.
    return abs(doubled.to_integral_value() / 2)
