"""What a screen polls to follow other terminals' writes without restarting (issue #8): the
chair's discussion view shows submissions as they arrive.

`change_counter()` is one indexed query (the audit chain's length: every write of every
terminal appends to it), cheap enough to ask every two or three seconds; when it differs from
the last value seen, reload what the screen shows (`results.meeting_results`,
`scoring.submitted_experts`) in a worker thread. Works the same on a SQLite file shared by
processes of one PC and on a server database.
"""

from peewee import fn

from zqdesk.services.access import Action, require
from zqdesk.storage.models import AuditEntry


def change_counter() -> int:
    """A number that grows with every committed write, whoever made it (0: none yet)."""
    require(Action.READ_MEETING)
    return AuditEntry.select(fn.MAX(AuditEntry.seq)).scalar() or 0
