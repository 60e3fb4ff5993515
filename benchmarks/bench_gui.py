#!/usr/bin/env python
"""GUI benchmark: time to first window, and loading and sorting the results table at
2,000 projects × 15 experts. Prints figures; nothing here passes or fails.

    .venv/bin/python benchmarks/bench_gui.py              # 2,000 projects × 15 experts
    .venv/bin/python benchmarks/bench_gui.py --quick      # 200 projects

1. First window, each in a fresh process, from interpreter start to the window painted
   (median of --starts runs):
   - floor: a bare PySide6 QApplication + QMainWindow with one label;
   - zqdesk: create_application (translators, bundled CJK fonts), MainWindow on the demo
     database, a signed-in clerk, the 会议 page loaded.
2. Results table on a generated meeting (the engine benchmark's generator and import):
   - engine: meeting_results (runs in a worker thread in the app);
   - rows: result_rows (the table's row objects);
   - model: ResultsTableModel.set_rows;
   - sort: the proxy sorted by disagreement (span ↓), then by score ↓, then by rank,
     each with cold sort-key caches; and with a QTableView showing the proxy.
   floor for the sort: Python's sorted() on the same 2,000 keys.
3. The clerk's grid (issue #12) on a meeting where one expert's paper sheet is still to be
   typed (the other 14 imported and submitted): the whole window signed in as the clerk, the
   grid opened on that expert, then values typed and Enter pressed into successive cells
   (the recommendation by Down + Enter), at a person's pace (--think-ms between keys, so the
   window's timers, background reloads and their callbacks run as they would).
   - open: choosing the expert until the caret is in the first open cell;
   - keystroke / Enter: the key sent to the focused widget plus the events it posted,
     on the UI thread (median and worst);
   - longest stall: the longest the UI thread was busy while nobody typed (a 5 ms heartbeat);
   floor: the bare services.scoring.enter_score for the same cells.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = r"""
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("智慧钦州")); w.resize(1360, 860); w.show()
app.processEvents(); w.grab()
print(time.time() - t0)
"""

ZQDESK = r"""
import time, sys, os
t0 = float(sys.argv[1])
os.environ["ZQDESK_HOME"] = sys.argv[2]
from zqdesk import netguard
netguard.forbid_network()
from zqdesk.gui.app import create_application
app = create_application([])
from zqdesk.gui.mainwindow import MainWindow
from zqdesk.gui import tasks
from zqdesk.services.access import Actor, ActorRole
w = MainWindow(); w.show()
w.open_path(sys.argv[3], create=False)
w.session.meeting_id = 1
w.session.sign_in_staff(Actor("基准测试", ActorRole.CLERK))
app.processEvents(); w.grab()
print(time.time() - t0)
tasks.wait_all()
"""


def first_window(script: str, args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", script, repr(time.time()), *args],
                             capture_output=True, text=True, check=True, env={**os.environ})
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def load_engine_bench():
    spec = importlib.util.spec_from_file_location("bench_engine", ROOT / "benchmarks" / "bench_engine.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_engine"] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


def build_meeting(folder: Path, projects: int, experts: int, untyped: int = 0,
                  name: str = "bench") -> tuple[Path, int]:
    """The engine benchmark's workload imported through the services; the paper sheets of
    the last `untyped` experts are left out (still to be typed in the clerk's grid)."""
    engine = load_engine_bench()
    from zqdesk.services.access import SYSTEM, acting_as
    from zqdesk.services.meetings import seed_criteria

    criteria = seed_criteria()[1]
    work = engine.generate(projects, experts, criteria, 2027)
    if untyped:
        left_out = {e["姓名"] for e in work.experts[-untyped:]}
        work.scores = [row for row in work.scores if row["专家"] not in left_out]
    sub = folder / name
    sub.mkdir(parents=True, exist_ok=True)
    files = engine.write_files(sub, work, criteria, "csv")
    db = folder / f"{name}.sqlite3"
    with acting_as(SYSTEM):
        meeting_id, _steps = engine.zqdesk_import(db, files, work.budget)
    return db, meeting_id


def clerk_window(db: Path, meeting_id: int):
    """The main window on `db`, the meeting open, a clerk signed in, its first readings done."""
    from PySide6.QtWidgets import QApplication

    from zqdesk.gui import tasks
    from zqdesk.gui.mainwindow import MainWindow
    from zqdesk.services.access import Actor, ActorRole

    window = MainWindow()
    window.resize(1360, 860)
    window.show()
    window.open_path(db, create=False)
    window.session.meeting_id = meeting_id
    window.session.sign_in_staff(Actor("基准测试", ActorRole.CLERK))
    tasks.wait_all()
    QApplication.processEvents()
    return window


def timed(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def results_table(db: Path, meeting_id: int, repeat: int) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from zqdesk.gui.app import create_application
    from zqdesk.gui.models.base import FilterProxy, SortRole
    from zqdesk.gui.models.results import ResultsTableModel, result_rows
    from zqdesk.services.access import Actor, ActorRole, set_actor
    from zqdesk.services.results import meeting_results
    from zqdesk.storage.db import open_database

    create_application([])
    open_database(db)
    set_actor(Actor("基准测试", ActorRole.CLERK))
    figures: dict[str, float] = {}
    results = meeting_results(meeting_id)
    figures["engine: meeting_results"] = timed(lambda: meeting_results(meeting_id), repeat)
    rows = result_rows(results)
    figures["rows: result_rows"] = timed(lambda: result_rows(results), repeat)
    model = ResultsTableModel()
    model.set_criteria(results.criteria)
    figures["model: set_rows"] = timed(lambda: model.set_rows(rows), repeat)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    score = model.score_column()

    def sort_all() -> None:
        model.set_rows(rows)  # cold sort-key caches
        proxy.sort(model.span_column(), Qt.SortOrder.DescendingOrder)
        proxy.sort(score, Qt.SortOrder.DescendingOrder)
        proxy.sort(0, Qt.SortOrder.AscendingOrder)

    figures["sort: 3 columns, cold caches"] = timed(sort_all, repeat)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1360, 800)
    view.show()
    QApplication.processEvents()

    def view_sort() -> None:
        model.set_rows(rows)
        view.sortByColumn(model.span_column(), Qt.SortOrder.DescendingOrder)
        QApplication.processEvents()
        view.grab()

    figures["view: reset + sort + paint"] = timed(view_sort, repeat)
    keys = [model.data(model.index(r, model.span_column()), SortRole) for r in range(model.rowCount())]
    figures["floor: sorted() on the span keys"] = timed(lambda: sorted(range(len(keys)), key=keys.__getitem__), repeat)
    figures.update(page_loads(db, meeting_id, repeat))
    figures["rows"] = float(model.rowCount())
    return figures


def page_loads(db: Path, meeting_id: int, repeat: int) -> dict[str, float]:
    """The main-thread part of showing each big page (what could freeze the window): the
    worker's result handed to the page's callback, tables filled, sorted, columns fitted."""
    from PySide6.QtWidgets import QApplication

    from zqdesk.gui import tasks
    from zqdesk.gui.pages.discussion import load_results
    from zqdesk.gui.pages.documents import load_opinions
    from zqdesk.gui.pages.plan import load_plan
    from zqdesk.gui.pages.projects import load_rows

    window = clerk_window(db, meeting_id)
    key = window.session.results_key()
    figures = {}
    for name, page_key, load in (
        ("项目", "projects", lambda: load_rows(key)),
        ("汇总讨论", "discussion", lambda: load_results(meeting_id, key)),
        ("年度计划", "plan", lambda: load_plan(key)),
        ("文书", "documents", lambda: load_opinions(meeting_id, key)),
    ):
        page = window.pages[page_key]
        window.go_to(page_key)
        tasks.wait_all()
        QApplication.processEvents()
        loaded = load()  # the worker's part, not timed here

        def show(page=page, loaded=loaded) -> None:
            if hasattr(page, "_fitted"):
                page._fitted = False  # time the first display, columns fitted included
            page._loaded(loaded)
            QApplication.processEvents()
            page.grab()

        figures[f"page {name}: main-thread part"] = timed(show, repeat)
    tasks.wait_all()
    window.close()
    return figures


class Heartbeat:
    """A 5 ms timer on the UI thread: the longest gap between its ticks is the longest the
    thread was busy with something else."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = None
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last is not None:
            self.longest = max(self.longest, now - self.last - 0.005)
        self.last = now

    def start(self) -> None:
        self.last = None
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def drain() -> None:
    """What a key posted (layouts, repaints, queued slots), handled before the next key."""
    from PySide6.QtWidgets import QApplication

    QApplication.sendPostedEvents()
    QApplication.processEvents()
    QApplication.processEvents()


def grid_enter(db: Path, meeting_id: int, enters: int, think_ms: int) -> dict[str, list[float] | float]:
    """The clerk types one expert's paper sheet into the grid, as in the window."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

    from zqdesk.gui import tasks
    from zqdesk.services import panel

    window = clerk_window(db, meeting_id)
    window.go_to("scoring")
    page = window.pages["scoring"]
    page.tabs.setCurrentWidget(page.grid)
    tasks.wait_all()
    QApplication.processEvents()
    grid = page.grid
    last = panel.panel(meeting_id)[-1].expert_id  # the sheet left untyped by build_meeting
    window.activateWindow()

    def wait(condition, seconds: float = 60.0) -> None:
        deadline = time.perf_counter() + seconds
        while not condition():
            if time.perf_counter() > deadline:
                raise RuntimeError("the grid did not get there")
            QTest.qWait(1)

    t = time.perf_counter()
    grid.expert.setCurrentIndex(grid.expert.findData(last))
    wait(lambda: grid.model is not None and grid.model.rowCount() > 0
         and isinstance(QApplication.focusWidget(), QLineEdit))
    opened = time.perf_counter() - t
    rows = grid.model.rowCount()
    QTest.qWait(think_ms)
    keys: list[float] = []
    returns: list[float] = []
    typed: list[tuple[str, str]] = []
    heartbeat = Heartbeat()

    def think() -> None:
        heartbeat.start()
        QTest.qWait(think_ms)
        heartbeat.stop()

    on_recommendation: list[bool] = []
    for n in range(enters):
        editor = QApplication.focusWidget()
        index = grid.view.currentIndex()
        on_recommendation.append(isinstance(editor, QComboBox))
        if isinstance(editor, QComboBox):
            t = time.perf_counter()
            QTest.keyClick(editor, Qt.Key.Key_Down)
            drain()
            keys.append(time.perf_counter() - t)
            think()
        elif isinstance(editor, QLineEdit):
            criterion = grid.model.criterion_at(index.column())
            typed.append((grid.model.line(index.row()).code, criterion.key))
            for char in str(5 + n % 15):
                t = time.perf_counter()
                QTest.keyClick(editor, char)
                drain()
                keys.append(time.perf_counter() - t)
                think()
        else:
            raise RuntimeError(f"no editor in the grid after {n} Enters: {editor!r}")
        t = time.perf_counter()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        drain()
        returns.append(time.perf_counter() - t)
        think()
    stall = heartbeat.longest
    tasks.wait_all()
    window.close()
    QApplication.processEvents()
    return {"open": opened, "rows": float(rows), "keys": keys, "enters": returns, "stall": stall,
            "typed": typed, "on_recommendation": on_recommendation}


def enter_score_floor(meeting_id: int, expert_id: int, cells: list[tuple[str, str]]) -> list[float]:
    """The bare service call for the same cells (a value different from the one typed)."""
    from decimal import Decimal

    from zqdesk.services import scoring
    from zqdesk.services.access import Actor, ActorRole, set_actor

    set_actor(Actor("基准测试", ActorRole.CLERK))
    times = []
    for code, key in cells:
        t = time.perf_counter()
        scoring.enter_score(meeting_id, expert_id, code, key, Decimal(3))
        times.append(time.perf_counter() - t)
    return times


def grid_figures(folder: Path, projects: int, experts: int, enters: int, think_ms: int, runs: int) -> None:
    from zqdesk.services import panel
    from zqdesk.services.access import Actor, ActorRole, set_actor
    from zqdesk.storage.db import close_database, open_database

    name = f"grid-{projects}x{experts}"
    base = folder / f"{name}.sqlite3"
    t = time.perf_counter()
    if base.exists():
        meeting_id = 1
        print(f"clerk's grid: reusing {base}")
    else:
        base, meeting_id = build_meeting(folder, projects, experts, untyped=1, name=name)
        close_database()
        print(f"clerk's grid: generated and imported {projects} projects × {experts} experts "
              f"(the last expert's sheet left to type) in {time.perf_counter() - t:.1f} s")
    opens, keys, returns, stalls, floor, kinds = [], [], [], [], [], []
    rows = 0
    for _ in range(runs):
        work = folder / f"{name}-run.sqlite3"
        shutil.copyfile(base, work)
        out = grid_enter(work, meeting_id, enters, think_ms)
        opens.append(out["open"])
        keys += out["keys"]
        returns += out["enters"]
        kinds += out["on_recommendation"]
        stalls.append(out["stall"])
        rows = int(out["rows"])
        open_database(work)
        set_actor(Actor("基准测试", ActorRole.CLERK))
        expert_id = panel.panel(meeting_id)[-1].expert_id
        floor += enter_score_floor(meeting_id, expert_id, out["typed"])
        close_database()

    def ms(values: list[float]) -> str:
        return f"median {statistics.median(values) * 1000:7.1f} ms, worst {max(values) * 1000:7.1f} ms"

    base_floor = statistics.median(floor)
    print(f"clerk's grid, {rows} rows × 4 criteria, {runs} run(s) of {enters} Enters, "
          f"{think_ms} ms between keys")
    print(f"  open (expert chosen → caret in a cell)  median {statistics.median(opens) * 1000:7.0f} ms")
    print(f"  keystroke in a cell                     {ms(keys)}   (n={len(keys)})")
    print(f"  Enter: save, move on                    {ms(returns)}   (n={len(returns)}, "
          f"median {statistics.median(returns) / base_floor:.1f}× the floor)")
    scores = [t for t, rec in zip(returns, kinds) if not rec]
    recommendations = [t for t, rec in zip(returns, kinds) if rec]
    print(f"    of which on a score                   {ms(scores)}   (n={len(scores)})")
    if recommendations:
        print(f"    of which on the recommendation        {ms(recommendations)}   (n={len(recommendations)}; "
              "the next line's first cell follows)")
    print(f"  longest UI stall between keys           {max(stalls) * 1000:7.1f} ms")
    print(f"  floor: scoring.enter_score, same cells  {ms(floor)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--projects", type=int)
    parser.add_argument("--experts", type=int, default=15)
    parser.add_argument("--starts", type=int, default=5, help="process starts per first-window figure")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the generated files and databases here "
                        "(the grid's meeting is reused from there on the next run)")
    parser.add_argument("--grid-only", action="store_true", help="only the clerk's grid figures")
    parser.add_argument("--enters", type=int, default=30, help="Enters per grid run")
    parser.add_argument("--grid-runs", type=int, default=1, help="grid runs, each on a fresh copy")
    parser.add_argument("--think-ms", type=int, default=100, help="pause between keys in the grid")
    args = parser.parse_args(argv)
    projects = args.projects or (200 if args.quick else 2000)
    with tempfile.TemporaryDirectory(prefix="zqdesk-bench-gui-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        home = folder / "home"
        home.mkdir(exist_ok=True)
        os.environ["ZQDESK_HOME"] = str(home)
        from zqdesk.services.demo import build_demo
        from zqdesk.storage.db import close_database

        demo = home / "demo.sqlite3"
        if not demo.exists():
            build_demo(demo)
            close_database()
        print(f"zqdesk GUI benchmark — Python {sys.version.split()[0]}, "
              f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}")
        if args.grid_only:
            from zqdesk.gui.app import create_application

            create_application([])
            grid_figures(folder, projects, args.experts, args.enters, args.think_ms, args.grid_runs)
            return 0
        bare = first_window(BARE, [], args.starts)
        ours = first_window(ZQDESK, [str(home), str(demo)], args.starts)
        print(f"first window (median of {args.starts} process starts)")
        print(f"  bare PySide6 window      {bare * 1000:8.0f} ms")
        print(f"  zqdesk on the demo       {ours * 1000:8.0f} ms   ({ours / bare:.1f}× the floor)")
        t = time.perf_counter()
        db, meeting_id = build_meeting(folder, projects, args.experts)
        close_database()
        print(f"generated and imported {projects} projects × {args.experts} experts in "
              f"{time.perf_counter() - t:.1f} s")
        figures = results_table(db, meeting_id, args.repeat)
        rows = int(figures.pop("rows"))
        print(f"results table, {rows} rows (best of {args.repeat})")
        for name, seconds in figures.items():
            print(f"  {name:36s} {seconds * 1000:8.1f} ms")
        grid_figures(folder, projects, args.experts, args.enters, args.think_ms, args.grid_runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
