"""Who may do what (SPEC §12, 等保 2.0 separation of duties), checked in the services so a
forged call from any screen or script is refused the same way.

No role can both change scores and alter or skip the audit trail: scores are written by
experts, the chair (their own sheet) and the clerk (typed from signed paper); backups,
restore and accounts belong to the administrator; verification to the auditor.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum

from zqdesk.services.errors import Refused
from zqdesk.storage import audit


class ActorRole(StrEnum):
    ADMIN = "admin"
    CLERK = "clerk"
    CHAIR = "chair"
    EXPERT = "expert"
    AUDITOR = "auditor"
    # In-process work with no person behind it: building the demo, migrations, tests' setup.
    SYSTEM = "system"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    # The clerk is 经办人 everywhere the window names the role (状态栏, 经办人录入纸质评分表).
    ActorRole.ADMIN: "系统管理员", ActorRole.CLERK: "经办人", ActorRole.CHAIR: "评审组长",
    ActorRole.EXPERT: "评审专家", ActorRole.AUDITOR: "审计员", ActorRole.SYSTEM: "系统",
}
STAFF_ROLES = (ActorRole.ADMIN, ActorRole.CLERK, ActorRole.CHAIR, ActorRole.AUDITOR)


class Action(StrEnum):
    READ_MEETING = "read_meeting"
    MEETING_EDIT = "meeting_edit"
    PROJECT_EDIT = "project_edit"
    PANEL_EDIT = "panel_edit"
    PRECHECK = "precheck"
    SCORE_OWN = "score_own"
    SCORE_CLERK = "score_clerk"
    SCORE_AMEND = "score_amend"
    READ_RESULTS = "read_results"
    CHAIR_DECIDE = "chair_decide"
    FINALISE = "finalise"
    DOCUMENTS = "documents"
    TEMPLATE_EDIT = "template_edit"
    ADMINISTER = "administer"
    AUDIT_VERIFY = "audit_verify"


A, C, H, E, U = ActorRole.ADMIN, ActorRole.CLERK, ActorRole.CHAIR, ActorRole.EXPERT, ActorRole.AUDITOR
ALLOWED: dict[Action, frozenset[ActorRole]] = {
    Action.READ_MEETING: frozenset({A, C, H, E, U}),
    Action.MEETING_EDIT: frozenset({C}),
    Action.PROJECT_EDIT: frozenset({C}),
    Action.PANEL_EDIT: frozenset({C}),
    Action.PRECHECK: frozenset({C, H}),
    Action.SCORE_OWN: frozenset({E, H}),
    Action.SCORE_CLERK: frozenset({C}),
    Action.SCORE_AMEND: frozenset({C}),
    Action.READ_RESULTS: frozenset({C, H, U, E}),
    Action.CHAIR_DECIDE: frozenset({H}),
    Action.FINALISE: frozenset({H}),
    Action.DOCUMENTS: frozenset({C, H, U}),
    Action.TEMPLATE_EDIT: frozenset({C, A}),
    Action.ADMINISTER: frozenset({A}),
    Action.AUDIT_VERIFY: frozenset({U, A}),
}


@dataclass(frozen=True)
class Actor:
    """The person (or the system) on whose behalf the services act."""

    name: str
    role: ActorRole
    user_id: int | None = None
    expert_id: int | None = None
    meeting_id: int | None = None

    @property
    def audit_name(self) -> str:
        return f"{self.name}（{self.role.label}）"


SYSTEM = Actor("zqdesk", ActorRole.SYSTEM)
_current: ContextVar[Actor | None] = ContextVar("zqdesk_actor_obj", default=None)


def set_actor(actor: Actor | None) -> None:
    _current.set(actor)
    audit.set_actor(actor.audit_name if actor else "")


def current_actor() -> Actor | None:
    return _current.get()


@contextmanager
def acting_as(actor: Actor):
    token = _current.set(actor)
    audit.set_actor(actor.audit_name)
    try:
        yield actor
    finally:
        _current.reset(token)
        previous = _current.get()
        audit.set_actor(previous.audit_name if previous else "")


def require(action: Action, *, meeting_id: int | None = None, expert_id: int | None = None) -> Actor:
    """The current actor if they may do `action` (on `expert_id`'s sheet in `meeting_id`);
    otherwise Refused, naming what is missing."""
    actor = _current.get()
    if actor is None:
        raise Refused("请先登录。")
    if actor.role is ActorRole.SYSTEM:
        return actor
    if actor.role not in ALLOWED[action]:
        raise Refused(f"{actor.role.label}无权执行此操作。")
    # A panel seat (expert or chair) acts only within its own meeting.
    if actor.meeting_id is not None and meeting_id is not None and actor.meeting_id != meeting_id:
        raise Refused("只能操作本人所在评审会。")
    if action is Action.SCORE_OWN and (expert_id is None or actor.expert_id != expert_id):
        raise Refused("专家只能填写本人的评分。")
    return actor


def may(action: Action, **where) -> bool:
    try:
        require(action, **where)
    except Refused:
        return False
    return True
