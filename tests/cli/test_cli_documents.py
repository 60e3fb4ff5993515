"""`zqdesk-cli plan --pdf/--xlsx`, `opinions`, `sheets`, `summary`, `signin` (SPEC §11)."""

import shutil

import openpyxl
import pytest
from pypdf import PdfReader

from zqdesk.cli.main import main


@pytest.fixture
def demo_copy(demo_file, tmp_path):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    return path


@pytest.fixture(autouse=True)
def _clerk(monkeypatch):
    from zqdesk.services.demo import DEMO_PASSWORDS

    monkeypatch.setenv("ZQDESK_PASSWORD", DEMO_PASSWORDS["huiwu"])


def run(db, *args):
    """zqdesk-cli as the demo's clerk (会务), who prints the documents."""
    return main(["--db", str(db), "--user", "huiwu", *args])


def text_of(path):
    return "".join((page.extract_text() or "") for page in PdfReader(path).pages)


def test_plan_pdf_and_xlsx_with_a_document_number(demo_copy, tmp_path, capsys):
    pdf, xlsx = tmp_path / "plan.pdf", tmp_path / "plan.xlsx"
    assert run(demo_copy, "plan", "--meeting", "1", "--pdf", str(pdf), "--xlsx", str(xlsx),
               "--number", "钦发改〔2026〕88号") == 0
    out = capsys.readouterr().out
    assert str(pdf) in out and str(xlsx) in out
    assert "钦发改〔2026〕88号" in text_of(pdf)
    assert openpyxl.load_workbook(xlsx).sheetnames == ["年度建设计划", "储备项目"]


@pytest.mark.parametrize("command, marker, sections", [
    ("opinions", "评审意见", 24), ("sheets", "专家评分表", 7), ("summary", "评分汇总表", 0),
    ("signin", "评审专家签到表", 8),
])
def test_documents(demo_copy, tmp_path, command, marker, sections):
    pdf, xlsx = tmp_path / f"{command}.pdf", tmp_path / f"{command}.xlsx"
    assert run(demo_copy, command, "--meeting", "1", "--pdf", str(pdf), "--xlsx", str(xlsx)) == 0
    assert marker in text_of(pdf)
    assert len(PdfReader(pdf).outline) == sections
    assert openpyxl.load_workbook(xlsx).sheetnames


def test_one_opinion_by_project_code(demo_copy, tmp_path):
    pdf = tmp_path / "one.pdf"
    assert run(demo_copy, "opinions", "--meeting", "1", "--pdf", str(pdf), "--project", "ZQ-2027-023") == 0
    assert "预审意见" in text_of(pdf)


@pytest.mark.parametrize("args, message", [
    (["summary", "--meeting", "1"], "--pdf 或 --xlsx"),
    (["opinions", "--meeting", "1", "--pdf", "{tmp}/x.pdf", "--project", "ZQ-9"], "没有项目ZQ-9"),
    (["sheets", "--meeting", "1", "--pdf", "{tmp}/missing/x.pdf"], "不存在"),
    (["signin", "--meeting", "9", "--pdf", "{tmp}/x.pdf"], "没有编号为9的评审会"),
])
def test_refusals_exit_2_with_a_reason(demo_copy, tmp_path, capsys, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert run(demo_copy, *args) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
