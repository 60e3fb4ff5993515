"""Chinese UI by default with Qt's own dialogs in Chinese; the English translation is complete
and up to date; no character of the UI lacks a glyph in the bundled fonts (no boxes)."""

import shutil
import xml.etree.ElementTree as ET

from PySide6.QtGui import QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from zqdesk.core import vocab
from zqdesk.core.types import DECISION_LABELS, SEVERITY_LABELS
from zqdesk.gui import i18n


def messages(path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.find("name").text or ""
        for message in context.iter("message"):
            yield name, message


def test_ts_covers_every_string_in_the_code(tmp_path):
    copy = tmp_path / "zqdesk_en.ts"
    shutil.copy(i18n.ts_file("en"), copy)
    i18n.update_sources(copy)
    before = {(c, m.find("source").text) for c, m in messages(i18n.ts_file("en"))}
    after = {(c, m.find("source").text) for c, m in messages(copy)}
    assert after - before == set(), "run: python -m zqdesk.gui.i18n, then translate the new strings"
    assert before - after == set(), "the .ts has strings the code no longer uses"


def test_every_entry_is_translated():
    untranslated = [m.find("source").text for _, m in messages(i18n.ts_file("en"))
                    if m.find("translation").get("type") == "unfinished"]
    assert untranslated == []


def test_chinese_by_default_with_qt_dialogs_in_chinese(qapp):
    from zqdesk.gui.models.stages import StageModel

    assert StageModel().data(StageModel().index(1)) == "项目"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().startswith("取消")
    assert box.button(QDialogButtonBox.StandardButton.Save).text().startswith("保存")


def test_english_for_maintainers(qapp):
    from zqdesk.gui.models.stages import StageModel

    try:
        assert i18n.install_translators(qapp, "en") == "en"
        model = StageModel()
        assert [model.data(model.index(r)) for r in range(3)] == ["Meeting", "Projects", "Experts"]
        assert QApplication.translate("show_refusal", "未能完成") == "Not done"
    finally:
        i18n.install_translators(qapp, "zh_CN")
    assert StageModel().data(StageModel().index(1)) == "项目"


def test_no_character_of_the_ui_is_drawn_as_a_box(qapp):
    texts = [m.find("source").text or "" for _, m in messages(i18n.ts_file("en"))]
    texts += list(vocab.CATEGORIES) + list(vocab.SUB_TYPES) + list(vocab.NATURES) + list(vocab.FUNDING_SOURCES)
    texts += list(vocab.DEPLOYMENTS) + list(vocab.SELF_BUILT_ITEMS) + list(vocab.PLAN_ELEMENTS)
    texts += list(vocab.DEPARTMENTS) + list(vocab.RECOMMENDATIONS) + list(vocab.MEETING_KIND_LABELS.values())
    texts += list(DECISION_LABELS.values()) + list(SEVERITY_LABELS.values())
    texts += ["✔✘—–·…“”、，。：；（）〔〕±≥《》", "智慧钦州建设项目评审意见钦州港北部湾覃韦"]
    font = qapp.font()
    raw = QRawFont.fromFont(font)
    metrics = QFontMetrics(font)
    missing = sorted({ch for text in texts for ch in text
                      if not ch.isspace() and not metrics.inFontUcs4(ord(ch)) and not raw.supportsCharacter(ord(ch))})
    assert missing == [], f"no glyph in {font.family()} for: {''.join(missing)}"
