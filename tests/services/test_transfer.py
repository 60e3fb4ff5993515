"""Moving a whole meeting between databases (issue #8): the demo meeting from a SQLite file to
a server database or another file and back, verified by its content fingerprint; damaged
files and clashing shared rows are refused with nothing written."""

import json
import shutil

import pytest

from zqdesk.cli.main import main as cli
from zqdesk.cli.output import plan_json
from zqdesk.reports.fingerprint import meeting_fingerprint
from zqdesk.services import results, transfer
from zqdesk.services.demo import DEMO_PASSWORDS
from zqdesk.services.errors import Refused
from zqdesk.storage.db import close_database, open_database
from zqdesk.storage.models import Expert, Meeting
from zqdesk.storage.verify import verify


def reopen(location):
    """Open the destination afresh: the db_path fixture left it open in this thread, and a
    SQLite file's check reads its header past a WAL that may still hold it (a known limit)."""
    close_database()
    return open_database(location)


def outcome(meeting_id):
    return plan_json(results.meeting_results(meeting_id)), meeting_fingerprint(meeting_id).hexdigest


@pytest.fixture
def exported(demo_file, tmp_path):
    """The demo meeting exported from a copy of the demo file: (file, plan, fingerprint)."""
    source = tmp_path / "one-pc.sqlite3"
    shutil.copy(demo_file, source)
    open_database(source)
    expected = outcome(1)
    out = tmp_path / "demo.zqmeeting"
    header = transfer.export_meeting(1, out)
    assert header["fingerprint"]["hexdigest"] == expected[1]
    close_database()
    return out, expected


def test_a_meeting_moves_to_another_database_and_back_unchanged(exported, db_path, tmp_path):
    path, expected = exported
    reopen(db_path)
    new_id = transfer.import_meeting(path)
    assert outcome(new_id) == (dict(expected[0], meeting=new_id), expected[1])
    assert verify().intact, verify().problems
    # And back again, into a fresh file: the same meeting, row for row.
    back = tmp_path / "back.zqmeeting"
    transfer.export_meeting(new_id, back)
    close_database()
    open_database(tmp_path / "again.sqlite3")
    again = transfer.import_meeting(back)
    assert outcome(again)[1] == expected[1]
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (path, back))
    assert first["digest"] == second["digest"]
    assert verify().intact


def test_an_altered_file_is_refused_and_nothing_is_written(exported, db_path):
    path, _ = exported
    document = json.loads(path.read_text(encoding="utf-8"))
    document["content"]["scores"][0]["points"] = "30"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    reopen(db_path)
    before = Meeting.select().count()
    with pytest.raises(Refused, match="校验值不符"):
        transfer.import_meeting(path)
    assert Meeting.select().count() == before


def test_an_expert_known_here_with_other_details_is_refused(exported, db_path):
    from zqdesk.storage.db import writing

    path, _ = exported
    reopen(db_path)
    with writing():
        Expert.create(name="黄建国", organisation="钦州市发展和改革委员会", title="经济师")
    with pytest.raises(Refused, match="黄建国.*信息与文件不同"):
        transfer.import_meeting(path)
    assert Meeting.select().count() == 0


def test_the_command_line_moves_the_demo_meeting(demo_file, db_path, tmp_path, monkeypatch, capsys):
    close_database()  # the destination, opened by the fixture
    source = tmp_path / "src.sqlite3"
    shutil.copy(demo_file, source)
    monkeypatch.setenv("ZQDESK_PASSWORD", DEMO_PASSWORDS["admin"])
    out = tmp_path / "m.zqmeeting"
    assert cli(["--db", str(source), "--user", "admin", "meeting", "export", "1", str(out)]) == 0
    assert "内容指纹" in capsys.readouterr().out
    close_database()
    # The destination was made by the db_path fixture; give it its administrator.
    from zqdesk.services import accounts

    reopen(db_path)
    accounts.create_first_admin("admin", "系统管理员", DEMO_PASSWORDS["admin"])
    close_database()
    assert cli(["--db", str(db_path), "--user", "admin", "meeting", "import", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "1" and "内容指纹与导出时一致" in captured.err
    assert cli(["--db", str(db_path), "--user", "admin", "meeting", "export", "1", str(out)]) == 2
    assert "已存在" in capsys.readouterr().err


def test_the_same_file_twice_or_back_into_its_own_database_is_refused(exported, db_path, tmp_path):
    path, _expected = exported
    reopen(db_path)
    new_id = transfer.import_meeting(path)
    count = Meeting.select().count()
    with pytest.raises(Refused, match=f"已于.*导入为评审会#{new_id}“.*”，未重复导入"):
        transfer.import_meeting(path)
    assert Meeting.select().count() == count
    # Exported from here and brought back here: the meeting is already here.
    back = tmp_path / "back.zqmeeting"
    transfer.export_meeting(new_id, back)
    with pytest.raises(Refused, match=f"就是本数据库中的评审会#{new_id}"):
        transfer.import_meeting(back)
    assert Meeting.select().count() == count
    assert verify().intact, verify().problems
