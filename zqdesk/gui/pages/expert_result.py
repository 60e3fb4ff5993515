"""The expert's laptop hands its scores back as a result file (.zqres): chosen, written off the
UI thread, and said in the desk's message line. The texts keep the desk's translation context."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from zqdesk.gui import tasks
from zqdesk.services import expertmode


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExpertDesk", text)


def ask_and_export(desk) -> None:
    from zqdesk.gui.dialogs.files import safe_name, save_file_name

    info = desk.session.offline
    if info is None:
        return
    desk._commit_focus()
    suggested = f"{safe_name(info.expert_name)}-{safe_name(info.meeting_name)}-修订{info.revision + 1}.zqres"
    name = save_file_name(desk, _tr("导出结果文件"), suggested, _tr("专家结果文件 (*.zqres)"))
    if name:
        export_to(desk, Path(name))


def export_to(desk, path: Path) -> tasks.Task:
    """expertmode.export_result off the UI thread: every sheet of this laptop, signed."""
    desk._commit_focus()  # a field being typed in is saved first
    desk.export_button.setEnabled(False)

    def exported(result) -> None:
        desk.export_button.setEnabled(True)
        desk.last_export = result
        desk.session.offline = expertmode.expert_mode_info()  # the revision moved on
        text = _tr("已导出结果文件“%1”（修订%2，共%3个项目，其中%4个已提交签名）。请把该文件交给会务人员。").replace(
            "%1", result.path.name).replace("%2", str(result.revision)).replace("%3", str(result.sheets)).replace(
            "%4", str(result.submitted))
        if result.submitted < result.sheets:
            text += _tr("尚未提交签名的评分在会务人员处作为草稿保存，提交后请再导出一次。")
        desk._saved(text)

    def failed(error: BaseException) -> None:
        desk.export_button.setEnabled(True)
        desk._task_refused(error)

    return tasks.run(lambda: expertmode.export_result(path), exported, failed)
