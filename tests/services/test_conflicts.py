"""Nobody overwrites a score they never saw (issue #8): a save that says what the cell showed
is refused when another terminal changed it since (on SQLite and on a server database)."""

from decimal import Decimal

import pytest

from tests.services.test_meeting_flow import ids, meeting  # noqa: F401 — the fixture
from zqdesk.services import scoring
from zqdesk.services.access import Actor, ActorRole, acting_as
from zqdesk.services.errors import Conflict

D = Decimal


def value(meeting_id, expert_id, code, key):
    return scoring.expert_sheet(meeting_id, expert_id)[[line.code for line in scoring.expert_sheet(
        meeting_id, expert_id)].index(code)].points.get(key)


def test_a_save_based_on_a_stale_cell_is_refused_with_the_current_value(meeting):
    expert_id = ids(meeting)["甲"]
    chair = Actor("甲", ActorRole.CHAIR, expert_id=expert_id, meeting_id=meeting)
    clerk = Actor("会务", ActorRole.CLERK, user_id=1)
    with acting_as(chair):  # at the chair's own terminal, the cell was empty
        scoring.enter_score(meeting, expert_id, "ZQ-2027-001", "necessity", D(20), expected=None)
    with acting_as(clerk):  # the clerk's grid still showed it empty
        with pytest.raises(Conflict, match="已被其他终端改为20分") as conflict:
            scoring.enter_score(meeting, expert_id, "ZQ-2027-001", "necessity", D(25), expected=None)
        assert conflict.value.current == D(20)
        assert value(meeting, expert_id, "ZQ-2027-001", "necessity") == D(20)
        # Having seen 20, the clerk may change it; typing what is already there is no conflict.
        scoring.enter_score(meeting, expert_id, "ZQ-2027-001", "necessity", D(25), expected=D(20))
        scoring.enter_score(meeting, expert_id, "ZQ-2027-001", "necessity", D(25), expected=None)
        assert value(meeting, expert_id, "ZQ-2027-001", "necessity") == D(25)
        # Without `expected` the save is as before: the last one wins.
        scoring.enter_score(meeting, expert_id, "ZQ-2027-001", "necessity", D(26))
    assert value(meeting, expert_id, "ZQ-2027-001", "necessity") == D(26)
