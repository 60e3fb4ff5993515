"""Fonts and paragraph styles of the documents (GB/T 9704-2012 where it applies).

Sizes follow the Chinese point names: 2号 22 pt (title), 3号 16 pt (body), 4号 14 pt (page
numbers), 5号 10.5 pt (tables). Body text sits on GB/T 9704's grid of 22 lines of 28
characters in the 156 × 225 mm text block; 28 characters of 16 pt are 1.3 % wider than the
block, so body lines may be squeezed that much (Word's document grid does the same).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm

from zqdesk import fonts
from zqdesk.reports.text import CENTER, JUSTIFY, LEFT, RIGHT, TextStyle, clear_metrics_cache

TITLE_SIZE = 22.0  # 2号
BODY_SIZE = 16.0  # 3号
PAGE_NUMBER_SIZE = 14.0  # 4号
TABLE_SIZE = 10.5  # 5号
GRID_LINE = 225 * mm / 22  # 22 lines in the 225 mm text block
BODY_SQUEEZE = 0.015
RED = Color(0.85, 0.0, 0.0)  # 发文机关标志 and the rule under it are printed red


@dataclass(frozen=True)
class DocumentFonts:
    """reportlab font names for each use, and the chain tried for a missing glyph."""

    title: str
    body: str
    heading: str
    kai: str
    song: str
    fallbacks: tuple[str, ...]

    def chain(self, primary: str) -> tuple[str, ...]:
        return tuple(f for f in self.fallbacks if f != primary)


@lru_cache(maxsize=2)
def document_fonts(prefer_system: bool = True) -> DocumentFonts:
    """Register the chosen faces once per process: licensed system fonts when present
    (仿宋_GB2312 body, 方正小标宋 title, SimSun page numbers), the bundled faces otherwise.
    The bundled Song and Hei back every style up, Hei last as it covers all of GBK."""
    scan = fonts.scan_system_fonts() if prefer_system else fonts.SystemScan({}, [])
    faces = fonts.choose_faces(prefer_system, system=scan.faces)
    own = fonts.bundled_faces()
    faces["song"] = dataclasses.replace(scan.faces.get("song") or own["song"], role="song")
    faces["spare_song"] = dataclasses.replace(own["song"], role="spare_song")
    faces["spare_hei"] = dataclasses.replace(own["hei"], role="spare_hei")
    names = fonts.register_reportlab_fonts(faces)
    clear_metrics_cache()
    return DocumentFonts(
        title=names["title"], body=names["body"], heading=names["heading"], kai=names["kai"],
        song=names["song"], fallbacks=(names["spare_song"], names["spare_hei"]),
    )


@dataclass(frozen=True)
class Styles:
    fonts: DocumentFonts
    title: TextStyle
    body: TextStyle
    plain: TextStyle
    heading1: TextStyle
    heading2: TextStyle
    signature: TextStyle
    caption: TextStyle
    note: TextStyle
    cell: TextStyle
    header_cell: TextStyle
    strong_cell: TextStyle
    footer: TextStyle
    page_number: TextStyle

    def cell_in(self, align: str, strong: bool = False) -> TextStyle:
        return (self.strong_cell if strong else self.cell).but(align=align)


def _style(fonts_: DocumentFonts, font: str, size: float, leading: float, **kw) -> TextStyle:
    return TextStyle(font, size, leading, fallbacks=fonts_.chain(font), **kw)


@lru_cache(maxsize=8)
def document_styles(prefer_system: bool = True, table_size: float = TABLE_SIZE) -> Styles:
    f = document_fonts(prefer_system)
    indent = 2 * BODY_SIZE  # paragraphs open with two characters of indent
    body = _style(f, f.body, BODY_SIZE, GRID_LINE, first_indent=indent, squeeze=BODY_SQUEEZE)
    cell_leading = round(table_size * 1.3, 2)
    return Styles(
        fonts=f,
        title=_style(f, f.title, TITLE_SIZE, 35.0, align=CENTER, space_after=GRID_LINE * 0.8),
        body=body,
        plain=body.but(first_indent=0.0),
        heading1=_style(f, f.heading, BODY_SIZE, GRID_LINE, first_indent=indent, squeeze=BODY_SQUEEZE),
        heading2=_style(f, f.kai, BODY_SIZE, GRID_LINE, first_indent=indent, squeeze=BODY_SQUEEZE),
        signature=body.but(first_indent=0.0, align=RIGHT),
        caption=_style(f, f.heading, 14.0, 24.0, align=CENTER, space_before=6.0),
        note=_style(f, f.body, 12.0, 20.0, align=JUSTIFY, first_indent=0.0),
        cell=_style(f, f.body, table_size, cell_leading, align=LEFT),
        header_cell=_style(f, f.heading, table_size, cell_leading, align=CENTER),
        strong_cell=_style(f, f.heading, table_size, cell_leading, align=LEFT),
        footer=_style(f, f.body, 7.5, 9.0, align=CENTER, color=Color(0.3, 0.3, 0.3)),
        page_number=_style(f, f.song, PAGE_NUMBER_SIZE, PAGE_NUMBER_SIZE * 1.2, align=LEFT, color=black),
    )
