"""What the server-terminal tests share (issue #8): a server that can really be stopped and
started again, and the program started on a fresh server database holding the small test
meeting, with the clerk signed in at the sign-in window."""

from decimal import Decimal

import pytest

from tests.gui.helpers import as_system, small_meeting
from zqdesk.services import scoring

D = Decimal
FIRST = "ZQ-2028-001"
CLERK_LOGIN = ("huiwu", "Huiwu@2027")


@pytest.fixture
def restartable(pg_cluster):
    if not pg_cluster.can_restart:
        pytest.skip("an external test server is never stopped")
    return pg_cluster


@pytest.fixture
def terminal(qtbot, pg_url, wait_tasks):
    """`zqdesk --db postgresql://…` on a fresh server database with the small test meeting;
    the clerk signed in. Yields the window and the meeting's id."""
    from tests.gui.conftest import start_program
    from zqdesk import netguard
    from zqdesk.services import accounts, meetings
    from zqdesk.services.access import ActorRole

    meetings.init_database(pg_url)
    with as_system():
        accounts.create_first_admin("admin", "系统管理员", "Admin@2027")
        accounts.create_account(CLERK_LOGIN[0], "王会务", ActorRole.CLERK, CLERK_LOGIN[1])
        meeting_id = small_meeting()
    netguard.allow_only(())  # nothing allowed until the program chooses the server
    window = start_program(qtbot, wait_tasks, ["--db", pg_url], CLERK_LOGIN)
    yield window, meeting_id
    window.close()


def saved(meeting_id, expert):
    """What the server holds of an expert's sheet: {code: {criterion: points}}."""
    with as_system():
        return {line.code: dict(line.points) for line in scoring.expert_sheet(meeting_id, expert)}
