"""The auditor's verification of the audit trail."""

from zqdesk.services.access import Action, require
from zqdesk.storage.verify import AuditReport, verify


def verify_audit() -> AuditReport:
    require(Action.AUDIT_VERIFY)
    return verify()
