"""Chinese line breaking (避头尾) for the documents' text.

reportlab's own CJK wrapping keeps only a Japanese list of characters that may not start
a line; it lets a line begin with ，；：？！》” and the like, and it hangs the offending
character into the margin. Government documents keep the text block clean, so here a
forbidden break moves back until the break is allowed: the last character(s) of the line
go down with the punctuation, and justification spreads the line again.

Pure functions over a string and the advance width of each of its characters.
"""

from collections.abc import Sequence
from dataclasses import dataclass

# GB/T 15834 点号, closing quotes/brackets, and their half-width forms: never at a line start.
NO_LINE_START = frozenset(
    "，。、；：？！）》」』】〕〗〉”’…·%‰℃°′″々〃ー"
    ",.;:?!)]}>"
    "﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞"
)
# Opening quotes/brackets and prefixed signs: never at a line end.
NO_LINE_END = frozenset("（《「『【〔〖〈“‘([{<￥$#№")
# The dash (——) and the ellipsis (……) are two characters that must not be parted.
PAIRED = frozenset("—…")

FUZZ = 1e-6


@dataclass(frozen=True)
class Line:
    """Characters text[start:end] (trailing spaces excluded) and their natural width.

    ``justify`` is true for a line ended by the width, false for the last line of a
    paragraph or one ended by a hard line break.
    """

    start: int
    end: int
    width: float
    justify: bool


def _wordish(ch: str) -> bool:
    """Latin letters, digits and the marks inside codes and numbers (ZQ-2027-001, 2,990.00)."""
    return "!" <= ch <= "~"


def break_allowed(text: str, i: int, strict: bool = True) -> bool:
    """May a line end between text[i-1] and text[i]?"""
    before, after = text[i - 1], text[i]
    if after == " ":
        # The spaces are dropped at the break: what follows them starts the next line.
        k = i
        while k < len(text) and text[k] == " ":
            k += 1
        return k == len(text) or text[k] not in NO_LINE_START
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    if before == after and after in PAIRED:
        return False
    if strict and _wordish(before) and _wordish(after):
        return False
    return True


HANG = 3  # at most this many closing marks may stay on an otherwise full line


def _break_back(text: str, start: int, overflow: int) -> int:
    """Where to end a line whose character at ``overflow`` no longer fits."""
    for strict in (True, False):
        j = overflow
        while j > start and not break_allowed(text, j, strict):
            j -= 1
        if j > start:
            return j
    # Nothing allowed on the line (it holds one word and closing marks): keep the marks on
    # it, overfull — the drawing compresses it — rather than start the next line with them.
    for j in range(overflow + 1, min(overflow + HANG, len(text)) + 1):
        if j == len(text) or break_allowed(text, j, strict=False):
            return j
    return overflow


def break_lines(
    text: str,
    advances: Sequence[float],
    widths: Sequence[float],
    squeeze: float = 0.0,
) -> list[Line]:
    """Break ``text`` into lines no wider than ``widths[k]`` for line k (the last width
    repeats). ``advances[i]`` is the width of ``text[i]``. A line may run up to ``squeeze``
    (a fraction) over its width; the drawing compresses it back. ``\\n`` is a hard break.
    """
    lines: list[Line] = []
    offset = 0
    for segment in text.split("\n"):
        pos, stop = offset, offset + len(segment)
        while True:
            limit = widths[min(len(lines), len(widths) - 1)] * (1 + squeeze) + FUZZ
            used = 0.0
            i = pos
            while i < stop and (used + advances[i] <= limit or i == pos):
                used += advances[i]
                i += 1
            if i >= stop:
                lines.append(_line(text, advances, pos, stop, False, used))
                break
            end = _break_back(text, pos, i)
            lines.append(_line(text, advances, pos, end, True))
            pos = end
            while pos < stop and text[pos] == " ":
                pos += 1
            if pos >= stop:
                break
        offset = stop + 1
    return lines


def _line(text: str, advances: Sequence[float], start: int, end: int, justify: bool,
          width: float | None = None) -> Line:
    """The line text[start:end] without trailing spaces; ``width`` when the caller summed it."""
    trimmed = end
    while trimmed > start and text[trimmed - 1] == " ":
        trimmed -= 1
    if width is None or trimmed != end:
        width = sum(advances[start:trimmed])
    return Line(start, trimmed, width, justify)


def first_chars(text: str, lines: Sequence[Line]) -> str:
    """The first character of every non-empty line (what the tests check)."""
    return "".join(text[line.start] for line in lines if line.end > line.start)
