"""The bundled CJK fonts, the system-font finder and PDF embedding (SPEC §10, §13). Qt-free."""

import hashlib
import os
import shutil
import struct
from pathlib import Path

import pytest

from zqdesk import fonts
from zqdesk.fonts import BUNDLED, FontFace

SAMPLE = "智慧钦州建设项目评审意见"


def _gb2312_hanzi() -> str:
    out = []
    for row in range(0xB0, 0xF8):  # level 1 (B0–D7) and level 2 (D8–F7)
        for cell in range(0xA1, 0xFF):
            try:
                out.append(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return "".join(out)


def test_bundled_faces_exist_with_their_licences():
    faces = fonts.bundled_faces()
    assert set(faces) == {"song", "hei", "kai"}
    readme = (fonts.fonts_dir() / "README.md").read_text(encoding="utf-8")
    for entry in BUNDLED:
        face = faces[entry.role]
        assert face.bundled and face.path.is_file()
        assert face.path.parent == fonts.fonts_dir()
        licence = fonts.fonts_dir() / entry.licence_dir
        assert (licence / "copyright").is_file()
        assert any(p.name in ("ARPHICPL.TXT", "Apache-2.0.txt") for p in licence.iterdir())
        # The README lists each file with the checksum of the very file shipped.
        digest = hashlib.sha256(face.path.read_bytes()).hexdigest()
        assert f"{digest}  {entry.file}" in readme


def test_bundled_faces_have_truetype_outlines_and_allow_embedding():
    for face in fonts.bundled_faces().values():
        info = fonts.inspect_sfnt(face.path, face.subfont_index)
        assert info.outlines == fonts.OUTLINE_TRUETYPE
        assert info.family == face.family
        assert fonts.pdf_embeddable(face.path, face.subfont_index) == (True, "ok")
    song = fonts.bundled_faces()["song"]
    assert fonts.inspect_sfnt(song.path, song.subfont_index).family.endswith(" CN")


def test_header_check_rejects_cff_and_non_fonts(tmp_path):
    otf = tmp_path / "a.otf"
    otf.write_bytes(b"OTTO" + struct.pack(">HHHH", 0, 0, 0, 0))
    assert fonts.outline_kind(otf) == fonts.OUTLINE_CFF
    ttc = tmp_path / "a.ttc"  # a collection whose first face has CFF outlines
    ttc.write_bytes(b"ttcf" + struct.pack(">III", 0x00010000, 1, 16) + b"OTTO" + bytes(8))
    assert fonts.outline_kind(ttc) == fonts.OUTLINE_CFF
    ok, reason = fonts.pdf_embeddable(ttc)
    assert not ok and "CFF" in reason
    junk = tmp_path / "junk.ttf"
    junk.write_bytes(b"<html>not a font</html>")
    with pytest.raises(fonts.FontFileError):
        fonts.inspect_sfnt(junk)
    assert fonts.pdf_embeddable(junk)[0] is False


def _place(src: Path, dst: Path) -> None:
    try:
        os.symlink(src, dst)
    except (OSError, NotImplementedError):
        shutil.copyfile(src, dst)


def test_system_fonts_are_found_by_file_name_and_cff_ones_skipped(tmp_path):
    own = fonts.bundled_faces()
    nested = tmp_path / "truetype" / "windows"
    nested.mkdir(parents=True)
    _place(own["kai"].path, nested / "SIMKAI.TTF")  # case-insensitive match
    _place(own["song"].path, tmp_path / "simsun.ttc")
    (tmp_path / "simfang.ttf").write_bytes(b"OTTO" + bytes(8))  # CFF: unusable in PDFs
    scan = fonts.scan_system_fonts([tmp_path, tmp_path / "missing"])
    assert set(scan.faces) == {"kai", "song"}
    assert scan.faces["kai"].family == "AR PL KaitiM GB"
    assert not scan.faces["kai"].bundled
    assert [(s.role, s.path.name) for s in scan.skipped] == [("fangsong", "simfang.ttf")]

    chosen = fonts.choose_faces(system=scan.faces)
    assert chosen["body"].path.name == "simsun.ttc"  # no FangSong → system SimSun
    assert chosen["title"].path.name == "simsun.ttc"
    assert chosen["kai"].path.name == "SIMKAI.TTF"
    assert chosen["heading"] == FontFace("heading", own["hei"].family, own["hei"].path, 0, True)
    assert fonts.choose_faces(prefer_system=False, system=scan.faces)["kai"].bundled


def test_choice_order_prefers_fangsong_and_xiaobiaosong():
    own = fonts.bundled_faces()

    def fake(role: str) -> FontFace:
        return FontFace(role, role, Path(f"/nowhere/{role}.ttf"), 0, False)

    system = {r: fake(r) for r in ("fangsong", "title", "song", "hei", "kai")}
    chosen = fonts.choose_faces(system=system)
    assert list(chosen) == list(fonts.ROLES)
    assert {r: f.family for r, f in chosen.items()} == {
        "title": "title", "body": "fangsong", "heading": "hei", "kai": "kai",
        "ui": own["hei"].family,
    }
    assert all(face.role == role for role, face in chosen.items())
    bundled_only = fonts.choose_faces(system={})
    assert all(face.bundled for face in bundled_only.values())
    assert bundled_only["body"].family == own["song"].family
    assert bundled_only["title"].family == own["hei"].family


def test_bundled_faces_cover_gb2312():
    names = fonts.register_reportlab_fonts(fonts.bundled_faces())
    hanzi = _gb2312_hanzi()
    assert len(hanzi) == 6763
    for role, name in names.items():
        assert fonts.missing_chars(name, hanzi + "，。、；：？！“”（）《》—…") == "", role


def test_registration_is_idempotent_and_reports_missing_chars():
    first = fonts.register_reportlab_fonts(fonts.choose_faces(prefer_system=False))
    again = fonts.register_reportlab_fonts(fonts.choose_faces(prefer_system=False))
    assert first == again
    assert set(first) == set(fonts.ROLES)
    assert first["title"] == first["heading"] == first["ui"]  # one face, registered once
    assert fonts.missing_chars(first["body"], SAMPLE + " 2025年") == ""
    assert fonts.missing_chars(first["kai"], "楷体镕") == "镕"  # GB2312-only Kai


def test_system_face_reportlab_cannot_load_falls_back_to_bundled(tmp_path):
    broken = tmp_path / "simkai.ttf"
    broken.write_bytes(b"\x00\x01\x00\x00" + bytes(8))
    face = FontFace("kai", "KaiTi", broken, 0, False)
    names = fonts.register_reportlab_fonts({"kai": face})
    own = fonts.register_reportlab_fonts({"kai": fonts.bundled_faces()["kai"]})
    assert names == own


def test_pdf_with_chinese_text_embeds_truetype_fonts(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    names = fonts.register_reportlab_fonts(fonts.choose_faces(prefer_system=False))
    out = tmp_path / "sample.pdf"
    pdf = canvas.Canvas(str(out), pagesize=A4)
    y = 780
    for role in fonts.ROLES:
        pdf.setFont(names[role], 16)
        pdf.drawString(72, y, SAMPLE)
        y -= 32
    pdf.save()

    page = pypdf.PdfReader(str(out)).pages[0]
    embedded = {}
    for ref in page["/Resources"]["/Font"].values():
        font = ref.get_object()
        if font["/Subtype"] == "/Type1":
            continue  # the canvas' initial Helvetica, not used for any text
        if "/DescendantFonts" in font:
            font = font["/DescendantFonts"][0].get_object()
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        # "/ABCDEF+UMingCN-0" → "UMingCN"
        base = str(font["/BaseFont"]).lstrip("/").split("+", 1)[-1]
        embedded[base] = descriptor["/FontFile2"].get_object().get_data()
    used = {pdfmetrics.getFont(n).face.name.decode() for n in set(names.values())}
    assert {b.rsplit("-", 1)[0] if b.rsplit("-", 1)[-1].isdigit() else b for b in embedded} == used
    assert all(len(data) > 1000 for data in embedded.values())
    assert page.extract_text().split("\n")[:5] == [SAMPLE] * 5
