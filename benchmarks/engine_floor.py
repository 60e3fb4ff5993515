"""The plain-library floors that benchmarks/bench_engine.py measures zqdesk against: the same
rows inserted with sqlite3.executemany, one SQL aggregate plus a sort, a plain greedy walk."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from zqdesk.core.types import Criterion
from zqdesk.core.vocab import FUNDING_NATIONAL
from zqdesk.io.table import read_table
from zqdesk.storage.db import PRAGMAS

if TYPE_CHECKING:
    from bench_engine import Files

LIST_SEP = "、"

# --------------------------------------------------------------------------- the floors

FLOOR_SCHEMA = """
CREATE TABLE unit (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, unit_type TEXT NOT NULL);
CREATE TABLE project (
    id INTEGER PRIMARY KEY, meeting_id INTEGER NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    unit_id INTEGER NOT NULL REFERENCES unit(id), kind TEXT, plan_year INTEGER, category TEXT,
    sub_type TEXT, nature TEXT, total_investment INTEGER, requested INTEGER, funding_source TEXT,
    submitted_on DATE, deployment TEXT, self_built TEXT, sharing_analysis TEXT,
    sharing_departments TEXT, classified INTEGER, protection_level INTEGER, plan_elements TEXT,
    compiler_qualified INTEGER, mandated INTEGER, urgent INTEGER, remarks TEXT);
CREATE UNIQUE INDEX project_meeting_code ON project (meeting_id, code);
CREATE TABLE expert (id INTEGER PRIMARY KEY, name TEXT, organisation TEXT, title TEXT,
    department TEXT, phone TEXT);
CREATE UNIQUE INDEX expert_name_org ON expert (name, organisation);
CREATE TABLE panel_member (id INTEGER PRIMARY KEY, meeting_id INTEGER, expert_id INTEGER
    REFERENCES expert(id), role TEXT, seat INTEGER);
CREATE UNIQUE INDEX panel_member_meeting_expert ON panel_member (meeting_id, expert_id);
CREATE TABLE recusal (id INTEGER PRIMARY KEY, project_id INTEGER REFERENCES project(id),
    expert_id INTEGER REFERENCES expert(id), automatic INTEGER, reason TEXT);
CREATE UNIQUE INDEX recusal_project_expert ON recusal (project_id, expert_id);
CREATE TABLE score (id INTEGER PRIMARY KEY, project_id INTEGER REFERENCES project(id),
    expert_id INTEGER REFERENCES expert(id), round INTEGER, criterion TEXT, points INTEGER,
    entered_at DATETIME);
CREATE UNIQUE INDEX score_key ON score (project_id, expert_id, round, criterion);
CREATE TABLE review (id INTEGER PRIMARY KEY, project_id INTEGER REFERENCES project(id),
    expert_id INTEGER REFERENCES expert(id), round INTEGER, recommendation TEXT, opinion TEXT,
    deviation_note TEXT, submitted_at DATETIME);
CREATE UNIQUE INDEX review_key ON review (project_id, expert_id, round);
"""


def _cents(value) -> int | None:
    return None if value is None else int(Decimal(str(value)) * 100)


def _halves(value) -> int:
    return int(Decimal(str(value)) * 2)


def _day(value) -> str:
    return value.date().isoformat() if isinstance(value, datetime) else str(value)


def _list(value) -> str:
    import json
    import re

    return json.dumps(re.split("[、,，;；]", value) if value else [], ensure_ascii=False)


def _columns(table) -> dict[str, int]:
    return {name: i for i, name in enumerate(table.header)}


def floor_import(db_path: Path, files: Files, criteria: list[Criterion]) -> dict[str, float]:
    """Read with zqdesk.io.table.read_table, insert with sqlite3 executemany; seconds per file."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    for name, value in PRAGMAS:
        conn.execute(f"PRAGMA {name}={value}")
    conn.executescript(FLOOR_SCHEMA)
    meeting_id = 1
    steps = {}
    now = datetime.now().replace(microsecond=0).isoformat(" ")

    t = time.perf_counter()
    table = read_table(files.projects)
    col = _columns(table)
    rows = [r.cells for r in table.rows]
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT OR IGNORE INTO unit (name, unit_type) VALUES (?, ?)",
                     [(r[col["建设单位"]], r[col["单位类型"]] or "") for r in rows])
    unit_ids = dict(conn.execute("SELECT name, id FROM unit"))
    yes = {"是": 1}
    conn.executemany(
        "INSERT INTO project (meeting_id, code, name, unit_id, kind, plan_year, category, sub_type, nature,"
        " total_investment, requested, funding_source, submitted_on, deployment, self_built, sharing_analysis,"
        " sharing_departments, classified, protection_level, plan_elements, compiler_qualified, mandated,"
        " urgent, remarks) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(meeting_id, r[col["项目编号"]], r[col["项目名称"]], unit_ids[r[col["建设单位"]]],
          "special" if r[col["申报类型"]] == "专项申报" else "annual", int(r[col["计划年度"]]),
          r[col["项目类别"]], r[col["建设内容类型"]] or "", r[col["建设性质"]],
          _cents(r[col["总投资(万元)"]]), _cents(r[col["申请市级资金(万元)"]]), r[col["资金来源"]],
          _day(r[col["申报日期"]]), _list(r[col["部署方式"]]), _list(r[col["自建基础设施"]]),
          r[col["共享需求分析"]] or "", _list(r[col["共享部门"]]), yes.get(r[col["是否涉密"]], 0),
          r[col["等保级别"]], _list(r[col["实施方案要素"]]), yes.get(r[col["编制单位具备资质"]], 0),
          yes.get(r[col["上级要求"]], 0), yes.get(r[col["需求紧迫"]], 0), r[col["备注"]] or "")
         for r in rows])
    conn.execute("COMMIT")
    steps["projects"] = time.perf_counter() - t

    t = time.perf_counter()
    table = read_table(files.experts)
    col = _columns(table)
    rows = [r.cells for r in table.rows]
    project_ids = dict(conn.execute("SELECT code, id FROM project WHERE meeting_id = ?", (meeting_id,)))
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO expert (name, organisation, title, department, phone) VALUES (?,?,?,?,?)",
                     [(r[col["姓名"]], r[col["单位"]], r[col["职称"]] or "", r[col["代表部门"]] or "",
                       r[col["联系电话"]] or "") for r in rows])
    expert_ids = {name: i for i, name in conn.execute("SELECT id, name FROM expert")}
    conn.executemany("INSERT INTO panel_member (meeting_id, expert_id, role, seat) VALUES (?,?,?,?)",
                     [(meeting_id, expert_ids[r[col["姓名"]]], "chair" if r[col["角色"]] == "组长" else "member",
                       seat) for seat, r in enumerate(rows, start=1)])
    declared = [(project_ids[code], expert_ids[r[col["姓名"]]])
                for r in rows if r[col["回避项目"]] for code in r[col["回避项目"]].split(LIST_SEP)]
    conn.executemany("INSERT INTO recusal (project_id, expert_id, automatic, reason) VALUES (?,?,0,'本人申报回避')",
                     declared)
    conn.execute(
        "INSERT OR IGNORE INTO recusal (project_id, expert_id, automatic, reason)"
        " SELECT p.id, e.id, 1, '本单位申报项目' FROM project p JOIN unit u ON u.id = p.unit_id"
        " JOIN expert e ON e.organisation = u.name WHERE p.meeting_id = ?", (meeting_id,))
    conn.execute("COMMIT")
    steps["experts"] = time.perf_counter() - t

    t = time.perf_counter()
    table = read_table(files.scores)
    col = _columns(table)
    rows = [r.cells for r in table.rows]
    conn.execute("BEGIN IMMEDIATE")
    score_rows = []
    review_rows = []
    for r in rows:
        project_id, expert_id = project_ids[r[col["项目编号"]]], expert_ids[r[col["专家"]]]
        for c in criteria:
            score_rows.append((project_id, expert_id, c.key, _halves(r[col[c.label]]), now))
        review_rows.append((project_id, expert_id, r[col["评审建议"]] or "", r[col["评审意见"]] or "",
                            r[col["偏离说明"]] or "", now))
    conn.executemany("INSERT INTO score (project_id, expert_id, round, criterion, points, entered_at)"
                     " VALUES (?,?,1,?,?,?)", score_rows)
    conn.executemany("INSERT INTO review (project_id, expert_id, round, recommendation, opinion, deviation_note,"
                     " submitted_at) VALUES (?,?,1,?,?,?,?)", review_rows)
    conn.execute("COMMIT")
    steps["scores"] = time.perf_counter() - t
    conn.close()
    return steps


# The rank floor runs on the zqdesk database itself (peewee's table names, points in halves,
# money in cents), through its own sqlite3 connection.
FLOOR_AGGREGATE = """
SELECT s.project_id, s.expert_id, SUM(s.points),
       SUM(CASE WHEN s.criterion = 'necessity' THEN s.points ELSE 0 END),
       SUM(CASE WHEN s.criterion = 'feasibility' THEN s.points ELSE 0 END)
FROM score s
JOIN project p ON p.id = s.project_id
JOIN review r ON r.project_id = s.project_id AND r.expert_id = s.expert_id AND r.round = s.round
WHERE p.meeting_id = ? AND r.submitted_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM recusal c WHERE c.project_id = s.project_id AND c.expert_id = s.expert_id)
GROUP BY s.project_id, s.expert_id
"""


def _mean_x100(total_halves: int, count: int) -> int:
    """Half-up hundredths of total_halves / (2·count), in integers."""
    numerator, denominator = total_halves * 100, 2 * count
    return (2 * numerator + denominator) // (2 * denominator)


def floor_rank(conn: sqlite3.Connection, meeting_id: int) -> list[tuple]:
    """Passed projects in §6.7 order: (tier, -score, -necessity, -feasibility, date, code, cents)."""
    facts = {pid: row for pid, *row in conn.execute(
        "SELECT id, code, submitted_on, requested, funding_source, mandated FROM project WHERE meeting_id = ?",
        (meeting_id,))}
    sheets: dict[int, list[tuple[int, int, int, int]]] = {}
    for project_id, expert_id, total, necessity, feasibility in conn.execute(FLOOR_AGGREGATE, (meeting_id,)):
        sheets.setdefault(project_id, []).append((total, expert_id, necessity, feasibility))
    ranked = []
    for project_id, items in sheets.items():
        code, submitted_on, requested, funding_source, mandated = facts[project_id]
        if funding_source == FUNDING_NATIONAL:
            continue
        items.sort()
        kept = items[1:-1] if len(items) >= 5 else items
        n = len(kept)
        score = _mean_x100(sum(k[0] for k in kept), n)
        if score < 6000:
            continue
        tier = "A" if mandated or score >= 8500 else "B" if score >= 7500 else "C"
        ranked.append((tier, -score, -_mean_x100(sum(k[2] for k in kept), n),
                       -_mean_x100(sum(k[3] for k in kept), n), submitted_on, code, requested))
    ranked.sort()
    return ranked


def floor_plan(conn: sqlite3.Connection, meeting_id: int, budget_cents: int) -> list[str]:
    left, funded = budget_cents, []
    for *_, code, requested in floor_rank(conn, meeting_id):
        if requested <= left:
            left -= requested
            funded.append(code)
    return funded


# --------------------------------------------------------------------------- measuring



def _greedy_walk(ranked: list[tuple], budget_cents: int) -> int:
    left = budget_cents
    for *_, requested in ranked:
        if requested <= left:
            left -= requested
    return left
