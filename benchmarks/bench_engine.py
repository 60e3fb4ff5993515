#!/usr/bin/env python
"""Engine benchmark (SPEC §12): import, rank and plan at 2,000 projects × 15 experts,
each beside a plain-library floor.

    .venv/bin/python benchmarks/bench_engine.py            # 2,000 projects × 15 experts
    .venv/bin/python benchmarks/bench_engine.py --quick    # 200 projects, a smoke run

What is timed (time.perf_counter; best of --repeat runs, import once unless --repeat-import):

import   the services `zqdesk-cli projects/experts/scores import` call, into a fresh database:
         import_projects + run_precheck, import_experts, import_scores.
         floor: the same files read with the same reader (zqdesk.io.table.read_table:
         openpyxl read-only for xlsx, the csv module for CSV), cells turned into column values
         with no checking, and inserted with plain sqlite3 executemany into equivalent tables
         (same pragmas, same unique indexes), one transaction per file.
rank     meeting_results(meeting_id) on the imported database.
         floor: one SQL aggregate (SUM of points per project and expert over submitted,
         non-recused sheets, with the necessity and feasibility sub-sums), then in Python the
         trimmed mean per project in integer arithmetic, pass mark, tier and a sort on the
         §6.7 key.  No rules, no agreement statistics: it is a floor, not a re-implementation.
plan     meeting_results + the exact-knapsack alternative (greedy_plan runs inside
         meeting_results), i.e. what the plan screen shows.
         floor: the rank floor plus a plain greedy walk over the ranked projects in cents.
         Also shown: greedy_plan + optimal_alternative alone on ready outcomes.

Peak memory of meeting_results (and of the rank floor) is measured with tracemalloc in a
separate run, as tracing slows everything down.

The target is rank and plan within 2× their floor.  Nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import csv
import gc
import platform
import random
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

from zqdesk.core.plan import greedy_plan, optimal_alternative  # noqa: E402
from zqdesk.core.types import Criterion  # noqa: E402
from zqdesk.core.vocab import (  # noqa: E402
    CATEGORIES, FUNDING_FINANCING, FUNDING_MUNICIPAL, FUNDING_NATIONAL, NATURES, PLAN_ELEMENTS, SUB_TYPES, Kind,
)
from zqdesk.io.columns import EXPERT_COLUMNS, PROJECT_COLUMNS, score_columns  # noqa: E402
from zqdesk.services import meetings, panel, projects, results, scoring  # noqa: E402
from zqdesk.services.meetings import seed_criteria  # noqa: E402
from zqdesk.storage.db import PRAGMAS, close_database  # noqa: E402

from engine_floor import LIST_SEP, _greedy_walk, floor_import, floor_plan, floor_rank  # noqa: E402

PLAN_YEAR = 2027
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = ("建国", "晓峰", "志强", "丽娟", "伟", "芳", "海波", "明", "静", "磊", "红梅", "国华", "燕", "勇", "秀英")


# --------------------------------------------------------------------------- the workload


@dataclass
class Workload:
    """The generated meeting: spreadsheet rows keyed by column name, and the facts the
    floors and the summary need."""

    projects: list[dict] = field(default_factory=list)
    experts: list[dict] = field(default_factory=list)
    scores: list[dict] = field(default_factory=list)
    recusals: int = 0
    budget: Decimal = Decimal(0)


def _points(rng: random.Random, quality: float, maximum: int) -> str:
    raw = quality * maximum + rng.gauss(0, maximum * 0.08)
    halves = round(max(0, min(maximum, raw)) * 2)
    return format(Decimal(halves) / 2, "f")


def generate(n_projects: int, n_experts: int, criteria: list[Criterion], seed: int) -> Workload:
    """n_projects applications from ~n/8 units touching every rule now and then, a panel of
    n_experts (two of them from applying units, two declaring recusals), and one score row per
    expert and scoreable project."""
    rng = random.Random(seed)
    work = Workload()
    units = [f"钦州市第{k:03d}号建设单位" for k in range(max(20, n_projects // 8))]
    quality: dict[str, float] = {}
    for i in range(1, n_projects + 1):
        code = f"ZQ-{PLAN_YEAR}-{i:04d}"
        special = rng.random() < 0.05
        total = Decimal(rng.randrange(5_000, 200_000)) / 100
        requested = (total * Decimal(rng.uniform(0.3, 0.8))).quantize(Decimal("0.01"))
        if special:
            submitted = date(PLAN_YEAR - 1, 11, rng.randint(1, 20))
        elif rng.random() < 0.03:
            submitted = date(PLAN_YEAR - 1, 10, rng.randint(1, 20))  # R1 late
        else:
            submitted = date(PLAN_YEAR - 1, 9, rng.randint(1, 30))
        draw = rng.random()
        funding = FUNDING_NATIONAL if draw < 0.02 else FUNDING_FINANCING if draw < 0.17 else FUNDING_MUNICIPAL
        no_sharing = rng.random() < 0.03  # R6 veto
        elements = PLAN_ELEMENTS if total >= 500 or rng.random() > 0.08 else PLAN_ELEMENTS[:5]  # R3
        classified = rng.random() < 0.03
        work.projects.append({
            "项目编号": code,
            "项目名称": f"智慧钦州建设项目第{i}号（{rng.choice(SUB_TYPES)}）",
            "建设单位": rng.choice(units),
            "单位类型": "市直部门",
            "申报类型": "专项申报" if special else "年度申报",
            "计划年度": PLAN_YEAR,
            "项目类别": rng.choice(CATEGORIES),
            "建设内容类型": rng.choice(SUB_TYPES),
            "建设性质": rng.choice(NATURES),
            "总投资(万元)": float(total),
            "申请市级资金(万元)": float(requested),
            "资金来源": funding,
            "申报日期": datetime(submitted.year, submitted.month, submitted.day),
            "部署方式": LIST_SEP.join(("电子政务外网", "云计算中心")),
            "自建基础设施": "机房" if rng.random() < 0.03 else None,  # R5 veto
            "共享需求分析": None if no_sharing else "与市大数据中心共享业务数据，明确共享目录和接口，支撑跨部门业务协同。",
            "共享部门": None if no_sharing else LIST_SEP.join(("市大数据发展局", "市政务服务中心")),
            "是否涉密": "是" if classified else "否",
            "等保级别": None if classified or rng.random() < 0.02 else rng.choice((2, 3)),
            "实施方案要素": LIST_SEP.join(elements),
            "编制单位具备资质": "是",
            "上级要求": "是" if rng.random() < 0.02 else "否",
            "需求紧迫": "是" if special and rng.random() < 0.5 else "否",
            "备注": None,
        })
        quality[code] = rng.uniform(0.4, 0.97)

    unit_of = {p["项目编号"]: p["建设单位"] for p in work.projects}
    codes = list(unit_of)
    own_unit = {3: units[0], 7: units[1]}  # automatic recusals
    declared = {5: tuple(rng.sample(codes, 3)), 11: tuple(rng.sample(codes, 2))}
    for k in range(n_experts):
        name = SURNAMES[k % len(SURNAMES)] + GIVEN[k % len(GIVEN)] + ("" if k < len(GIVEN) else str(k))
        work.experts.append({
            "姓名": name,
            "单位": own_unit.get(k, f"北部湾专家库第{k:02d}组"),
            "职称": "高级工程师",
            "代表部门": "特邀专家",
            "角色": "组长" if k == 0 else "成员",
            "回避项目": LIST_SEP.join(declared.get(k, ())) or None,
            "联系电话": f"0777-28{k:05d}",
        })

    labels = {c.key: c.label for c in criteria}
    for k, expert in enumerate(work.experts):
        harsh = k == n_experts - 2  # one stricter expert, so the deviation checks have work
        for code in codes:
            project = work.projects[int(code[-4:]) - 1]
            if unit_of[code] == expert["单位"] or code in declared.get(k, ()):
                work.recusals += 1
                continue
            if project["资金来源"] == FUNDING_NATIONAL:
                continue  # record-only: not scored (the import would refuse the row)
            q = quality[code] - (0.2 if harsh else 0) + rng.gauss(0, 0.03)
            row = {labels[c.key]: _points(rng, q, int(c.max_points)) for c in criteria}
            row.update({
                "专家": expert["姓名"], "项目编号": code,
                "评审建议": "同意" if q >= 0.7 else "修改完善后同意" if q >= 0.55 else "不同意",
                "评审意见": "建设必要，方案基本可行。" if q >= 0.7 else "方案需进一步完善。",
                "偏离说明": None,
            })
            work.scores.append(row)
    requested_total = sum(Decimal(str(p["申请市级资金(万元)"])) for p in work.projects)
    work.budget = (requested_total * Decimal("0.35")).quantize(Decimal("1"))
    return work


def write_xlsx(path: Path, header: list[str], rows: list[dict]) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("数据")
    sheet.append(header)
    for row in rows:
        sheet.append([row.get(name) for name in header])
    workbook.save(path)


def write_csv(path: Path, header: list[str], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if row.get(name) is None else row[name] for name in header])


@dataclass(frozen=True)
class Files:
    projects: Path
    experts: Path
    scores: Path


def write_files(folder: Path, work: Workload, criteria: list[Criterion], scores_format: str) -> Files:
    files = Files(folder / "projects.xlsx", folder / "experts.xlsx", folder / f"scores.{scores_format}")
    write_xlsx(files.projects, [c.name for c in PROJECT_COLUMNS], work.projects)
    write_xlsx(files.experts, [c.name for c in EXPERT_COLUMNS], work.experts)
    score_header = [c.name for c in score_columns(criteria)]
    if scores_format == "csv":
        write_csv(files.scores, score_header, work.scores)
    else:
        write_xlsx(files.scores, score_header, work.scores)
    return files


# --------------------------------------------------------------------------- zqdesk


def new_meeting(db_path: Path, budget: Decimal) -> int:
    close_database()
    meetings.init_database(db_path)
    meeting = meetings.create_meeting(meetings.MeetingSettings(
        name=f"{PLAN_YEAR}年度“智慧钦州”建设项目综合评估会（基准测试）", kind=Kind.ANNUAL,
        plan_year=PLAN_YEAR, budget=budget, held_on=date(PLAN_YEAR - 1, 11, 20),
    ))
    return meeting.id


def zqdesk_import(db_path: Path, files: Files, budget: Decimal) -> tuple[int, dict[str, float]]:
    """The CLI's import sequence through the services; seconds per step."""
    meeting_id = new_meeting(db_path, budget)
    steps = {}
    t = time.perf_counter()
    projects.import_projects(meeting_id, files.projects)
    projects.run_precheck(meeting_id)  # `projects import` runs the pre-check too
    steps["projects"] = time.perf_counter() - t
    t = time.perf_counter()
    panel.import_experts(meeting_id, files.experts)
    steps["experts"] = time.perf_counter() - t
    t = time.perf_counter()
    scoring.import_scores(meeting_id, files.scores, paper_signed=True)
    steps["scores"] = time.perf_counter() - t
    return meeting_id, steps


def zqdesk_plan(meeting_id: int):
    outcome = results.meeting_results(meeting_id)
    return outcome, outcome.alternative()


def plan_only(outcome) -> None:
    plan = greedy_plan(outcome.outcomes, outcome.plan.envelopes)
    optimal_alternative(outcome.outcomes, plan)


def best_of(repeat: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t)
    return best


def peak_memory(run: Callable[[], object]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    from zqdesk.services.access import SYSTEM, set_actor

    set_actor(SYSTEM)  # a measurement, not a person: no sign-in
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="200 projects: a fast smoke run")
    parser.add_argument("--projects", type=int, help="number of projects (default 2000, 200 with --quick)")
    parser.add_argument("--experts", type=int, default=15)
    parser.add_argument("--repeat", type=int, default=3, help="runs of rank and plan; the best counts")
    parser.add_argument("--repeat-import", type=int, default=None,
                        help="runs of the import (default 1, 3 with --quick)")
    parser.add_argument("--scores-format", choices=("csv", "xlsx"), default="csv")
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--keep", type=Path, help="write the files and databases here and keep them")
    args = parser.parse_args(argv)
    n_projects = args.projects or (200 if args.quick else 2000)
    repeat_import = args.repeat_import or (3 if args.quick else 1)

    criteria = seed_criteria()[1]
    print(f"zqdesk engine benchmark: {n_projects} projects × {args.experts} experts, "
          f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {platform.machine()}")
    with tempfile.TemporaryDirectory(prefix="zqdesk-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        work = generate(n_projects, args.experts, criteria, args.seed)
        files = write_files(folder, work, criteria, args.scores_format)
        print(f"generated and wrote {len(work.projects)} projects, {len(work.experts)} experts, "
              f"{len(work.scores)} score rows ({len(work.scores) * len(criteria)} criterion scores), "
              f"{work.recusals} recusals, budget {work.budget}万元 in {time.perf_counter() - t:.1f} s")

        # 1. import
        imports, floors = [], []
        for attempt in range(repeat_import):
            db_path = folder / f"zqdesk-{attempt}.sqlite3"
            floor_path = folder / f"floor-{attempt}.sqlite3"
            for p in (db_path, floor_path):
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{p}{suffix}").unlink(missing_ok=True)
            gc.collect()
            meeting_id, steps = zqdesk_import(db_path, files, work.budget)
            imports.append(steps)
            gc.collect()
            floors.append(floor_import(floor_path, files, criteria))
        best = {k: min(s[k] for s in imports) for k in imports[0]}
        best_floor = {k: min(s[k] for s in floors) for k in floors[0]}

        # 2. rank and 3. plan, on the last imported database
        raw = sqlite3.connect(db_path)
        for name, value in PRAGMAS:
            raw.execute(f"PRAGMA {name}={value}")
        budget_cents = int(work.budget * 100)
        outcome = results.meeting_results(meeting_id)  # warm-up, and a sanity check below
        funded = floor_plan(raw, meeting_id, budget_cents)
        passed = [o for o in outcome.outcomes if o.rank is not None]
        if [o.project.code for o in passed] != [r[5] for r in floor_rank(raw, meeting_id)]:
            print("note: the floor's ranking differs from zqdesk's (rules veto/block some projects the floor "
                  "passes); the floor is a cost floor, not a second opinion")
        rank_s = best_of(args.repeat, lambda: results.meeting_results(meeting_id))
        rank_floor_s = best_of(args.repeat, lambda: floor_rank(raw, meeting_id))
        plan_s = best_of(args.repeat, lambda: zqdesk_plan(meeting_id))
        plan_floor_s = best_of(args.repeat, lambda: floor_plan(raw, meeting_id, budget_cents))
        plan_only_s = best_of(args.repeat, lambda: plan_only(outcome))
        ranked = floor_rank(raw, meeting_id)
        greedy_only_s = best_of(args.repeat, lambda: _greedy_walk(ranked, budget_cents))
        rank_peak = peak_memory(lambda: results.meeting_results(meeting_id))
        floor_peak = peak_memory(lambda: floor_rank(raw, meeting_id))
        raw.close()
        close_database()

    print(f"scored projects {sum(1 for o in outcome.outcomes if o.result.score is not None)}, "
          f"passed {len(passed)}, funded {len(outcome.plan.funded)} (floor greedy: {len(funded)}), "
          f"Kendall's W {None if outcome.concordance.w is None else round(float(outcome.concordance.w), 4)}")
    print()
    table = [
        ("import: projects (+pre-check)", best["projects"], best_floor["projects"]),
        ("import: experts", best["experts"], best_floor["experts"]),
        (f"import: scores ({args.scores_format})", best["scores"], best_floor["scores"]),
        ("import: total", sum(best.values()), sum(best_floor.values())),
        ("rank: meeting_results", rank_s, rank_floor_s),
        ("plan: results + greedy + knapsack", plan_s, plan_floor_s),
        ("plan: greedy + knapsack only (floor: greedy walk)", plan_only_s, greedy_only_s),
    ]
    runs = f"import best of {repeat_import}, rank/plan best of {args.repeat}"
    print(f"{'step':50} {'seconds':>9} {'floor s':>9} {'ratio':>7}   ({runs})")
    for step, seconds, floor in table:
        print(f"{step:50} {seconds:9.3f} {floor:9.3f} {seconds / floor:7.1f}")
    print(f"\npeak memory (tracemalloc) rank: meeting_results {rank_peak / 2**20:.1f} MiB, "
          f"floor {floor_peak / 2**20:.1f} MiB")
    target = {"rank": rank_s / rank_floor_s, "plan": plan_s / plan_floor_s}
    verdict = ", ".join(f"{k} {v:.1f}× ({'within' if v <= 2 else 'over'} 2×)" for k, v in target.items())
    print(f"target rank and plan within 2× the floor: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
