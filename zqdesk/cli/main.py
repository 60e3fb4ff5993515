"""`zqdesk-cli [--db PATH|postgresql://user@host:port/name] COMMAND` (SPEC §11; issue #8 for a
database server).

Exit 0 on success, 2 on bad input or a refused action (the reason on stderr, in Chinese),
1 on a bug.
"""

import argparse
import sys
import traceback
from pathlib import Path

from zqdesk.cli import commands
from zqdesk.io.errors import ImportRefused
from zqdesk.paths import default_database
from zqdesk.services.errors import Refused
from zqdesk.services.access import set_actor
from zqdesk.storage.db import DatabaseRefused, close_database
from zqdesk.storage.location import BadLocation, ServerAddress, parse_location


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        self.print_usage(sys.stderr)
        sys.stderr.write(f"参数错误：{message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="zqdesk-cli", description="智慧钦州评审桌面 命令行工具")
    parser.add_argument("--db", default=None,
                        help=f"数据库文件（默认 {default_database()}），或数据库服务器地址 "
                             "postgresql://用户@主机:端口/库名（密码由环境变量 PGPASSWORD 提供）")
    parser.add_argument("--user", help="登录账号（密码在提示时输入，或由环境变量 ZQDESK_PASSWORD 提供）")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    init = sub.add_parser("init", help="创建数据库（不覆盖已有文件）")
    init.add_argument("--admin", help="同时创建系统管理员账号（密码在提示时输入，或由 ZQDESK_PASSWORD 提供）")
    init.set_defaults(run=commands.init)

    user = sub.add_parser("user", help="账号（系统管理员）").add_subparsers(dest="action", required=True, parser_class=_Parser)
    item = user.add_parser("add", help="新建账号（新密码在提示时输入，或由 ZQDESK_NEW_PASSWORD 提供）")
    item.add_argument("username")
    item.add_argument("--role", required=True, choices=["admin", "clerk", "chair", "auditor"])
    item.add_argument("--name", default="", help="显示姓名")
    item.set_defaults(run=commands.user_add)
    user.add_parser("list", help="列出账号").set_defaults(run=commands.user_list)

    meeting = sub.add_parser("meeting", help="评审会").add_subparsers(dest="action", required=True, parser_class=_Parser)
    create = meeting.add_parser("create", help="创建评审会，输出其编号")
    create.add_argument("--name", required=True)
    create.add_argument("--kind", required=True, choices=["annual", "special"])
    create.add_argument("--year", required=True, type=int, help="计划年度")
    create.add_argument("--budget", required=True, help="资金额度（万元）")
    create.add_argument("--threshold", default="60", help="通过分数线（默认60）")
    create.add_argument("--envelope", action="append", default=[], metavar="资金来源=万元",
                        help="按资金来源分设额度，可多次给出")
    create.add_argument("--date", help="会议日期 YYYY-MM-DD")
    create.add_argument("--venue", default="")
    create.set_defaults(run=commands.meeting_create)
    meeting.add_parser("list", help="列出评审会").set_defaults(run=commands.meeting_list)
    item = meeting.add_parser("export", help="导出整个评审会到文件（用于在单机数据库与服务器数据库之间迁移）")
    item.add_argument("id", type=int, help="评审会编号")
    item.add_argument("out", type=Path, help="评审会文件（.zqmeeting）")
    item.set_defaults(run=commands.meeting_export)
    item = meeting.add_parser("import", help="从评审会文件导入整个评审会（核对内容指纹）")
    item.add_argument("source", type=Path, metavar="IN", help="评审会文件")
    item.set_defaults(run=commands.meeting_import)

    for noun, runner, text in (
        ("projects", commands.projects_import, "导入项目申报表"),
        ("experts", commands.experts_import, "导入专家名单"),
        ("scores", commands.scores_import, "导入专家评分（视为已签名提交，须加 --signed 确认纸质评分表均已签名）"),
    ):
        group = sub.add_parser(noun, help=text).add_subparsers(dest="action", required=True, parser_class=_Parser)
        item = group.add_parser("import", help=text)
        item.add_argument("file", type=Path)
        item.add_argument("--meeting", required=True, type=int)
        if noun == "scores":
            item.add_argument("--signed", action="store_true", help="已核对每位专家的纸质评分表均已签名")
        item.set_defaults(run=runner)

    for name, runner, text in (
        ("check", commands.check, "合规预审"),
        ("rank", commands.rank, "得分与排名"),
        ("plan", commands.plan, "年度建设计划"),
    ):
        item = sub.add_parser(name, help=text)
        item.add_argument("--meeting", required=True, type=int)
        item.add_argument("--json", action="store_true")
        item.add_argument("--as-of", help="预审期限计算截至日期 YYYY-MM-DD（默认今天）")
        if name == "plan":
            item.add_argument("--pdf", type=Path)
            item.add_argument("--xlsx", type=Path)
            item.add_argument("--number", help="发文字号，如 钦发改〔2027〕12号（不填则留空待手写）")
            item.add_argument("--issuer", help="发文机关（默认 钦州市发展和改革委员会）")
        item.set_defaults(run=runner)

    for name, text, detail in (
        ("opinions", "评审意见", "（专项申报为预审意见）"), ("sheets", "专家评分表", ""), ("summary", "评分汇总表", ""),
        ("signin", "专家签到表及回避声明", ""),
    ):
        item = sub.add_parser(name, help=f"生成{text}{detail}")
        item.add_argument("--meeting", required=True, type=int)
        item.add_argument("--pdf", type=Path, required=name in ("opinions", "sheets"), help="PDF 输出文件")
        item.add_argument("--xlsx", type=Path, help="同时导出表格（xlsx）")
        item.add_argument("--as-of", help="预审期限计算截至日期 YYYY-MM-DD（默认今天）")
        if name == "opinions":
            item.add_argument("--project", action="append", metavar="项目编号", help="只生成这些项目，可多次给出")
        item.set_defaults(run=commands.document(name, text))

    audit = sub.add_parser("audit", help="审计日志").add_subparsers(dest="action", required=True, parser_class=_Parser)
    audit.add_parser("verify", help="校验审计日志").set_defaults(run=commands.audit_verify)

    backup = sub.add_parser("backup", help="备份数据库")
    backup.add_argument("out", type=Path)
    backup.set_defaults(run=commands.backup)
    restore = sub.add_parser("restore", help="从备份恢复数据库")
    restore.add_argument("source", type=Path)
    restore.set_defaults(run=commands.restore)

    package = sub.add_parser("package", help="专家评分数据包（离线评分）").add_subparsers(
        dest="action", required=True, parser_class=_Parser)
    item = package.add_parser("export", help="为一位专家导出评分数据包，输出其校验码")
    item.add_argument("out", type=Path, help="数据包文件（.zqpkg）")
    item.add_argument("--meeting", required=True, type=int)
    item.add_argument("--expert", required=True, help="专家姓名")
    item.add_argument("--new-code", action="store_true", help="换发新校验码（旧校验码生成的结果文件作废）")
    item.set_defaults(run=commands.package_export)
    outcome = sub.add_parser("results", help="专家评分结果文件").add_subparsers(
        dest="action", required=True, parser_class=_Parser)
    item = outcome.add_parser("import", help="校验并合并专家评分结果文件（可一次多个）")
    item.add_argument("files", type=Path, nargs="+", metavar="FILE")
    item.add_argument("--meeting", required=True, type=int)
    item.set_defaults(run=commands.results_import)

    holidays = sub.add_parser("holidays", help="节假日安排").add_subparsers(dest="action", required=True, parser_class=_Parser)
    item = holidays.add_parser("import", help="导入节假日安排文件")
    item.add_argument("file", type=Path)
    item.set_defaults(run=commands.holidays_import)

    template = sub.add_parser("template", help="导出空白导入模板")
    template.add_argument("kind", choices=["projects", "experts", "scores"])
    template.add_argument("out", type=Path)
    template.add_argument("--meeting", type=int, help="评分模板按该评审会的评分项生成")
    template.set_defaults(run=commands.template)

    demo = sub.add_parser("demo", help="生成演示评审会（示例数据）")
    demo.add_argument("--seed", type=int, default=2027)
    demo.set_defaults(run=commands.demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    from zqdesk.netguard import allow_database, forbid_network

    forbid_network()
    args = build_parser().parse_args(argv)
    args.db = args.db or str(default_database())
    try:
        location = parse_location(args.db)
    except BadLocation as error:
        sys.stderr.write(f"{error}\n")
        return 2
    if isinstance(location, ServerAddress):
        # The one address this process may reach: the configured database server.
        allow_database(location.host, location.port)
    try:
        return args.run(args) or 0
    except (Refused, DatabaseRefused, ImportRefused) as refusal:
        sys.stderr.write(f"{refusal}\n")
        return 2
    except Exception:  # noqa: BLE001 — a bug: say so plainly, with the trace for the report
        sys.stderr.write("程序错误，请将以下信息报告维护人员：\n")
        traceback.print_exc()
        return 1
    finally:
        set_actor(None)
        close_database()


if __name__ == "__main__":
    sys.exit(main())
