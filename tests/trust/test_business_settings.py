"""Business settings live in the database (one decision of the administrator for every
terminal of it): defaults until set, the administrator only, ranges enforced, every change in
the audit chain with its old value."""

import pytest

from zqdesk.services import settings
from zqdesk.services.access import Actor, ActorRole, acting_as
from zqdesk.services.errors import Refused
from zqdesk.storage.models import AuditEntry
from zqdesk.storage.verify import verify

ADMIN = Actor("管理员", ActorRole.ADMIN, user_id=1)


def test_defaults_until_the_administrator_sets_them(db_path):
    assert settings.read(settings.IDLE_LOCK_MINUTES) == 10
    assert settings.read(settings.BACKUP_INTERVAL_MINUTES) == 5
    with acting_as(ADMIN):
        assert settings.change(settings.IDLE_LOCK_MINUTES, 0) == 0  # 0: never lock
        settings.change(settings.BACKUP_INTERVAL_MINUTES, 12)
    assert (settings.read(settings.IDLE_LOCK_MINUTES), settings.read(settings.BACKUP_INTERVAL_MINUTES)) == (0, 12)
    [entry] = AuditEntry.select().where(AuditEntry.target == "setting/idle_lock_minutes")
    assert (entry.action, entry.old, entry.new) == ("修改设置", '{"idle_lock_minutes":10}', '{"idle_lock_minutes":0}')
    assert verify().intact


@pytest.mark.parametrize("role", [ActorRole.CLERK, ActorRole.CHAIR, ActorRole.AUDITOR, ActorRole.EXPERT])
def test_only_the_administrator_changes_them(db_path, role):
    with acting_as(Actor("某人", role, user_id=2, expert_id=1 if role in (ActorRole.CHAIR, ActorRole.EXPERT) else None)):
        with pytest.raises(Refused, match="无权"):
            settings.change(settings.IDLE_LOCK_MINUTES, 30)
    assert settings.read(settings.IDLE_LOCK_MINUTES) == 10


@pytest.mark.parametrize("name, value", [
    (settings.IDLE_LOCK_MINUTES, -1), (settings.IDLE_LOCK_MINUTES, 121), (settings.BACKUP_INTERVAL_MINUTES, 0),
    (settings.BACKUP_INTERVAL_MINUTES, 61), (settings.BACKUP_INTERVAL_MINUTES, "5"), (settings.IDLE_LOCK_MINUTES, True),
])
def test_values_out_of_range_are_refused_and_nothing_is_written(db_path, name, value):
    before = AuditEntry.select().count()
    with acting_as(ADMIN), pytest.raises(Refused, match="之间的整数"):
        settings.change(name, value)
    assert AuditEntry.select().count() == before


def test_an_unknown_name_is_refused(db_path):
    with pytest.raises(Refused, match="没有名为"):
        settings.read("colour")
