"""Reading the PDFs back in tests (pypdf only; no poppler needed)."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream

PAGE_NUMBER = re.compile(r"—\s*(\d+)\s*—")
LINE_MOVES = {b"BT", b"Tm", b"Td", b"TD", b"T*"}


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Text with the line breaks and spaces pypdf puts between lines taken out."""
    return re.sub(r"\s+", "", text)


def page_numbers(path: Path) -> list[int]:
    """The "— n —" number printed on each page (the last such mark on the page)."""
    numbers = []
    for text in page_texts(path):
        found = PAGE_NUMBER.findall(text)
        numbers.append(int(found[-1]) if found else -1)
    return numbers


def section_starts(path: Path) -> list[int]:
    """0-based page indices the bookmarks point at (one per document in a bundle)."""
    reader = PdfReader(path)
    return sorted(reader.get_destination_page_number(item) for item in reader.outline)


def fonts(path: Path) -> dict[str, bool]:
    """Every font used on any page → whether its glyphs are embedded in the file."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


def _unicode_map(font) -> dict[int, str]:
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    mapping = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, start in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            for offset, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                mapping[code] = chr(int(start, 16) + offset)
    return mapping


def line_starts(path: Path) -> list[str]:
    """The text shown first after every move to a new line, on every page: what starts each
    printed line (our text is drawn one Tj per line or font run, each line after Tm/Td)."""
    reader = PdfReader(path)
    starts = []
    for page in reader.pages:
        maps = {name: _unicode_map(ref.get_object())
                for name, ref in page["/Resources"].get("/Font", {}).items()}
        current: dict[int, str] = {}
        pending = False
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator in LINE_MOVES:
                pending = True
            elif operator == b"Tf":
                current = maps.get(operands[0], {})
            elif operator == b"Tj" and pending:
                raw = operands[0]
                data = raw.get_original_bytes() if hasattr(raw, "get_original_bytes") else bytes(raw)
                text = "".join(current.get(b, "\ufffd") for b in data)
                if text.strip():
                    starts.append(text)
                    pending = False
    return starts


def placed_lines(path: Path) -> list[list[tuple[float, float, str]]]:
    """Per page, (x, y, text) of every line placed with an absolute text matrix (Tm): page
    numbers and footers, which are drawn outside any frame."""
    reader = PdfReader(path)
    pages = []
    for page in reader.pages:
        maps = {name: _unicode_map(ref.get_object())
                for name, ref in page["/Resources"].get("/Font", {}).items()}
        current: dict[int, str] = {}
        found, origin = [], None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tm":
                origin = (float(operands[4]), float(operands[5]))
            elif operator in (b"Td", b"TD", b"T*", b"BT"):
                origin = None
            elif operator == b"Tf":
                current = maps.get(operands[0], {})
            elif operator == b"Tj" and origin is not None:
                raw = operands[0]
                data = raw.get_original_bytes() if hasattr(raw, "get_original_bytes") else bytes(raw)
                found.append((*origin, "".join(current.get(b, "\ufffd") for b in data)))
                origin = None
        pages.append(found)
    return pages
