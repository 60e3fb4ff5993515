"""The content fingerprint: a pure function of the meeting's facts."""

import hashlib
from dataclasses import replace
from decimal import Decimal

from zqdesk.reports import fingerprint
from zqdesk.reports.fingerprint import Fingerprint, canonical_json, content_fingerprint, fingerprint_content


def test_canonical_json_is_order_free_and_decimal_exact():
    a = {"b": [Decimal("80.0"), Decimal("0.50")], "a": "钦州"}
    b = {"a": "钦州", "b": [Decimal("80"), Decimal("0.5")]}
    assert canonical_json(a) == canonical_json(b) == '{"a":"钦州","b":["80","0.5"]}'.encode()


def test_sha256_value_and_printed_form():
    content = {"x": 1}
    expected = hashlib.sha256(b'{"x":1}').hexdigest()
    value = content_fingerprint(content, "SHA-256")
    assert value == Fingerprint("SHA-256", expected)
    assert value.short == " ".join(expected[i:i + 4] for i in (0, 4, 8, 12))
    assert value.label == f"SHA-256 {value.short}"


def test_sm3_is_named_when_available():
    value = content_fingerprint({"x": 1})
    assert value.algorithm == fingerprint.preferred_algorithm()
    assert len(value.hexdigest) == 64


def test_demo_fingerprint_is_stable_and_follows_content(demo_data):
    first = fingerprint.report_fingerprint(demo_data)
    assert fingerprint.report_fingerprint(demo_data) == first
    content = fingerprint_content(demo_data)
    assert {"meeting", "projects", "panel", "recusals", "sheets", "overrides", "tier_overrides"} <= set(content)
    assert len(content["projects"]) == 24 and len(content["panel"]) == 7
    assert content["overrides"] == [{"code": "ZQ-2027-018", "rule": "R3",
                                     "reason": "建设单位已于会前补交资质证明及完整实施方案。"}]
    # One changed point on one sheet changes the value.
    results = demo_data.results
    code = "ZQ-2027-001"
    sheet = results.sheets[code][0]
    changed = dict(results.sheets)
    changed[code] = [replace(sheet, points={**sheet.points, "necessity": sheet.points["necessity"] - 1})] + \
        results.sheets[code][1:]
    other = replace(demo_data, results=replace(results, sheets=changed))
    assert fingerprint.report_fingerprint(other) != first


def test_meeting_fingerprint_loads_from_the_database(demo_db, demo_data):
    assert fingerprint.meeting_fingerprint(demo_db) == fingerprint.report_fingerprint(demo_data)
