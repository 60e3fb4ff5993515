"""The plan PDF of a 2,000-project meeting against the floor: a plain reportlab Table of the
same rows (strings, no wrapping, same embedded CJK font, header repeated).

    .venv/bin/python benchmarks/bench_plan_pdf.py [--projects 2000] [--repeat 3]

Target: the plan within 1.5× of the floor. Prints the best of ``--repeat`` runs of each.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "reports"))

from report_samples import synthetic_data  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table  # noqa: E402

from zqdesk.core.money import money_text  # noqa: E402
from zqdesk.core.rules import approval_route  # noqa: E402
from zqdesk.reports.layout import PORTRAIT  # noqa: E402
from zqdesk.reports.plan import PLAN_COLUMNS, write_plan_pdf  # noqa: E402
from zqdesk.reports.styles import document_styles  # noqa: E402


def floor_pdf(data, path: Path) -> None:
    """The same rows in a plain reportlab Table: what reportlab costs before any layout care."""
    styles = document_styles()
    g = PORTRAIT
    header = [c.header for c in PLAN_COLUMNS]
    rows = [header]
    for serial, line in enumerate(data.results.plan.lines, start=1):
        p, o = line.outcome.project, line.outcome
        rows.append([str(serial), p.code, p.name, p.unit, money_text(p.total_investment), money_text(p.requested),
                     money_text(o.result.score), approval_route(p)])
    table = Table(rows, colWidths=[c.width_mm * mm for c in PLAN_COLUMNS], repeatRows=1, style=[
        ("FONT", (0, 0), (-1, -1), styles.fonts.body, 10.5),
        ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
    ])
    doc = SimpleDocTemplate(str(path), pagesize=g.pagesize, leftMargin=g.left, bottomMargin=g.bottom,
                            rightMargin=g.pagesize[0] - g.left - g.width,
                            topMargin=g.pagesize[1] - g.bottom - g.height, initialFontName=styles.fonts.body)
    doc.build([table])


def best(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = synthetic_data(args.projects)
    document_styles()  # register the fonts once, outside the timings
    with tempfile.TemporaryDirectory() as folder:
        plan_path, floor_path = Path(folder) / "plan.pdf", Path(folder) / "floor.pdf"
        floor = best(lambda: floor_pdf(data, floor_path), args.repeat)
        plan = best(lambda: write_plan_pdf(data, plan_path), args.repeat)
        from pypdf import PdfReader

        pages = len(PdfReader(plan_path).pages), len(PdfReader(floor_path).pages)
        sizes = plan_path.stat().st_size, floor_path.stat().st_size
    lines = data.results.plan.lines
    print(f"projects {args.projects}, plan rows {len(lines)} (funded {len(data.results.plan.funded)})")
    print(f"floor (plain reportlab Table): {floor:7.2f} s  {pages[1]:4d} pages  {sizes[1] / 1e6:5.2f} MB")
    print(f"plan PDF (write_plan_pdf):     {plan:7.2f} s  {pages[0]:4d} pages  {sizes[0] / 1e6:5.2f} MB")
    ratio = plan / floor
    print(f"ratio plan/floor: {ratio:.2f}× (target ≤ 1.50×) — {'OK' if ratio <= 1.5 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
