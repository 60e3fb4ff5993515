"""专家: correct an expert, take one off the panel, withdraw a declared recusal — each refused
where it would falsify the record, each audited with its reason."""

from __future__ import annotations

import pytest

from tests.services.test_meeting_flow import expert, ids, meeting, score_all  # noqa: F401 — the fixture
from zqdesk.core.vocab import Role
from zqdesk.io.experts import ExpertRow
from zqdesk.services import panel
from zqdesk.services.errors import Refused
from zqdesk.storage.models import AuditEntry


def last_audit() -> AuditEntry:
    return AuditEntry.select().order_by(AuditEntry.seq.desc()).get()


def test_an_expert_is_corrected_but_keeps_name_and_unit(meeting):
    names = ids(meeting)
    panel.update_expert(meeting, names["丙"], ExpertRow("丙", "北部湾大学", "教授", "特邀专家", Role.MEMBER, (), "0777-9"))
    entry = next(e for e in panel.panel(meeting) if e.name == "丙")
    assert (entry.title, entry.department) == ("教授", "特邀专家")
    audit = last_audit()
    assert audit.action == "修改专家信息" and '"title":"教授"' in audit.new and '"title":""' in audit.old
    with pytest.raises(Refused, match="姓名和单位不能修改"):
        panel.update_expert(meeting, names["丙"], ExpertRow("丙", "广西大学", "", "", Role.MEMBER, (), ""))
    with pytest.raises(Refused, match="已有组长"):  # 甲 chairs
        panel.update_expert(meeting, names["乙"], ExpertRow("乙", "钦州市水利局", "", "", Role.CHAIR, (), ""))


def test_an_expert_leaves_the_panel_only_before_scoring_and_with_a_reason(meeting):
    names = ids(meeting)
    score_all(meeting, names["甲"], "ZQ-2027-001")
    with pytest.raises(Refused, match="已有评分"):
        panel.remove_expert(meeting, names["甲"], "临时有事")
    with pytest.raises(Refused, match="理由"):
        panel.remove_expert(meeting, names["丙"], "  ")
    panel.remove_expert(meeting, names["丙"], "临时出差，不能到会")
    assert [e.name for e in panel.panel(meeting)] == ["甲", "乙"]
    assert all(r.expert_name != "丙" for r in panel.recusals(meeting))  # the declared recusal went too
    audit = last_audit()
    assert (audit.action, audit.reason) == ("移出专家组", "临时出差，不能到会") and "北部湾大学" in audit.old


def test_only_a_declared_recusal_is_withdrawn_and_with_a_reason(meeting):
    names = ids(meeting)
    own_unit = next(r for r in panel.recusals(meeting) if r.expert_name == "乙")
    assert own_unit.automatic and own_unit.code == "ZQ-2027-002"
    with pytest.raises(Refused, match="自动回避，不能撤销"):
        panel.withdraw_recusal(meeting, names["乙"], "ZQ-2027-002", "误报")
    with pytest.raises(Refused, match="理由"):
        panel.withdraw_recusal(meeting, names["丙"], "ZQ-2027-003", "")
    panel.withdraw_recusal(meeting, names["丙"], "ZQ-2027-003", "经核实与该项目无利害关系")
    assert [(r.expert_name, r.code) for r in panel.recusals(meeting)] == [("乙", "ZQ-2027-002")]
    audit = last_audit()
    assert (audit.action, audit.reason) == ("撤销回避", "经核实与该项目无利害关系") and "本人申报回避" in audit.old
    with pytest.raises(Refused, match="没有回避"):
        panel.withdraw_recusal(meeting, names["丙"], "ZQ-2027-003", "再撤一次")
