"""Staff accounts: the first administrator, passwords with complexity rules, lockout, login.

Experts do not have accounts; they log in to their seat with the PIN the clerk sets
(`panel.verify_pin`), which `expert_login` turns into an Actor.
"""

import string
from datetime import datetime, timedelta

from zqdesk.core.vocab import Role
from zqdesk.services.access import STAFF_ROLES, Action, Actor, ActorRole, require
from zqdesk.services.errors import Refused
from zqdesk.services.secrets import hash_secret, verify_secret
from zqdesk.storage import audit
from zqdesk.storage.db import writing
from zqdesk.storage.models import Account, Expert, PanelMember

FAILURES_LOCK = 5
LOCK_MINUTES = 10
_CLASSES = (string.ascii_lowercase, string.ascii_uppercase, string.digits)


def check_password(password: str) -> None:
    """At least 8 characters from at least three of: lower case, upper case, digits, others."""
    if len(password) < 8:
        raise Refused("密码至少8位。")
    classes = sum(any(ch in chars for ch in password) for chars in _CLASSES)
    classes += any(not any(ch in chars for chars in _CLASSES) for ch in password)
    if classes < 3:
        raise Refused("密码须包含大写字母、小写字母、数字、符号中的至少三类。")


def has_accounts() -> bool:
    return Account.select().exists()


def create_first_admin(username: str, display_name: str, password: str) -> Actor:
    """On first start, the one account anyone may create: the administrator."""
    if has_accounts():
        raise Refused("系统管理员已存在，请用已有账号登录。")
    return _create(username, display_name, ActorRole.ADMIN, password)


def create_account(username: str, display_name: str, role: ActorRole, password: str) -> Actor:
    require(Action.ADMINISTER)
    return _create(username, display_name, role, password)


def _create(username: str, display_name: str, role: ActorRole, password: str) -> Actor:
    username = username.strip()
    if not username:
        raise Refused("请填写账号。")
    if ActorRole(role) not in STAFF_ROLES:
        raise Refused("账号角色应为系统管理员、会务人员、评审组长或审计员。")
    check_password(password)
    if Account.get_or_none(Account.username == username) is not None:
        raise Refused(f"账号“{username}”已存在。")
    with writing():
        row = Account.create(username=username, display_name=display_name.strip() or username,
                             role=str(role), password_hash=hash_secret(password))
        audit.record("创建账号", f"account/{row.id}", None, {"username": username, "role": str(role)})
    return Actor(row.display_name, ActorRole(role), user_id=row.id)


def login(username: str, password: str) -> Actor:
    """Check a staff password; five failures lock the account for ten minutes."""
    row = Account.get_or_none(Account.username == username.strip())
    if row is None or not row.active:
        raise Refused("账号或密码不正确。")
    now = datetime.now()
    if row.locked_until is not None and row.locked_until > now:
        raise Refused(f"密码连续输错{FAILURES_LOCK}次，账号已锁定至{row.locked_until:%H:%M}。")
    if verify_secret(password, row.password_hash):
        if row.failures:
            with writing():
                Account.update(failures=0, locked_until=None).where(Account.id == row.id).execute()
        return Actor(row.display_name, ActorRole(row.role), user_id=row.id)
    with writing():
        # Counted under the write lock: failures at other terminals count too.
        failures = Account.get_by_id(row.id).failures + 1
        locked = now + timedelta(minutes=LOCK_MINUTES) if failures >= FAILURES_LOCK else None
        Account.update(failures=0 if locked else failures, locked_until=locked).where(Account.id == row.id).execute()
        audit.record("登录失败", f"account/{row.id}", None, {"failures": failures, "locked_until": locked})
    if locked:
        raise Refused(f"密码连续输错{FAILURES_LOCK}次，账号已锁定{LOCK_MINUTES}分钟。")
    raise Refused("账号或密码不正确。")


def change_password(actor: Actor, old: str, new: str) -> None:
    row = Account.get_or_none(Account.id == actor.user_id)
    if row is None or not verify_secret(old, row.password_hash):
        raise Refused("原密码不正确。")
    check_password(new)
    with writing():
        Account.update(password_hash=hash_secret(new)).where(Account.id == row.id).execute()
        audit.record("修改密码", f"account/{row.id}", None, {"password": "已修改"})


def list_accounts() -> list[tuple[int, str, str, ActorRole, bool]]:
    require(Action.ADMINISTER)
    return [(r.id, r.username, r.display_name, ActorRole(r.role), r.active)
            for r in Account.select().order_by(Account.id)]


def set_active(account_id: int, active: bool) -> None:
    actor = require(Action.ADMINISTER)
    if actor.user_id == account_id and not active:
        raise Refused("不能停用自己的账号。")
    with writing():
        Account.update(active=active).where(Account.id == account_id).execute()
        audit.record("启用账号" if active else "停用账号", f"account/{account_id}", None, {"active": active})


def expert_login(meeting_id: int, expert_id: int, pin: str) -> Actor:
    """An expert at the keyboard: their seat's PIN; the panel's 组长 acts as chair."""
    from zqdesk.services.panel import verify_pin

    verify_pin(meeting_id, expert_id, pin)
    member = PanelMember.get((PanelMember.meeting == meeting_id) & (PanelMember.expert == expert_id))
    name = Expert.get_by_id(expert_id).name
    role = ActorRole.CHAIR if member.role == Role.CHAIR else ActorRole.EXPERT
    return Actor(name, role, expert_id=expert_id, meeting_id=meeting_id)
