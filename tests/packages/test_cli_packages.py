"""`zqdesk-cli package export` and `zqdesk-cli results import` (SPEC §8.3, §11)."""

import re

import pytest

from tests.packages.conftest import SCORES, export, on_laptop, score_by_hand
from zqdesk.cli.main import main
from zqdesk.services import accounts
from zqdesk.services.access import ActorRole, acting_as
from zqdesk.storage.db import close_database


PASSWORD = "Zq#2027review"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _accounts(clerk, monkeypatch):
    """The clerk 王会务 (huiwu) and the auditor (shenji), with the password in the environment."""
    monkeypatch.setenv("ZQDESK_PASSWORD", PASSWORD)
    admin = accounts.create_first_admin("admin", "系统管理员", PASSWORD)
    with acting_as(admin):
        accounts.create_account("huiwu", "王会务", ActorRole.CLERK, PASSWORD)
        accounts.create_account("shenji", "审计员", ActorRole.AUDITOR, PASSWORD)


def test_packages_out_results_in_and_the_audit_stays_intact(clerk, capsys):
    close_database()
    files = {}
    for name in ("甲", "乙"):
        package = clerk.folder / f"{name}.zqpkg"
        status, out, err = run(capsys, "--db", clerk.path, "--user", "huiwu", "package", "export", package,
                               "--meeting", clerk.meeting, "--expert", name)
        assert status == 0, err
        code = re.search(r"校验码[^：]*：([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})$", out.strip()).group(1)
        info = on_laptop(clerk, package, code)
        score_by_hand(info.meeting_id, info.expert_id, SCORES[name])
        files[name] = export(clerk, name)
    close_database()
    tampered = clerk.folder / "乙-tampered.zqres"
    tampered.write_bytes(files["乙"].read_bytes().replace(b'"necessity":"26"', b'"necessity":"30"'))

    status, out, err = run(capsys, "--db", clerk.path, "--user", "huiwu", "results", "import", files["甲"], tampered,
                           "--meeting", clerk.meeting)
    assert status == 2
    assert "已合并 甲-r1.zqres（甲，修订1）：更新4份评分表" in out
    assert "已拒绝 乙-tampered.zqres（乙，修订1）：乙的结果文件校验未通过" in err

    status, out, err = run(capsys, "--db", clerk.path, "--user", "huiwu", "results", "import", files["甲"], files["乙"],
                           "--meeting", clerk.meeting)
    assert status == 0, err
    assert "未改变 甲-r1.zqres" in out and "已合并 乙-r1.zqres（乙，修订1）：更新3份评分表" in out

    status, out, err = run(capsys, "--db", clerk.path, "--user", "shenji", "audit", "verify")
    assert status == 0 and "审计日志完整" in out, err


def test_an_unknown_expert_gets_no_package(clerk, capsys):
    close_database()
    status, _, err = run(capsys, "--db", clerk.path, "--user", "huiwu", "package", "export", clerk.folder / "x.zqpkg",
                         "--meeting", clerk.meeting, "--expert", "丁")
    assert status == 2 and "专家“丁”不在本评审会专家组中" in err
    assert not (clerk.folder / "x.zqpkg").exists()
