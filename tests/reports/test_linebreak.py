"""Chinese line breaking: no line starts with closing punctuation, none ends with an opening
one, codes and numbers stay whole, the dash and the ellipsis stay together."""

from hypothesis import given, settings
from hypothesis import strategies as st

from zqdesk.reports.linebreak import NO_LINE_END, NO_LINE_START, break_lines, first_chars


def widths_of(text: str) -> list[float]:
    return [5.0 if "!" <= ch <= "~" else 10.0 for ch in text]


def texts(text: str, width: float) -> list[str]:
    return [text[ln.start:ln.end] for ln in break_lines(text, widths_of(text), [width])]


def test_comma_at_the_break_takes_the_previous_character_down():
    # 4 characters fit; a naive break would start line 2 with "，".
    assert texts("我委于是，组织评审", 40) == ["我委于", "是，组织", "评审"]


def test_closing_quote_and_full_stop_never_start_a_line():
    lines = texts("专家认为“方案可行”。建议列入计划。", 50)
    assert all(line[0] not in NO_LINE_START for line in lines)
    assert "".join(lines) == "专家认为“方案可行”。建议列入计划。"


def test_opening_bracket_never_ends_a_line():
    lines = texts("总投资（含设备）五百万元", 30)
    assert all(line[-1] not in NO_LINE_END for line in lines[:-1])


def test_project_codes_and_amounts_are_not_split():
    lines = texts("项目ZQ-2027-001申请2990.00万元", 90)
    assert "ZQ-2027-001" in "|".join(lines).replace("|", "") and any("ZQ-2027-001" in line for line in lines)
    assert any("2990.00" in line for line in lines)


def test_dash_and_ellipsis_stay_whole():
    for text in ("前面的话——后面的话题", "一二三四……五六七"):
        for width in range(30, 90, 10):
            lines = texts(text, width)
            for a, b in zip(lines, lines[1:]):
                assert not (a.endswith("—") and b.startswith("—"))
                assert not (a.endswith("…") and b.startswith("…"))


def test_hard_breaks_and_indent_widths():
    lines = break_lines("一二三\n四五六七八", [10.0] * 9, [20.0, 30.0])
    assert [(ln.start, ln.end, ln.justify) for ln in lines] == [(0, 2, True), (2, 3, False), (4, 7, True), (7, 9, False)]


def test_squeeze_lets_a_slightly_wider_line_through():
    # GB/T 9704's 28 characters of 16 pt in 156 mm: 448 pt in a 442.2 pt line.
    text = "字" * 56
    lines = break_lines(text, [16.0] * 56, [442.2], squeeze=0.015)
    assert [ln.end - ln.start for ln in lines] == [28, 28]


ALPHABET = "评审专家意见项目建设资金ZQ-2027，。、；：？！）》”“（《——……ab12 "


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=120), st.integers(min_value=60, max_value=300))
def test_no_forbidden_line_start_and_nothing_lost(text, width):
    # Runs of closing marks longer than a line cannot be placed; keep them short.
    if any(text[i:i + 4] and all(c in NO_LINE_START for c in text[i:i + 4]) for i in range(len(text))):
        return
    lines = break_lines(text, widths_of(text), [float(width)])
    for line in lines[1:]:
        if line.end > line.start:
            assert text[line.start] not in NO_LINE_START, (text, width)
    advances = widths_of(text)
    for line in lines:
        # Overfull only by closing marks kept on a line that had no other break.
        end = line.end
        while end > line.start + 1 and text[end - 1] in NO_LINE_START:
            end -= 1
        assert sum(advances[line.start:end]) <= width + 1e-6 or end - line.start == 1
    # Only spaces at the breaks are dropped.
    rebuilt = "".join(text[ln.start:ln.end] for ln in lines)
    assert rebuilt == "".join(text.split(" ")) or rebuilt.replace(" ", "") == text.replace(" ", "")
    assert first_chars(text, lines) == "".join(text[ln.start] for ln in lines if ln.end > ln.start)
