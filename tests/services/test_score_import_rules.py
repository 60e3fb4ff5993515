"""An imported score file is held to the desk's rules: a sheet without its recommendation is
refused, with the row named, and nothing at all is written."""

from __future__ import annotations

import pytest

from tests.services.test_meeting_flow import ids, meeting  # noqa: F401 — the fixture
from zqdesk.io.errors import ImportRefused
from zqdesk.services import scoring


def test_a_row_without_a_recommendation_refuses_the_whole_file(meeting, tmp_path):
    path = tmp_path / "scores.csv"
    path.write_text("专家,项目编号,必要性,可行性,安全性,协同共享范围,评审建议\n"
                    "甲,ZQ-2027-001,20,20,15,15,同意\n"
                    "甲,ZQ-2027-002,21,19.5,15,14,\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        scoring.import_scores(meeting, path, paper_signed=True)
    [error] = refused.value.errors
    assert (error.row, error.column) == (3, "评审建议") and "必填" in error.reason
    assert all(not line.points for line in scoring.expert_sheet(meeting, ids(meeting)["甲"]))
