"""Every result file the clerk must not trust is refused with its reason, and the database is
left exactly as it was (SPEC §8.3)."""

import json

import pytest

from tests.packages.conftest import (
    SCORES, Clerk, build_meeting, dump, expert_ids, export, facts, issue, on_laptop, score_by_hand, scored_file,
)
from zqdesk.core.vocab import Kind, Role
from zqdesk.io.experts import ExpertRow
from zqdesk.services import expertmode, meetings, offline, packages, panel, projects
from zqdesk.services.errors import Refused
from zqdesk.storage.macs import canonical


def refused(clerk, path, *reason_parts):
    """Import the file, check it is refused for the reason given and that nothing changed."""
    before = dump()
    (outcome,) = packages.import_results(clerk.meeting, [path])
    assert outcome.status == "refused", outcome
    for part in reason_parts:
        assert part in outcome.reason, outcome.reason
    assert dump() == before
    return outcome


def resign(path, secret, **changes):
    """A result file edited and signed again with `secret` (what a forger holding it could do)."""
    document = json.loads(path.read_bytes())
    document.update(changes)
    target = path.with_name(f"edited-{path.name}")
    target.write_bytes(offline.sign(document, secret))
    return target


def test_an_altered_byte_is_refused(clerk):
    path = scored_file(clerk, "甲")
    data = path.read_bytes()
    # 甲's necessity for 001 raised from 28 to 29: still valid JSON, canonical, in range.
    assert data.count(b'"necessity":"28"') == 1
    path.write_bytes(data.replace(b'"necessity":"28"', b'"necessity":"29"'))
    refused(clerk, path, "甲的结果文件校验未通过", "已被改动")
    # Pretty-printed or otherwise re-encoded, the same content is refused too: any byte counts.
    path.write_bytes(json.dumps(json.loads(data), ensure_ascii=False, indent=1).encode())
    refused(clerk, path, "已被改动")
    path.write_bytes(data)
    assert packages.import_results(clerk.meeting, [path])[0].status == "merged"


def test_a_file_for_another_meeting_is_refused(clerk):
    # Another meeting in the same database, with 甲 on its panel and a package of its own.
    other = meetings.create_meeting(meetings.MeetingSettings("专项预审会", Kind.SPECIAL, 2027))
    projects.add_projects(other.id, [facts("ZQ-2027-001", "钦州市档案馆")])
    panel.add_experts(other.id, [ExpertRow("甲", "北部湾大学", "教授", "特邀专家", Role.MEMBER, (), "")])
    package = clerk.folder / "other.zqpkg"
    code = packages.export_package(other.id, clerk.ids["甲"], package)
    info = on_laptop(clerk, package, code)
    score_by_hand(info.meeting_id, info.expert_id, {"ZQ-2027-001": SCORES["甲"]["ZQ-2027-001"]})
    path = export(clerk, "甲")
    refused(clerk, path, "另一评审会", "专项预审会")


def test_a_file_from_another_database_is_refused(clerk, tmp_path):
    # The same meeting built again in another clerk's database: same meeting id, other identity.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    meetings.init_database(elsewhere / "clerk.sqlite3")
    other = Clerk(elsewhere / "clerk.sqlite3", build_meeting(elsewhere), expert_ids(1), elsewhere)
    path = scored_file(other, "甲")
    clerk.open()
    refused(clerk, path, "另一评审会")


def test_a_file_for_an_expert_not_on_the_panel_is_refused(clerk):
    genuine = scored_file(clerk, "甲")
    stranger = offline.new_secret()
    path = resign(genuine, stranger, expert={"id": 99, "name": "丁", "organisation": "广西大学"})
    refused(clerk, path, "“丁”不在本评审会专家组中")


def test_a_file_under_another_experts_name_is_refused(clerk):
    issue(clerk, "丙")  # 丙 has a package, and so a secret the clerk can check against
    genuine = scored_file(clerk, "甲")
    _, code_jia = issue(clerk, "甲")
    # 甲 rewrites the expert in their own file as 丙 and signs it with their own code.
    forged = resign(genuine, offline.secret_of(code_jia),
                    expert={"id": clerk.ids["丙"], "name": "丙", "organisation": "钦州市科学技术局"})
    refused(clerk, forged, "是用甲的评分数据包生成的，却署名为丙")
    # Merely edited, not signed again: refused as altered.
    document = json.loads(genuine.read_bytes())
    document["expert"] = {"id": clerk.ids["丙"], "name": "丙", "organisation": "钦州市科学技术局"}
    edited = genuine.with_name("edited.zqres")
    edited.write_bytes(canonical(document))
    refused(clerk, edited, "丙的结果文件校验未通过")


def test_a_score_for_a_project_the_expert_is_recused_from_is_refused(clerk):
    package, code = issue(clerk, "丙")
    info = on_laptop(clerk, package, code)
    score_by_hand(info.meeting_id, info.expert_id, SCORES["丙"])
    path = export(clerk, "丙")
    # After the package went out, 丙 declares an interest in 002: the file may not count there,
    # and nothing else of it is merged either.
    panel.declare_recusal(clerk.meeting, clerk.ids["丙"], "ZQ-2027-002", "近亲属参与编制")
    refused(clerk, path, "丙已回避项目ZQ-2027-002")


def test_a_score_for_a_project_not_assigned_is_refused(clerk):
    genuine = scored_file(clerk, "乙")
    _, code = issue(clerk, "乙")
    secret = offline.secret_of(code)
    sheets = json.loads(genuine.read_bytes())["sheets"]
    extra = dict(sheets[0])
    # 002 is 乙's own unit's project (recused automatically), 005 is record only, 009 does not exist.
    for project, reason in (("ZQ-2027-002", "乙已回避项目ZQ-2027-002"), ("ZQ-2027-005", "仅抄送备案"),
                            ("ZQ-2027-009", "本评审会没有该项目")):
        path = resign(genuine, secret, sheets=sheets + [dict(extra, code=project)])
        refused(clerk, path, reason)


def test_a_revision_older_than_the_one_merged_is_refused(clerk):
    package, code = issue(clerk, "甲")
    info = on_laptop(clerk, package, code)
    score_by_hand(info.meeting_id, info.expert_id, {"ZQ-2027-001": SCORES["甲"]["ZQ-2027-001"]}, submit=False)
    older = export(clerk, "甲")
    newer = expertmode.export_result(clerk.folder / "甲-r2.zqres", local_db_path=clerk.laptop).path
    clerk.open()
    assert packages.import_results(clerk.meeting, [newer])[0].status == "merged"
    outcome = refused(clerk, older, "修订号1早于已合并的修订号2", "过期")
    assert (outcome.expert, outcome.revision) == ("甲", 1)


def test_another_file_under_a_merged_revision_number_is_refused(clerk):
    path = scored_file(clerk, "甲")
    assert packages.import_results(clerk.meeting, [path])[0].status == "merged"
    _, code = issue(clerk, "甲")
    document = json.loads(path.read_bytes())
    stamp = document["created_at"]
    # A different last digit, whatever the clock gave: same revision, other content.
    twin = resign(path, offline.secret_of(code), created_at=stamp[:-1] + ("8" if stamp.endswith("9") else "9"))
    refused(clerk, twin, "修订号1已合并过另一份内容不同的结果文件")


def test_a_file_signed_with_a_voided_code_is_refused(clerk):
    path = scored_file(clerk, "甲")
    issue(clerk, "甲", new_secret=True)  # the stick with the old package was lost
    refused(clerk, path, "甲的结果文件校验未通过", "作废")


def test_a_finalised_meeting_takes_no_result_files(clerk):
    path = scored_file(clerk, "甲")
    for name in ("乙", "丙"):
        score_by_hand(clerk.meeting, clerk.ids[name], SCORES[name])
    score_by_hand(clerk.meeting, clerk.ids["甲"], SCORES["甲"])
    meetings.finalise(clerk.meeting)
    before = dump()
    with pytest.raises(Refused, match="已定稿"):
        packages.import_results(clerk.meeting, [path])
    assert dump() == before


def test_a_file_that_is_not_a_result_file_is_refused(clerk):
    for name, data in (("empty.zqres", b""), ("text.zqres", "评分结果".encode()), ("list.zqres", b"[]"),
                       ("gbk.zqres", "评分".encode("gb18030"))):
        path = clerk.folder / name
        path.write_bytes(data)
        refused(clerk, path, "评分结果文件")
    refused(clerk, clerk.folder / "missing.zqres", "无法读取")
