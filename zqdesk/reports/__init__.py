"""Printed documents as PDF, written with reportlab (Qt-free): data in, PDF out.

Writers (each takes a MeetingResults or a ReportData, a path, and optional
``progress(done, total)`` / ``cancelled()`` callbacks; raises ``job.Cancelled`` and leaves
no file when cancelled):

- ``plan.write_plan_pdf``          年度建设计划（送审稿）
- ``opinions.write_opinions_pdf``  评审意见 / 预审意见, one per project
- ``sheets.write_sheets_pdf``      专家评分表, one per expert
- ``summary.write_summary_pdf``    评分汇总表 (A4 landscape)
- ``signin.write_signin_pdf``      签到表 and every expert's 回避声明

``data.load_report_data(results)`` reads the panel, recusals and audit head on the calling
thread; ``fingerprint`` computes the content fingerprint every page carries. The same tables
as xlsx: ``zqdesk.io.exports``.
"""
