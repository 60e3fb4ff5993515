"""zqdesk-cli from init to plan on the hand-built scenario in scenario.py."""

import json

import pytest

from tests.cli.scenario import EXPERTS, PROJECTS, scores_csv
from zqdesk.cli.main import main


PASSWORD = "Zq#2027review"


def run(capsys, *argv, user="huiwu"):
    """Run zqdesk-cli as the clerk (or another account; None for no --user)."""
    prefix = ["--user", user] if user and argv[0] == "--db" and argv[2] not in ("init",) else []
    argv = [str(a) for a in argv]
    if prefix:
        argv = argv[:2] + prefix + argv[2:]
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _passwords(monkeypatch):
    monkeypatch.setenv("ZQDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("ZQDESK_NEW_PASSWORD", PASSWORD)


def init_with_clerk(capsys, db):
    assert run(capsys, "--db", db, "init", "--admin", "admin")[0] == 0
    assert run(capsys, "--db", db, "user", "add", "huiwu", "--role", "clerk", "--name", "王会务", user="admin")[0] == 0


@pytest.fixture
def meeting(tmp_path, capsys):
    db = tmp_path / "e2e.sqlite3"
    (tmp_path / "projects.csv").write_text(PROJECTS, encoding="utf-8")
    (tmp_path / "experts.csv").write_text(EXPERTS, encoding="utf-8-sig")
    (tmp_path / "scores.csv").write_text(scores_csv(), encoding="gb18030")
    init_with_clerk(capsys, db)
    code, out, _ = run(capsys, "--db", db, "meeting", "create", "--name", "测试评审会", "--kind", "annual",
                       "--year", 2027, "--budget", "500")
    assert code == 0 and out.strip() == "1"
    for noun, name in (("projects", "projects.csv"), ("experts", "experts.csv")):
        code, out, err = run(capsys, "--db", db, noun, "import", tmp_path / name, "--meeting", 1)
        assert code == 0, err
    # Imported scores count as signed submissions: refused until --signed says the paper sheets are.
    code, out, err = run(capsys, "--db", db, "scores", "import", tmp_path / "scores.csv", "--meeting", 1)
    assert code == 2 and "纸质评分表均已签名" in err
    code, out, err = run(capsys, "--db", db, "scores", "import", tmp_path / "scores.csv", "--meeting", 1, "--signed")
    assert code == 0, err
    return db


def test_rank_json_matches_the_hand_worked_results(meeting, capsys):
    code, out, _ = run(capsys, "--db", meeting, "rank", "--meeting", 1, "--json", "--as-of", "2026-11-20")
    assert code == 0
    data = json.loads(out)
    assert data["meeting"] == 1
    # Kendall's W over the five projects all five experts scored (001, 003, 004, 005, 007):
    # rank sums 22, 22, 7.5, 8.5, 15 → S = 196.5; ties: one pair (张一) and one triple (赵四)
    # → ΣT = 6 + 24; W = 12·196.5 / (25·120 − 5·30) = 2358 / 2850 = 0.827368…
    assert data["kendall_w"] == pytest.approx(0.827368, abs=1e-6)
    by_code = {p["code"]: p for p in data["projects"]}
    expected = {
        # code: decision, score, experts counted, rank, tier, funded, requested, findings
        # 002: plain mean of 4 (钱五 recused): (88.5 + 87 + 84 + 90.5) / 4 = 87.50 → A.
        "ZQ-2027-002": ("pass", "87.50", 4, 1, "A", True, "250.00", ["R4"]),
        # 001: drop 92 and 74; (86 + 80 + 85) / 3 = 83.666… → 83.67 → B.
        "ZQ-2027-001": ("pass", "83.67", 5, 2, "B", True, "200.00", []),
        # 007: all 74 → 74.00 → C; 60 > the 50 left after 250 + 200 → reserve.
        "ZQ-2027-007": ("pass", "74.00", 5, 3, "C", False, "60.00", []),
        # 005: drop 74 and 32; (68 + 70 + 64) / 3 = 67.33 → C; 100 > 50 → reserve.
        "ZQ-2027-005": ("pass", "67.33", 5, 4, "C", False, "100.00", []),
        "ZQ-2027-003": ("veto", "84.00", 5, None, None, False, "80.00", ["R5"]),
        "ZQ-2027-004": ("fail", "68.00", 5, None, None, False, "40.00", ["R1"]),
        "ZQ-2027-006": ("record", None, 0, None, None, False, "0.00", ["R7"]),
    }
    assert set(by_code) == set(expected)
    for code_, (decision, score, counted, rank, tier, funded, requested, findings) in expected.items():
        p = by_code[code_]
        assert (p["decision"], p["score"], p["experts_counted"], p["rank"], p["tier"], p["funded"],
                p["requested"], p["findings"]) == (decision, score, counted, rank, tier, funded, requested, findings), code_
    assert [p["code"] for p in data["projects"][:4]] == ["ZQ-2027-002", "ZQ-2027-001", "ZQ-2027-007", "ZQ-2027-005"]


def test_plan_json_has_the_greedy_plan_and_the_optimal_alternative(meeting, capsys):
    code, out, _ = run(capsys, "--db", meeting, "plan", "--meeting", 1, "--json")
    assert code == 0
    plan = json.loads(out)["plan"]
    assert plan["funded"] == ["ZQ-2027-002", "ZQ-2027-001"]
    assert plan["reserve"] == ["ZQ-2027-007", "ZQ-2027-005"]
    assert plan["funded_total"] == "450.00"
    assert plan["reserve_total"] == "160.00"
    assert plan["tier_subtotals"] == {"A": "250.00", "B": "200.00", "C": "0.00"}
    # Within 500: 002 + 007 + 005 (410万) scores 87.50 + 74.00 + 67.33 = 228.83, more than
    # the greedy 87.50 + 83.67 = 171.17; every set with 001 and two others exceeds 500 or scores less.
    assert plan["optimal"]["codes"] == ["ZQ-2027-002", "ZQ-2027-007", "ZQ-2027-005"]
    assert plan["optimal"]["score_sum"] == "228.83"
    assert plan["optimal"]["greedy_score_sum"] == "171.17"
    assert plan["optimal"]["added"] == ["ZQ-2027-007", "ZQ-2027-005"]
    assert plan["optimal"]["dropped"] == ["ZQ-2027-001"]


def test_check_names_each_rule_with_article_and_severity(meeting, capsys):
    code, out, _ = run(capsys, "--db", meeting, "check", "--meeting", 1, "--json")
    assert code == 0
    found = {(p["code"], f["rule"], f["severity"], f["article"])
             for p in json.loads(out)["projects"] for f in p["findings"]}
    assert found == {
        ("ZQ-2027-002", "R4", "info", "第九条"),
        ("ZQ-2027-003", "R5", "veto", "第十条"),
        ("ZQ-2027-004", "R1", "blocker", "第七条"),
        ("ZQ-2027-006", "R7", "info", "第十一条"),
    }


def test_a_bad_projects_file_changes_nothing_and_names_every_bad_row(tmp_path, capsys):
    db = tmp_path / "bad.sqlite3"
    init_with_clerk(capsys, db)
    run(capsys, "--db", db, "meeting", "create", "--name", "坏文件", "--kind", "annual", "--year", 2027, "--budget", "100")
    rows = PROJECTS.splitlines()
    rows[2] = rows[2].replace(",600,", ",六百,")
    rows[4] = rows[4].replace("2026-10-01", "2026-13-01")
    (tmp_path / "bad.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "projects", "import", tmp_path / "bad.csv", "--meeting", 1)
    assert code == 2
    assert "第3行" in err and "总投资(万元)" in err
    assert "第5行" in err and "申报日期" in err
    code, out, _ = run(capsys, "--db", db, "rank", "--meeting", 1, "--json")
    assert json.loads(out)["projects"] == []


def test_imported_scores_leave_an_intact_audit_chain(meeting, capsys):
    code, out, err = run(capsys, "--db", meeting, "audit", "verify", user="admin")
    assert code == 0, err
    assert "审计日志完整" in out


def test_refusals_exit_2_with_a_chinese_message(meeting, tmp_path, capsys):
    code, _, err = run(capsys, "--db", meeting, "rank", "--meeting", 99)
    assert code == 2 and "没有编号为99的评审会" in err
    code, _, err = run(capsys, "--db", meeting, "init")
    assert code == 2 and "已存在" in err
    code, _, err = run(capsys, "--db", tmp_path / "missing.sqlite3", "meeting", "list")
    assert code == 2 and "找不到数据库" in err


def test_plan_json_stays_json_when_documents_are_written_too(meeting, tmp_path, capsys):
    code, out, err = run(capsys, "--db", meeting, "plan", "--meeting", 1, "--json", "--pdf", tmp_path / "p.pdf")
    assert code == 0
    assert json.loads(out)["plan"]["funded"] == ["ZQ-2027-002", "ZQ-2027-001"]
    assert "已生成年度建设计划" in err and (tmp_path / "p.pdf").stat().st_size > 0
