"""Documents of an application kept inside the database, each with its SHA-256."""

import hashlib
from dataclasses import dataclass
from pathlib import Path

from zqdesk.services.access import Action, require
from zqdesk.services.errors import Refused
from zqdesk.services.meetings import get_meeting, writable_meeting
from zqdesk.storage import audit
from zqdesk.storage.db import writing
from zqdesk.storage.models import Attachment, Project

MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    name: str
    sha256: str
    size: int


def _project(meeting, code: str) -> Project:
    project = Project.get_or_none((Project.meeting == meeting) & (Project.code == code))
    if project is None:
        raise Refused(f"本评审会没有项目{code}。")
    return project


def attach(meeting_id: int, code: str, path: Path | str) -> AttachmentInfo:
    require(Action.PROJECT_EDIT, meeting_id=meeting_id)
    path = Path(path)
    project = _project(writable_meeting(meeting_id), code)
    if not path.is_file():
        raise Refused(f"找不到文件“{path}”。")
    if path.stat().st_size > MAX_BYTES:
        raise Refused(f"文件“{path.name}”超过200MB，请压缩后再添加。")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    with writing():
        row = Attachment.create(project=project, name=path.name, sha256=digest, size=len(data), data=data)
        audit.record("添加附件", f"attachment/{row.id}", None, {"project": code, "name": path.name, "sha256": digest})
    return AttachmentInfo(row.id, row.name, digest, len(data))


def list_attachments(meeting_id: int, code: str) -> list[AttachmentInfo]:
    require(Action.READ_MEETING, meeting_id=meeting_id)
    project = _project(get_meeting(meeting_id), code)
    rows = (Attachment.select(Attachment.id, Attachment.name, Attachment.sha256, Attachment.size)
            .where(Attachment.project == project).order_by(Attachment.id).tuples())
    return [AttachmentInfo(*row) for row in rows]


def attachment_bytes(attachment_id: int) -> bytes:
    """The stored file, refused if its bytes no longer match the hash taken when it was added."""
    require(Action.READ_MEETING)
    row = Attachment.get_or_none(Attachment.id == attachment_id)
    if row is None:
        raise Refused("附件不存在。")
    data = bytes(row.data)
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise Refused(f"附件“{row.name}”与添加时的校验值不符，可能已被篡改。")
    return data
