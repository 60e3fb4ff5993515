"""The handlers behind each `zqdesk-cli` command; each returns the exit code."""

import getpass
import json
import os
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from zqdesk.cli.output import findings_json, findings_text, plan_json, plan_text, rank_text, results_json
from zqdesk.core.money import parse_money
from zqdesk.core.vocab import Kind
from zqdesk.services import calendar, maintenance, meetings, panel, projects, results, scoring
from zqdesk.services import accounts
from zqdesk.services.access import ActorRole, set_actor
from zqdesk.services.errors import Refused
from zqdesk.storage.db import open_database
from zqdesk.storage.location import describe


def _open(args):
    db = open_database(args.db, create=False)
    _login(args)
    return db


def _password(variable: str, prompt: str) -> str:
    password = os.environ.get(variable)
    if not password and sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass(prompt)
    if not password:
        raise Refused(f"未提供密码：请在提示时输入，或设置环境变量 {variable}。")
    return password


def _login(args) -> None:
    if not args.user:
        raise Refused("请用 --user 指定登录账号（密码在提示时输入，或由环境变量 ZQDESK_PASSWORD 提供）。")
    set_actor(accounts.login(args.user, _password("ZQDESK_PASSWORD", f"{args.user} 的密码：")))


def _money(text: str, what: str) -> Decimal:
    try:
        return parse_money(text)
    except ValueError as error:
        raise Refused(f"{what}：{error}") from None


def _date(text: str | None, what: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Refused(f"{what}“{text}”应为 YYYY-MM-DD 格式的日期") from None


def _print(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def init(args) -> int:
    password = _password("ZQDESK_PASSWORD", f"{args.admin} 的密码：") if args.admin else None
    if password is not None:
        accounts.check_password(password)
    meetings.init_database(args.db, refuse_existing=True)
    print(f"已创建数据库 {describe(args.db)}")
    if args.admin:
        accounts.create_first_admin(args.admin, "系统管理员", password)
        print(f"已创建系统管理员账号 {args.admin}")
    return 0


def user_add(args) -> int:
    _open(args)
    password = _password("ZQDESK_NEW_PASSWORD", f"{args.username} 的新密码：")
    accounts.create_account(args.username, args.name or args.username, ActorRole(args.role), password)
    print(f"已创建账号 {args.username}（{ActorRole(args.role).label}）")
    return 0


def user_list(args) -> int:
    _open(args)
    for account_id, username, name, role, active in accounts.list_accounts():
        print(f"{account_id}\t{username}\t{name}\t{role.label}\t{'启用' if active else '停用'}")
    return 0


def meeting_create(args) -> int:
    _open(args)
    envelopes = {}
    for item in args.envelope:
        source, _, amount = item.partition("=")
        envelopes[source.strip()] = _money(amount, f"资金来源“{source}”的额度")
    settings = meetings.MeetingSettings(
        name=args.name, kind=Kind(args.kind), plan_year=args.year,
        budget=_money(args.budget, "资金额度"), envelopes=envelopes or None,
        pass_mark=_money(args.threshold, "通过分数线"), held_on=_date(args.date, "会议日期"), venue=args.venue,
    )
    print(meetings.create_meeting(settings).id)
    return 0


def meeting_list(args) -> int:
    _open(args)
    for m in meetings.list_meetings():
        state = "已定稿" if m.finalised_at else "进行中"
        print(f"{m.id}\t{m.plan_year}\t{Kind(m.kind).label}\t{state}\t{m.name}")
    return 0


def projects_import(args) -> int:
    _open(args)
    created = projects.import_projects(args.meeting, args.file)
    findings = projects.run_precheck(args.meeting)
    flagged = sum(1 for items in findings.values() if items)
    print(f"已导入{len(created)}个项目；合规预审：{flagged}个项目有审查意见")
    return 0


def experts_import(args) -> int:
    _open(args)
    seated = panel.import_experts(args.meeting, args.file)
    print(f"已导入{len(seated)}位专家")
    return 0


def scores_import(args) -> int:
    _open(args)
    count = scoring.import_scores(args.meeting, args.file, paper_signed=args.signed)
    print(f"已导入{count}份评分")
    return 0


def check(args) -> int:
    _open(args)
    meeting = meetings.get_meeting(args.meeting)
    as_of = _date(args.as_of, "截至日期")
    if meeting.finalised_at is None:
        findings = projects.run_precheck(args.meeting, as_of)
    else:
        findings = projects.meeting_findings(meeting, as_of)
    if args.json:
        _print(findings_json(args.meeting, findings))
    else:
        print(findings_text(findings))
    return 0


def rank(args) -> int:
    _open(args)
    outcome = results.meeting_results(args.meeting, _date(args.as_of, "截至日期"))
    if args.json:
        _print(results_json(outcome))
    else:
        print(rank_text(outcome))
    return 0


def plan(args) -> int:
    _open(args)
    outcome = results.meeting_results(args.meeting, _date(args.as_of, "截至日期"))
    if args.xlsx or args.pdf:
        from zqdesk.io.exports import write_plan_xlsx
        from zqdesk.reports.data import load_report_data
        from zqdesk.reports.layout import ISSUER
        from zqdesk.reports.plan import write_plan_pdf

        data = load_report_data(outcome)
        if args.xlsx:
            _write(write_plan_xlsx, data, args.xlsx, "年度建设计划表格", quiet=args.json)
        if args.pdf:
            _write(write_plan_pdf, data, args.pdf, "年度建设计划（送审稿）", quiet=args.json,
                   doc_number=args.number, issuer=args.issuer or ISSUER)
    if args.json:
        _print(plan_json(outcome))
    elif not (args.xlsx or args.pdf):
        print(plan_text(outcome))
    return 0


def _write(writer, data, path, what: str, quiet: bool = False, **options) -> None:
    """Run one document writer; a target that cannot be written is a refusal, not a bug.
    With `quiet` (JSON on stdout) the confirmation goes to stderr, so stdout stays JSON."""
    path = Path(path)
    if not path.parent.is_dir():
        raise Refused(f"无法写入“{path}”：文件夹“{path.parent}”不存在。")
    try:
        writer(data, path, **options)
    except OSError as error:
        raise Refused(f"无法写入“{path}”：{error.strerror or error}。") from None
    print(f"已生成{what}：{path}", file=sys.stderr if quiet else sys.stdout)


def document(name: str, text: str):
    """The handler of `opinions`, `sheets`, `summary` and `signin`: PDF and/or xlsx."""

    def run(args) -> int:
        if not (args.pdf or args.xlsx):
            raise Refused("请用 --pdf 或 --xlsx 指定输出文件。")
        _open(args)
        outcome = results.meeting_results(args.meeting, _date(args.as_of, "截至日期"))
        from zqdesk.io import exports
        from zqdesk.reports import opinions, sheets, signin, summary
        from zqdesk.reports.data import load_report_data

        data = load_report_data(outcome)
        pdf_writers = {
            "opinions": opinions.write_opinions_pdf, "sheets": sheets.write_sheets_pdf,
            "summary": summary.write_summary_pdf, "signin": signin.write_signin_pdf,
        }
        options = {}
        if name == "opinions" and args.project:
            known = {o.project.code for o in outcome.outcomes}
            unknown = [code for code in args.project if code not in known]
            if unknown:
                raise Refused(f"本评审会没有项目{'、'.join(unknown)}。")
            options["codes"] = args.project
        if args.pdf:
            _write(pdf_writers[name], data, args.pdf, f"{text}PDF", **options)
        if args.xlsx:
            _write(getattr(exports, f"write_{name}_xlsx"), data, args.xlsx, f"{text}表格")
        return 0

    return run


def meeting_export(args) -> int:
    from zqdesk.services import transfer

    _open(args)
    header = transfer.export_meeting(args.id, args.out)
    print(f"已导出评审会{args.id}到 {args.out}")
    print(f"内容指纹 {header['fingerprint']['algorithm']} {header['fingerprint']['hexdigest']}")
    return 0


def meeting_import(args) -> int:
    from zqdesk.services import transfer

    _open(args)
    meeting_id = transfer.import_meeting(args.source)
    print(meeting_id)
    sys.stderr.write(f"已导入评审会（新编号{meeting_id}），内容指纹与导出时一致。\n")
    return 0


def audit_verify(args) -> int:
    from zqdesk.services.auditing import verify_audit

    _open(args)
    report = verify_audit()
    if report.intact:
        print(f"审计日志完整：共{report.count}条记录，链头 {report.head[:16]}")
        return 0
    raise Refused("审计校验未通过：" + report.problems[0])


def backup(args) -> int:
    _open(args)
    target = maintenance.backup_to(args.db, args.out)
    print(f"已备份到 {target}")
    return 0


def restore(args) -> int:
    _open(args)
    saved = maintenance.restore_from(args.db, args.source)
    print(f"已从 {args.source} 恢复；恢复前的数据库已备份到 {saved}")
    return 0


def package_export(args) -> int:
    from zqdesk.services import packages

    _open(args)
    meeting = meetings.get_meeting(args.meeting)
    member = panel.expert_by_name(meeting, args.expert)
    code = packages.export_package(args.meeting, member.expert_id, args.out, new_secret=args.new_code)
    print(f"已导出{args.expert}的评分数据包：{args.out}")
    print(f"校验码（抄在纸条上交给专家本人）：{code}")
    return 0


def results_import(args) -> int:
    from zqdesk.services import packages

    _open(args)
    refused = 0
    for o in packages.import_results(args.meeting, args.files):
        who = f"{o.expert or '未知专家'}，修订{o.revision if o.revision is not None else '?'}"
        if o.status == packages.MERGED:
            print(f"已合并 {o.path.name}（{who}）：更新{o.changed_sheets}份评分表")
        elif o.status == packages.UNCHANGED:
            print(f"未改变 {o.path.name}（{who}）：{o.reason}")
        else:
            refused += 1
            sys.stderr.write(f"已拒绝 {o.path.name}（{who}）：{o.reason}\n")
    return 2 if refused else 0


def holidays_import(args) -> int:
    _open(args)
    year = calendar.import_holidays(args.file)
    print(f"已导入{year}年节假日安排")
    return 0


def template(args) -> int:
    from zqdesk.io.templates import write_template

    criteria = None
    if args.kind == "scores":
        if args.meeting is not None:
            _open(args)
            criteria = meetings.meeting_criteria(meetings.get_meeting(args.meeting))
        else:
            criteria = meetings.seed_criteria()[1]
    write_template(args.kind, args.out, criteria)
    print(f"已导出空白模板 {args.out}")
    return 0


def demo(args) -> int:
    from zqdesk.services.demo import build_demo

    meeting_id = build_demo(args.db, seed=args.seed)
    print(meeting_id)
    return 0
