"""One page per stage of the meeting (会议 项目 专家 评分 汇总讨论 年度计划 文书 设置)."""
