"""`audit verify`: the chain, its head outside the database, every sheet row's MAC, and every
sheet against the state the log says it should have."""

import json
from dataclasses import dataclass, field

from zqdesk.storage import audit
from zqdesk.storage.keys import installation_key
from zqdesk.storage.macs import mac
from zqdesk.storage.models import AuditEntry, Review, Score
from zqdesk.storage.sheets import review_fields, score_fields, sheet_target, snapshot


@dataclass
class AuditReport:
    """What verification found; `problems` in the order found, the first one first."""

    count: int = 0
    head: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems


def verify() -> AuditReport:
    key = installation_key()
    report = AuditReport()
    sheets = _verify_chain(key, report)
    _verify_anchor(report)
    _verify_rows(key, report)
    _verify_sheets(sheets, report)
    return report


def _verify_chain(key: bytes, report: AuditReport) -> dict[str, dict | None]:
    previous = audit.genesis(key)
    expected_seq = 1
    sheets: dict[str, dict | None] = {}
    for entry in AuditEntry.select().order_by(AuditEntry.id):
        if entry.seq != expected_seq:
            report.problems.append(
                f"审计记录第{expected_seq}条缺失或顺序被打乱（此处为第{entry.seq}条）。" if entry.seq > expected_seq
                else f"审计记录第{entry.seq}条顺序被打乱（应为第{expected_seq}条）。")
            return sheets
        body = audit.entry_body(entry.seq, entry.at, entry.actor, entry.action, entry.target, entry.old, entry.new, entry.reason)
        if entry.algorithm not in ("HMAC-SM3", "HMAC-SHA256") or mac(key, [previous, body], entry.algorithm) != entry.mac:
            report.problems.append(f"审计记录第{entry.seq}条（{entry.at} {entry.actor} {entry.action}）被修改。")
            return sheets
        if entry.target.startswith("sheet/"):
            sheets[entry.target] = None if entry.new is None else json.loads(entry.new)
        previous = entry.mac
        report.count, report.head = entry.seq, entry.mac
        expected_seq += 1
    return sheets


def _verify_anchor(report: AuditReport) -> None:
    anchor = audit.read_anchor()
    if anchor is None or report.problems:
        return
    if anchor["count"] > report.count:
        report.problems.append(
            f"审计记录被截断：应至少有{anchor['count']}条，现只有{report.count}条（第{report.count + 1}条起缺失）。")
        return
    head = AuditEntry.get_or_none(AuditEntry.seq == anchor["count"])
    if anchor["count"] and (head is None or head.mac != anchor["head"]):
        report.problems.append(f"审计记录第{anchor['count']}条与库外保存的链头不符，日志可能被替换。")


def _verify_rows(key: bytes, report: AuditReport) -> None:
    for row in Score.select().order_by(Score.id):
        if mac(key, score_fields(row)) != row.mac:
            report.problems.append(
                f"评分记录被直接修改：项目#{row.project_id} 专家#{row.expert_id} 第{row.round}轮 {row.criterion}={row.points}。")
            return
    for row in Review.select().order_by(Review.id):
        if mac(key, review_fields(row)) != row.mac:
            report.problems.append(f"评审记录被直接修改：项目#{row.project_id} 专家#{row.expert_id} 第{row.round}轮。")
            return


def _verify_sheets(logged: dict[str, dict | None], report: AuditReport) -> None:
    if report.problems:
        return
    present = {
        sheet_target(p, e, r) for p, e, r in
        list(Score.select(Score.project, Score.expert, Score.round).tuples())
        + list(Review.select(Review.project, Review.expert, Review.round).tuples())
    }
    for target in sorted(present | set(logged)):
        _, p, e, r = target.split("/")
        if snapshot(int(p), int(e), int(r)) != logged.get(target):
            report.problems.append(f"评分表{target}与审计记录不一致（记录被删除或未经程序写入）。")
            return
