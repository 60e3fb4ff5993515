"""A plain-text paragraph flowable for Chinese documents.

Why not reportlab's Paragraph: its CJK wrapping breaks the line-start rules (see
linebreak.py), it cannot justify CJK text (it only widens spaces, and Chinese has none),
and it has no per-character fallback when a face lacks a glyph — common in people's and
units' names, which the bundled Ming face may not cover. This flowable takes one style, no
markup: text in, lines out, justified with character spacing (Tc) and compressed a little
where a style allows it (GB/T 9704's 28 characters of 3号 in a 156 mm line).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from zqdesk.reports.linebreak import Line, break_lines

LEFT, CENTER, RIGHT, JUSTIFY = "left", "center", "right", "justify"


@dataclass(frozen=True)
class TextStyle:
    """How a paragraph is set; sizes in points."""

    font: str
    size: float
    leading: float
    fallbacks: tuple[str, ...] = ()
    color: Color = black
    align: str = JUSTIFY
    first_indent: float = 0.0
    left_indent: float = 0.0
    right_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    squeeze: float = 0.0
    keep_with_next: bool = False

    def but(self, **changes) -> TextStyle:
        return replace(self, **changes)


class _Faces:
    """Which font draws each character, and its advance, for one font chain and size."""

    def __init__(self, fonts: tuple[str, ...], size: float):
        self.fonts = fonts
        self.size = size
        faces = [pdfmetrics.getFont(name).face for name in fonts]
        self._maps = [face.charToGlyph for face in faces]
        self._widths = [face.charWidths for face in faces]
        self._defaults = [face.defaultWidth for face in faces]
        self._cache: dict[str, tuple[float, int]] = {}
        self.advance: dict[str, float] = {}  # the width of every character seen so far
        primary = faces[0]
        # Centre the em box in the line: baseline sits at the face's ascent share of it.
        self.ascent_share = primary.ascent / (primary.ascent - primary.descent)

    def glyph(self, ch: str) -> tuple[float, int]:
        hit = self._cache.get(ch)
        if hit is None:
            code = ord(ch)
            index = next((k for k, cmap in enumerate(self._maps) if code in cmap), 0)
            width = self._widths[index].get(code, self._defaults[index]) * self.size / 1000.0
            hit = self._cache[ch] = (width, index)
            self.advance[ch] = width
        return hit

    def advances(self, text: str) -> list[float]:
        known = self.advance
        return [known[ch] if ch in known else self.glyph(ch)[0] for ch in text]

    def primary_only(self, text: str) -> bool:
        """Whether the first face has every character (the usual case: one run per line)."""
        cache = self._cache
        return all(cache[ch][1] == 0 for ch in text)


@lru_cache(maxsize=256)
def faces_for(fonts: tuple[str, ...], size: float) -> _Faces:
    return _Faces(fonts, size)


def clear_metrics_cache() -> None:
    """Forget cached metrics (after fonts were re-registered under the same names)."""
    faces_for.cache_clear()


def measure(text: str, style: TextStyle) -> float:
    """The natural width of one line of text in a style."""
    faces = faces_for((style.font, *style.fallbacks), style.size)
    return sum(faces.glyph(ch)[0] for ch in text)


class Text(Flowable):
    """One paragraph of plain text in one style; splits between lines across frames."""

    def __init__(self, text: str, style: TextStyle, *, _lines: list[Line] | None = None,
                 _width: float | None = None, _first: bool = True, _last: bool = True):
        super().__init__()
        self.text = text
        self.style = style
        self._lines = _lines
        self._for_width = _width
        self._first = _first
        self._last = _last
        self.spaceBefore = style.space_before if _first else 0.0
        self.spaceAfter = style.space_after if _last else 0.0
        self.keepWithNext = style.keep_with_next

    # reportlab's flowable protocol ---------------------------------------------------

    def wrap(self, avail_width, avail_height):
        lines = self._layout(avail_width)
        self.width = avail_width
        self.height = len(lines) * self.style.leading
        return avail_width, self.height

    def split(self, avail_width, avail_height):
        lines = self._layout(avail_width)
        fit = int((avail_height + 1e-6) // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        cut = lines[fit].start
        head = Text(self.text[:cut], self.style, _lines=lines[:fit], _width=avail_width,
                    _first=self._first, _last=False)
        tail_lines = [Line(ln.start - cut, ln.end - cut, ln.width, ln.justify) for ln in lines[fit:]]
        tail = Text(self.text[cut:], self.style, _lines=tail_lines, _width=avail_width,
                    _first=False, _last=self._last)
        return [head, tail]

    def draw(self):
        draw_texts(self.canv, [(self, 0.0, 0.0)])

    def placed_lines(self, left: float, bottom: float):
        """(x, y, character spacing, [(font, text), …]) for every non-empty line, with the
        box's lower left corner at (left, bottom); the box must have been wrapped."""
        style = self.style
        faces = faces_for((style.font, *style.fallbacks), style.size)
        # The baseline puts the em box in the middle of the line box.
        drop = (style.leading - style.size) / 2 + faces.ascent_share * style.size
        top = bottom + self.height - drop
        single = faces.primary_only(self.text)
        for k, line in enumerate(self._lines):
            if line.end > line.start:
                x, spacing = self._placement(line, k)
                if single:
                    runs = [(style.font, self.text[line.start:line.end])]
                else:
                    runs = [(faces.fonts[index], run) for run, index in _runs(self.text, line, faces)]
                yield left + x, top - k * style.leading, spacing, runs

    # ---------------------------------------------------------------------------------

    def _layout(self, avail_width: float) -> list[Line]:
        if self._lines is not None and (self._for_width is None or abs(self._for_width - avail_width) < 1e-6):
            return self._lines
        style = self.style
        faces = faces_for((style.font, *style.fallbacks), style.size)
        advances = faces.advances(self.text)
        inner = avail_width - style.left_indent - style.right_indent
        widths = [inner - style.first_indent, inner] if self._first else [inner]
        self._lines = break_lines(self.text, advances, widths, style.squeeze)
        self._for_width = avail_width
        return self._lines

    def _placement(self, line: Line, k: int) -> tuple[float, float]:
        """Where the line starts and the character spacing that sets its width."""
        style = self.style
        indent = style.first_indent if (k == 0 and self._first) else 0.0
        room = self.width - style.left_indent - style.right_indent - indent
        x = style.left_indent + indent
        count = line.end - line.start
        extra = room - line.width
        if extra < 0 or (style.align == JUSTIFY and line.justify):
            # Overfull lines (within the style's squeeze) are compressed; justified ones spread.
            return x, (extra / (count - 1) if count > 1 else 0.0)
        if style.align == CENTER:
            x += extra / 2
        elif style.align == RIGHT:
            x += extra
        return x, 0.0


def draw_texts(canvas, placed) -> None:
    """Draw wrapped Texts, each at its (left, bottom), in one PDF text object: tables draw a
    page's cells at once, sparing a text object, a font and a colour per cell."""
    text = None
    font = size = color = None
    spacing = 0.0
    x0 = y0 = 0.0
    for item, left, bottom in placed:
        style = item.style
        for x, y, wanted, runs in item.placed_lines(left, bottom):
            if text is None:
                text = canvas.beginText(x, y)
            else:
                # A relative move (Td) per line keeps the stream short; written directly, as
                # moveCursor's bookkeeping is a fifth of a long table's drawing time.
                text._code.append(f"{x - x0:.3f} {y - y0:.3f} Td")
            x0, y0 = x, y
            if style.color is not color and style.color != color:
                text.setFillColor(style.color)
                color = style.color
            if wanted != spacing:
                text.setCharSpace(wanted)
                spacing = wanted
            for name, run in runs:
                if name != font or style.size != size:
                    text.setFont(name, style.size)
                    font, size = name, style.size
                text._textOut(run)  # textOut would also measure the run, which nothing here needs
    if text is None:
        return
    if spacing:
        text.setCharSpace(0)  # Tc outlives the text object in the PDF's graphics state
    canvas.drawText(text)
    if color is not None and color != black:
        canvas.setFillColor(black)


def _runs(text: str, line: Line, faces: _Faces):
    """(substring, font index) runs of one line, split where the drawing font changes."""
    start = line.start
    index = faces.glyph(text[start])[1]
    for i in range(line.start + 1, line.end):
        other = faces.glyph(text[i])[1]
        if other != index:
            yield text[start:i], index
            start, index = i, other
    yield text[start:line.end], index
