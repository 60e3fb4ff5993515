"""The Text flowable: glyph fallback, splitting across pages, the GB/T 9704 line grid."""

from pdf_probe import flat, fonts, line_starts, page_texts
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import SimpleDocTemplate

from zqdesk.reports.linebreak import NO_LINE_START
from zqdesk.reports.styles import document_styles
from zqdesk.reports.text import Text


def build(path, story, styles):
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=37 * mm,
                            bottomMargin=35 * mm, initialFontName=styles.fonts.body)
    doc.build(story)


def test_body_lines_hold_28_characters_of_16_pt(tmp_path):
    styles = document_styles()
    text = "评" * 100
    item = Text(text, styles.body)
    item.wrap(156 * mm, 1000)
    counts = [ln.end - ln.start for ln in item._lines]
    assert counts[:3] == [26, 28, 28]  # the first line is indented two characters


def test_a_glyph_the_body_face_lacks_comes_from_the_fallback(tmp_path):
    styles = document_styles()
    body = pdfmetrics.getFont(styles.fonts.body).face.charToGlyph
    spare = pdfmetrics.getFont(styles.fonts.fallbacks[-1]).face.charToGlyph
    rare = next(chr(c) for c in range(0x4E00, 0x9FA6) if c not in body and c in spare)
    path = tmp_path / "rare.pdf"
    build(path, [Text(f"专家{rare}某参加评审。", styles.body)], styles)
    assert f"专家{rare}某参加评审" in flat(page_texts(path)[0])
    used = fonts(path)
    assert len(used) >= 2 and all(used.values())


def test_long_paragraph_splits_across_pages_without_losing_text(tmp_path):
    styles = document_styles()
    text = "根据办法规定，我委组织专家对申报项目进行了综合评估，评估内容包括必要性、可行性、安全性。" * 40
    path = tmp_path / "long.pdf"
    build(path, [Text(text, styles.body)], styles)
    pages = page_texts(path)
    assert len(pages) >= 2
    assert flat("".join(pages)) == flat(text)
    assert all(start[0] not in NO_LINE_START for start in line_starts(path))


def test_character_spacing_is_reset_after_a_justified_paragraph(tmp_path):
    styles = document_styles()
    path = tmp_path / "tc.pdf"
    build(path, [Text("专家组认为，该项目建设必要，方案基本可行，建议列入计划。" * 3, styles.body),
                 Text("单位：万元", styles.note)], styles)
    reader = PdfReader(path)
    spacing = 0.0
    for operands, operator in ContentStream(reader.pages[0].get_contents(), reader).operations:
        if operator == b"Tc":
            spacing = float(operands[0])
        if operator == b"ET":
            assert spacing == 0.0  # Tc would otherwise leak into whatever is drawn next
