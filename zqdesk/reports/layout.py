"""Pages of a government document: A4, the GB/T 9704 text block, page numbers, the
fingerprint footer, and sections that restart the page count.

GB/T 9704-2012 §5.2 and §7.5: top margin 37 mm, binding (left) margin 28 mm, text block
156 × 225 mm; page numbers in 4号 Song as "— 1 —", 7 mm below the text block, right on odd
pages and left on even ones, one character in from the edge. A landscape table page turns
the block with the page, its top towards the binding edge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

import zqdesk
from zqdesk.reports.fingerprint import Fingerprint, report_fingerprint
from zqdesk.reports.job import Job, atomic_output
from zqdesk.reports.styles import Styles
from zqdesk.reports.text import measure

ISSUER = "钦州市发展和改革委员会"


@dataclass(frozen=True)
class Geometry:
    pagesize: tuple[float, float]
    left: float
    bottom: float
    width: float
    height: float


PORTRAIT = Geometry(A4, 28 * mm, 297 * mm - 37 * mm - 225 * mm, 156 * mm, 225 * mm)
LANDSCAPE = Geometry(landscape(A4), 35 * mm, 26 * mm, 225 * mm, 156 * mm)


@dataclass(frozen=True)
class Stamp:
    """What ties paper to the database: the content fingerprint and the audit chain's head."""

    fingerprint: Fingerprint
    audit_head: tuple[int, str] | None = None  # (records, MAC of the last record)

    def text(self) -> str:
        parts = [f"内容校验码（{self.fingerprint.algorithm}）{self.fingerprint.short}"]
        if self.audit_head:
            count, head = self.audit_head
            head = head[:16]
            parts.append(f"审计链第{count}条 " + " ".join(head[i:i + 4] for i in range(0, len(head), 4)))
        return "　".join(parts)

    def keywords(self) -> list[str]:
        words = [self.fingerprint.algorithm, self.fingerprint.hexdigest]
        if self.audit_head:
            words.append(f"audit:{self.audit_head[0]}:{self.audit_head[1]}")
        return words


def stamp_of(data) -> Stamp:
    """The stamp of a ReportData: its content fingerprint and the audit head it was read with."""
    return Stamp(report_fingerprint(data), data.audit_head)


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    subject: str
    author: str = ISSUER


class Section(Flowable):
    """Marks the first page of a document inside a bundle (one opinion, one expert's
    sheet): page numbers restart there, and it gets a bookmark for the preview."""

    def __init__(self, title: str, key: str):
        super().__init__()
        self.title = title
        self.key = key
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        canvas = self.canv
        canvas._zq_section_start = canvas.getPageNumber()
        canvas.bookmarkPage(self.key)
        canvas.addOutlineEntry(self.title, self.key, level=0)


class Tick(Flowable):
    """Reports units of work done when the layout reaches it (the end of one opinion)."""

    def __init__(self, job: Job, units: int = 1):
        super().__init__()
        self.job = job
        self.units = units
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        self.job.advance(self.units)


class _Document(BaseDocTemplate):
    def __init__(self, path: str, geometry: Geometry, info: DocumentInfo, stamp: Stamp, styles: Styles, job: Job):
        self._geometry = geometry
        self._stamp = stamp
        self._styles = styles
        self._job = job
        super().__init__(
            path, pagesize=geometry.pagesize, title=info.title, subject=info.subject, author=info.author,
            creator=f"zqdesk {zqdesk.__version__}", keywords=stamp.keywords(),
            invariant=1, initialFontName=styles.fonts.body, initialFontSize=styles.body.size,
            leftMargin=geometry.left, bottomMargin=geometry.bottom,
            rightMargin=geometry.pagesize[0] - geometry.left - geometry.width,
            topMargin=geometry.pagesize[1] - geometry.bottom - geometry.height,
        )
        frame = Frame(geometry.left, geometry.bottom, geometry.width, geometry.height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="block")
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._decorate)])

    def afterFlowable(self, flowable):
        self._job.check()

    def _decorate(self, canvas, doc):
        g = self._geometry
        styles = self._styles
        start = getattr(canvas, "_zq_section_start", 1)
        number = canvas.getPageNumber() - start + 1
        label = f"— {number} —"
        size = styles.page_number.size
        width = measure(label, styles.page_number)
        baseline = g.bottom - 7 * mm - size * 0.8
        if number % 2:
            x = g.left + g.width - size - width
        else:
            x = g.left + size
        canvas.saveState()
        canvas.setFont(styles.fonts.song, size)
        canvas.drawString(x, baseline, label)
        footer = styles.footer
        canvas.setFont(footer.font, footer.size)
        canvas.setFillColor(footer.color)
        stamp = self._stamp.text()
        canvas.drawCentredString(g.left + g.width / 2, max(baseline - 16, 8 * mm), stamp)
        canvas.restoreState()


def build_pdf(
    path: Path | str,
    story: Sequence[Flowable],
    *,
    info: DocumentInfo,
    stamp: Stamp,
    styles: Styles,
    job: Job,
    geometry: Geometry = PORTRAIT,
) -> Path:
    """Lay the story out into ``path``, all or nothing; raises Cancelled when asked to stop."""
    job.start()
    with atomic_output(path) as temporary:
        doc = _Document(str(temporary), geometry, info, stamp, styles, job)
        doc.build(list(story))
        job.check()
    job.finish()
    return Path(path)
