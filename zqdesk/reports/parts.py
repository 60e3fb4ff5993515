"""Building blocks every document uses: the red head, titles, paragraphs, headings, the
signature block and signature lines."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from zqdesk.reports.styles import BODY_SIZE, GRID_LINE, RED, Styles
from zqdesk.reports.text import RIGHT, Text, TextStyle, measure


class RedHead(Flowable):
    """发文机关标志 in red, the document number two lines below it and the red rule 4 mm
    under the number (GB/T 9704 §7.2.3–7.2.5). The mark's top lies 35 mm below the top of
    the text block."""

    def __init__(self, mark: str, number: str, styles: Styles, blank_number: bool = False):
        super().__init__()
        self.mark = mark
        self.number = number
        self.styles = styles
        self.blank_number = blank_number
        self.mark_style = TextStyle(styles.fonts.title, 1.0, 1.0, fallbacks=styles.title.fallbacks, color=RED)
        self.number_style = styles.plain

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        unit = measure(self.mark, self.mark_style)  # width of the mark at 1 pt
        self.mark_size = min(36.0, avail_width * 0.96 / unit)
        self.height = 35 * mm + self.mark_size + 2 * GRID_LINE + BODY_SIZE + 4 * mm + 1.0
        return avail_width, self.height

    def draw(self):
        canvas = self.canv
        top = self.height
        mark_base = top - 35 * mm - self.mark_size * 0.88
        canvas.saveState()
        canvas.setFillColor(RED)
        canvas.setFont(self.mark_style.font, self.mark_size)
        canvas.drawCentredString(self.width / 2, mark_base, self.mark)
        canvas.setFillColorRGB(0, 0, 0)
        number_base = mark_base - 2 * GRID_LINE - BODY_SIZE * 0.88
        style = self.number_style
        canvas.setFont(style.font, style.size)
        canvas.drawCentredString(self.width / 2, number_base, self.number)
        if self.blank_number:
            # The clerk fills the serial number in by hand: underline its blank.
            width = measure(self.number, style)
            right = self.width / 2 + width / 2 - style.size
            canvas.setLineWidth(0.5)
            canvas.line(right - 3 * style.size, number_base - 2, right, number_base - 2)
        canvas.setStrokeColor(RED)
        canvas.setLineWidth(1.0)
        rule = number_base - BODY_SIZE * 0.12 - 4 * mm
        canvas.line(0, rule, self.width, rule)
        canvas.restoreState()


def title(text: str, styles: Styles) -> Text:
    """The document title; ``\\n`` in the text sets where its lines break (词意完整)."""
    return Text(text, styles.title)


def para(text: str, styles: Styles) -> Text:
    return Text(text, styles.body)


def plain(text: str, styles: Styles) -> Text:
    return Text(text, styles.plain)


def heading(text: str, styles: Styles, level: int = 1) -> list[Flowable]:
    """一、 headings in Hei, （一） headings in Kai; never the last line of a page.

    A conditional page break rather than keep-with-next: keeping a heading with a long
    paragraph would move the whole paragraph and leave half a page empty."""
    style = styles.heading1 if level == 1 else styles.heading2
    return [CondPageBreak(3 * GRID_LINE), Text(text, style)]


def blank_lines(count: float = 1.0) -> Spacer:
    return Spacer(1, GRID_LINE * count)


def signature_block(organ: str, date_text: str, styles: Styles, closing: list[Flowable] | None = None) -> KeepTogether:
    """Issuer and date, the date four characters in from the right and the issuer centred
    over it (GB/T 9704 §7.3.5), with room above for the seal."""
    date_style = styles.signature.but(right_indent=4 * BODY_SIZE)
    date_width = measure(date_text, date_style)
    organ_width = measure(organ, date_style)
    organ_indent = max(0.0, 4 * BODY_SIZE + date_width / 2 - organ_width / 2)
    parts = list(closing or [])
    parts += [blank_lines(2), Text(organ, date_style.but(right_indent=organ_indent)), Text(date_text, date_style)]
    return KeepTogether(parts)


def right(text: str, style: TextStyle) -> Text:
    return Text(text, style.but(align=RIGHT, first_indent=0.0))
