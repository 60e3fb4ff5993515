"""One expert's sheets as plain data, the form they travel in between the clerk's database and
an expert's laptop (SPEC §8.3), and the one way they are written back: through
storage.sheets, so every row is sealed and every change audited with its old values."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from zqdesk.core.vocab import RECOMMENDATIONS
from zqdesk.services.scoring import _rounds_by_code
from zqdesk.storage.models import Meeting, Project, Review, Score
from zqdesk.storage.sheets import NewSheet, replace_sheets, sheet_change


@dataclass(frozen=True)
class SheetData:
    """An expert's sheet for one project in one round."""

    code: str
    round: int
    points: dict[str, Decimal]
    recommendation: str = ""
    opinion: str = ""
    deviation_note: str = ""
    submitted_at: datetime | None = None

    @property
    def blank(self) -> bool:
        """Nothing entered: the same as no sheet at all."""
        return not (self.points or self.recommendation or self.opinion or self.deviation_note
                    or self.submitted_at)

    def to_json(self) -> dict:
        return {
            "code": self.code, "round": self.round,
            "points": {key: str(value) for key, value in sorted(self.points.items())},
            "recommendation": self.recommendation, "opinion": self.opinion,
            "deviation_note": self.deviation_note,
            "submitted_at": self.submitted_at.isoformat() if self.submitted_at else None,
        }

    @classmethod
    def from_json(cls, item) -> "SheetData":
        """Raises ValueError (Chinese) for anything but the shape `to_json` writes."""
        if not isinstance(item, dict) or set(item) != {"code", "round", "points", "recommendation", "opinion",
                                                       "deviation_note", "submitted_at"}:
            raise ValueError("评分表的字段不全或有多余字段")
        texts = [item[k] for k in ("code", "recommendation", "opinion", "deviation_note")]
        if not all(isinstance(t, str) for t in texts) or type(item["round"]) is not int or item["round"] < 1:
            raise ValueError("评分表的项目编号、轮次或文字格式不对")
        if not isinstance(item["points"], dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in item["points"].items()):
            raise ValueError(f"项目{item['code']}的分值格式不对")
        try:
            points = {k: Decimal(v) for k, v in item["points"].items()}
        except InvalidOperation:
            raise ValueError(f"项目{item['code']}的分值不是数字") from None
        submitted = item["submitted_at"]
        if submitted is not None:
            try:
                submitted = datetime.fromisoformat(submitted)
            except (TypeError, ValueError):
                raise ValueError(f"项目{item['code']}的提交时间格式不对") from None
        if item["recommendation"] and item["recommendation"] not in RECOMMENDATIONS:
            raise ValueError(f"项目{item['code']}的评审建议应为：{'、'.join(RECOMMENDATIONS)}")
        return cls(item["code"], item["round"], points, item["recommendation"], item["opinion"],
                   item["deviation_note"], submitted)


def read_sheets(meeting: Meeting, expert_id: int, current_only: bool = False) -> dict[tuple[str, int], SheetData]:
    """The expert's non-blank sheets of the meeting by (project code, round); with `current_only`,
    only each project's current round (what the scoring form shows)."""
    rounds = _rounds_by_code(meeting)
    points: dict[tuple[str, int], dict[str, Decimal]] = {}
    for code, round_number, criterion, value in (
            Score.select(Project.code, Score.round, Score.criterion, Score.points).join(Project)
            .where((Project.meeting == meeting) & (Score.expert == expert_id)).tuples()):
        points.setdefault((code, round_number), {})[criterion] = value
    reviews = {
        (r.project.code, r.round): r for r in Review.select(Review, Project.code).join(Project)
        .where((Project.meeting == meeting) & (Review.expert == expert_id))
    }
    sheets = {}
    for code, round_number in set(points) | set(reviews):
        if current_only and round_number != rounds.get(code, 1):
            continue
        review = reviews.get((code, round_number))
        sheet = SheetData(code, round_number, points.get((code, round_number), {}),
                          *((review.recommendation, review.opinion, review.deviation_note, review.submitted_at)
                            if review else ()))
        if not sheet.blank:
            sheets[(code, round_number)] = sheet
    return dict(sorted(sheets.items()))


def write_sheets(meeting: Meeting, expert_id: int, sheets: list[SheetData], action: str, reason: str) -> None:
    """Replace the expert's sheets with these, inside the caller's `writing()`. Submitted sheets
    go in one batch (`replace_sheets`); drafts one by one, as the scoring form would save them."""
    ids = dict(Project.select(Project.code, Project.id).where(Project.meeting == meeting).tuples())
    now = datetime.now().replace(microsecond=0)
    submitted = [
        NewSheet(ids[s.code], expert_id, s.round, s.points, s.recommendation, s.opinion, s.deviation_note,
                 s.submitted_at, reason)
        for s in sheets if s.submitted_at is not None
    ]
    if submitted:
        replace_sheets(submitted, action, now)
    for s in sheets:
        if s.submitted_at is not None:
            continue
        project_id = ids[s.code]
        with sheet_change(project_id, expert_id, s.round, action, reason):
            Score.delete().where((Score.project == project_id) & (Score.expert == expert_id)
                                 & (Score.round == s.round)).execute()
            Review.delete().where((Review.project == project_id) & (Review.expert == expert_id)
                                  & (Review.round == s.round)).execute()
            for criterion, value in s.points.items():
                Score.create(project=project_id, expert=expert_id, round=s.round, criterion=criterion,
                             points=value, entered_at=now)
            Review.create(project=project_id, expert=expert_id, round=s.round, recommendation=s.recommendation,
                          opinion=s.opinion, deviation_note=s.deviation_note)
