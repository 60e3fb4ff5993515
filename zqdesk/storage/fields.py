"""Exact number columns: money as integer cents, points as integer halves.

SQLite's DECIMAL affinity stores binary floats, so exact values are kept as integers and
turned back into Decimal on the way out; SQL sums stay exact and portable.
"""

import json
from decimal import Decimal

import peewee


class MoneyField(peewee.IntegerField):
    """An amount in 万元 stored as integer hundredths."""

    def db_value(self, value):
        if value is None:
            return None
        cents = Decimal(value) * 100
        if cents != cents.to_integral_value():
            raise ValueError(f"金额{value}超过两位小数")
        return int(cents)

    def python_value(self, value):
        return None if value is None else (Decimal(value) / 100).quantize(Decimal("0.01"))


class PointsField(peewee.IntegerField):
    """Score points (integers or halves) stored as integer half-points."""

    def db_value(self, value):
        if value is None:
            return None
        halves = Decimal(value) * 2
        if halves != halves.to_integral_value():
            raise ValueError(f"分值{value}只能为整数或0.5分")
        return int(halves)

    def python_value(self, value):
        if value is None:
            return None
        points = Decimal(value) / 2
        return points.quantize(Decimal("1")) if value % 2 == 0 else points.quantize(Decimal("0.1"))


class ListField(peewee.TextField):
    """A short list of labels kept as a JSON array."""

    def db_value(self, value):
        return json.dumps(list(value or ()), ensure_ascii=False)

    def python_value(self, value):
        return tuple(json.loads(value)) if value else ()
