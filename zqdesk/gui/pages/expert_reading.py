"""What the expert desk reads for a sheet, off the UI thread (workers), and the values kept on
this terminal laid over what was read. No widgets here."""

from __future__ import annotations

import html
from dataclasses import replace

from zqdesk.services import meetings, panel, scoring
from zqdesk.services.projects import meeting_facts, meeting_findings
from zqdesk.services.results import meeting_results


def panel_scores(meeting_id: int, expert_id: int, code: str) -> str | None:
    """Worker: the panel's totals for a project as text — None unless this expert may see them."""
    if not scoring.can_see_panel(meeting_id, expert_id):
        return None
    results = meeting_results(meeting_id)
    names = {e.expert_id: e.name for e in panel.panel(meeting_id)}
    sheets = results.sheets.get(code, [])
    if not sheets:
        return ""
    outcome = results.outcome(code)
    lines = [f"{names.get(s.expert_id, s.expert_id)}：{s.total:g}" + ("（偏离）" if s.expert_id in outcome.result.deviating else "")
             for s in sheets]
    score = "" if outcome.result.score is None else f"\n综合得分 {outcome.result.score:.2f}"
    return "；".join(lines) + score


def with_kept(lines, kept: dict, texts: dict):
    """The sheet as read, with the scores (`kept`: (code, key) → value) and texts (`texts`:
    (code, field) → text) kept on this terminal in place of the saved ones: a reload while the
    server was away must not put old values back in the fields."""
    if not kept and not texts:
        return lines
    out = []
    for line in lines:
        mine = {key: value for (code, key), value in kept.items() if code == line.code}
        fields = {field: text for (code, field), text in texts.items() if code == line.code}
        if mine and not line.submitted:
            line = replace(line, points={**line.points, **mine})
        if fields:
            line = replace(line, **fields)
        out.append(line)
    return out


def facts_html(meeting_id: int) -> dict[str, str]:
    """Worker: a short description of each application for the expert's form."""
    meeting = meetings.get_meeting(meeting_id)
    findings = meeting_findings(meeting)
    out = {}
    for f in meeting_facts(meeting):
        notes = "".join(f"<br/><span style='color:#b54708'>{html.escape(x.severity.label)} {html.escape(x.article)}："
                        f"{html.escape(x.message)}</span>" for x in findings.get(f.code, ()))
        out[f.code] = (f"{html.escape(f.unit)} · {html.escape(f.category)} · {html.escape(f.nature)} · "
                       f"总投资{f.total_investment:,.2f}万元 · 申请市级资金{f.requested:,.2f}万元{notes}")
    return out
