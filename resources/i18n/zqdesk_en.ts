<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <source>新建账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>密码规则：至少8位，含大写字母、小写字母、数字、符号中的至少三类。</source>
        <translation>Password rules: at least 8 characters, from at least three of: upper case, lower case, digits, symbols.</translation>
    </message>
    <message>
        <source>会务人员：建评审会、导入项目和专家、录入纸质评分、合并专家结果文件、打印文书。</source>
        <translation>Clerk: creates meetings, imports applications and experts, types scores from paper, merges experts&apos; result files, prints documents.</translation>
    </message>
    <message>
        <source>评审组长：主持讨论、重新评分、确定结论和档次、定稿。</source>
        <translation>Chair: leads the discussion, opens re-scoring, decides conclusions and tiers, finalises.</translation>
    </message>
    <message>
        <source>审计员：查看评审会和结果，核验审计记录；不能修改任何内容。</source>
        <translation>Auditor: reads meetings and results and verifies the audit trail; cannot change anything.</translation>
    </message>
    <message>
        <source>系统管理员：账号、备份和恢复、节假日安排；看不到评分。</source>
        <translation>Administrator: accounts, backups and restore, holiday calendar; cannot see scores.</translation>
    </message>
    <message>
        <source>密码符合规则。</source>
        <translation>The password meets the rules.</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <source>账号（系统管理员）</source>
        <translation>Accounts (administrator)</translation>
    </message>
    <message>
        <source>新建账号…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <source>启用/停用</source>
        <translation>Enable/disable</translation>
    </message>
</context>
<context>
    <name>AlternativeTableModel</name>
    <message>
        <source>新增（计划外）</source>
        <translation>Added (not in plan)</translation>
    </message>
    <message>
        <source>调出（计划内）</source>
        <translation>Dropped (in plan)</translation>
    </message>
    <message>
        <source>相同</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>申请资金(万元)</source>
        <translation>Requested (10k CNY)</translation>
    </message>
    <message>
        <source>与计划相比</source>
        <translation>Against the plan</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>修改已提交的分数</source>
        <translation>Correct a submitted score</translation>
    </message>
    <message>
        <source>%1 · 项目%2 · %3（0至%4分）</source>
        <translation>%1 · project %2 · %3 (0 to %4)</translation>
    </message>
    <message>
        <source>新分数</source>
        <translation>New score</translation>
    </message>
    <message>
        <source>修改理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>AuditBox</name>
    <message>
        <source>审计记录核验（审计员、系统管理员）</source>
        <translation>Audit verification (auditor, administrator)</translation>
    </message>
    <message>
        <source>核验审计记录</source>
        <translation>Verify the audit trail</translation>
    </message>
    <message>
        <source>尚未核验。</source>
        <translation>Not verified yet.</translation>
    </message>
    <message>
        <source>每一次修改（谁、何时、原值、新值、理由）都按哈希链记录。核验检查记录有无被修改、删除或调换顺序，链头是否与库外保存的一致，每条评分是否与记录相符。</source>
        <translation>Every change (who, when, old, new, reason) is recorded in a hash chain. Verification checks that no record was edited, deleted or reordered, that the chain head matches the copy kept outside the database, and that every score matches the records.</translation>
    </message>
    <message>
        <source>正在核验审计记录…</source>
        <translation>Verifying the audit trail…</translation>
    </message>
    <message>
        <source>审计记录完好：共%1条，链头 %2</source>
        <translation>The audit trail is intact: %1 records, chain head %2</translation>
    </message>
    <message>
        <source>发现问题：%1</source>
        <translation>Problem found: %1</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>自动（定时）</source>
        <translation>Automatic (timer)</translation>
    </message>
    <message>
        <source>自动（关闭时）</source>
        <translation>Automatic (on closing)</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>恢复前自动备份</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>备份时间</source>
        <translation>Backed up at</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>升级前自动备份</source>
        <translation>Before an upgrade</translation>
    </message>
</context>
<context>
    <name>BandsModel</name>
    <message>
        <source>最低分</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>最高分</source>
        <translation>High</translation>
    </message>
    <message>
        <source>评分要点</source>
        <translation>What earns it</translation>
    </message>
</context>
<context>
    <name>ChairLogin</name>
    <message>
        <source>组长确认身份</source>
        <translation>Chair confirms identity</translation>
    </message>
    <message>
        <source>（本评审会尚未指定组长）</source>
        <translation>(this meeting has no chair yet)</translation>
    </message>
    <message>
        <source>以下操作须由评审组长确认：开放专家组评分、开启重新评分、推翻审查意见、调整档次、定稿。</source>
        <translation>These actions need the chair: opening the panel view, re-scoring rounds, overriding findings, moving tiers, finalising.</translation>
    </message>
    <message>
        <source>评审组长</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>本评审会尚未指定组长，请在“专家”中增加组长。</source>
        <translation>This meeting has no chair; add one on the Experts page.</translation>
    </message>
    <message>
        <source>该专家不是本评审会组长。</source>
        <translation>This expert is not the chair of this meeting.</translation>
    </message>
</context>
<context>
    <name>ClerkGrid</name>
    <message>
        <source>提交（纸质评分表已签名）</source>
        <translation>Submit (paper sheet signed)</translation>
    </message>
    <message>
        <source>专家(&amp;E)</source>
        <translation>&amp;Expert</translation>
    </message>
    <message>
        <source>评分录入表</source>
        <translation>Score entry grid</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>已录入 %1 / %2 个项目</source>
        <translation>%1 of %2 projects entered</translation>
    </message>
    <message>
        <source>，其中 %1 个已提交</source>
        <translation>, %1 submitted</translation>
    </message>
    <message>
        <source>提交评分</source>
        <translation>Submit scores</translation>
    </message>
    <message>
        <source>请核对：%1的纸质评分表已签名，且录入的分数与纸质表一致。提交后不能再修改。</source>
        <translation>Check that %1 signed the paper sheet and that the scores entered match it. Submitted scores cannot be changed.</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已提交%1个项目的评分。</source>
        <translation>Scores of %1 projects submitted.</translation>
    </message>
    <message>
        <source>修改已提交的分数…</source>
        <translation>Correct submitted score…</translation>
    </message>
    <message>
        <source>录入有误时，按签名的纸质评分表更正已提交的分数，须写明理由</source>
        <translation>Correct a submitted score against the signed paper sheet, with a written reason</translation>
    </message>
    <message>
        <source>该项目尚未提交，直接在表格中修改即可。</source>
        <translation>This project is not submitted yet: change it in the grid.</translation>
    </message>
    <message>
        <source>已修改%1的%2，原值保留在审计记录中。</source>
        <translation>%2 of %1 corrected; the earlier value stays in the audit log.</translation>
    </message>
    <message>
        <source>还有分数或评审意见暂存在本机、尚未保存到服务器，连接恢复并保存后才能提交。</source>
        <translation>Some scores or review texts are kept on this terminal and not yet on the server; submit once the connection is back and they are saved.</translation>
    </message>
    <message>
        <source>选择专家后直接输入分数：回车或Tab保存并跳到下一格，方向键移动。超出范围或不是整数、0.5分的数值留在格中并标红，不保存，下方说明原因；改正后再按回车。每个分数输入后立即保存。全部录入并核对签名后点击“提交”。</source>
        <translation>Choose the expert and type the scores: Enter or Tab saves and moves on, arrow keys move. A value out of range or not in whole or half points stays in its cell, marked in red, and is not saved; the reason is shown below. Correct it and press Enter again. Each score is saved as it is entered. When all are typed and the signature checked, click “Submit”.</translation>
    </message>
</context>
<context>
    <name>ConclusionPanel</name>
    <message>
        <source>审查意见</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>调整档次…</source>
        <translation>Move tier…</translation>
    </message>
    <message>
        <source>偏离说明</source>
        <translation>Deviation explanation</translation>
    </message>
    <message>
        <source>按评分和审查意见重新起草</source>
        <translation>Redraft from scores and findings</translation>
    </message>
    <message>
        <source>保存评审意见</source>
        <translation>Save opinion</translation>
    </message>
    <message>
        <source>评审意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>在左侧表格中选择一个项目。</source>
        <translation>Choose a project in the table on the left.</translation>
    </message>
    <message>
        <source>无有效评分</source>
        <translation>no counted scores</translation>
    </message>
    <message>
        <source>档次：%1档</source>
        <translation>Tier: %1</translation>
    </message>
    <message>
        <source>（组长调整，理由：%1）</source>
        <translation> (moved by the chair: %1)</translation>
    </message>
    <message>
        <source>档次：—（仅通过的项目分档）</source>
        <translation>Tier: — (only passed projects have a tier)</translation>
    </message>
    <message>
        <source>已推翻，理由：%1</source>
        <translation>Overridden: %1</translation>
    </message>
    <message>
        <source>推翻…</source>
        <translation>Override…</translation>
    </message>
    <message>
        <source>录入说明…</source>
        <translation>Enter explanation…</translation>
    </message>
    <message>
        <source>草稿（尚未保存）</source>
        <translation>Draft (not saved)</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>推翻审查意见</source>
        <translation>Override finding</translation>
    </message>
    <message>
        <source>调整档次</source>
        <translation>Move tier</translation>
    </message>
    <message>
        <source>调整项目%1的轻重缓急档次。</source>
        <translation>Move project %1 to another priority tier.</translation>
    </message>
    <message>
        <source>已调整档次。</source>
        <translation>Tier moved.</translation>
    </message>
    <message>
        <source>%1对项目%2的偏离说明（按专家书面说明录入）：</source>
        <translation>%1&apos;s deviation explanation for project %2 (as the expert wrote it):</translation>
    </message>
    <message>
        <source>已保存偏离说明。</source>
        <translation>Deviation explanation saved.</translation>
    </message>
    <message>
        <source>已保存项目%1的评审意见。</source>
        <translation>Opinion on project %1 saved.</translation>
    </message>
    <message>
        <source>偏离说明由经办人按专家的书面说明录入：请先点击“退出组长身份”。</source>
        <translation>The clerk types deviation explanations from the expert&apos;s written note: click “Chair signs out” first.</translation>
    </message>
    <message>
        <source>项目%1的评审意见有未保存的修改，已保留：回到该项目后可继续编辑并保存。</source>
        <translation>The review opinion of project %1 has unsaved changes, kept: return to the project to go on editing and save it.</translation>
    </message>
    <message>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>重新起草评审意见</source>
        <translation>Redraft the review opinion</translation>
    </message>
    <message>
        <source>用按评分和审查意见重新起草的文本替换当前的评审意见？替换后可按 Ctrl+Z 撤销。</source>
        <translation>Replace the current review opinion with a text redrafted from the scores and findings? Ctrl+Z undoes the replacement.</translation>
    </message>
    <message>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>推翻项目%1依据%2的审查意见。理由将记录在案并写入评审意见。</source>
        <translation>Set aside the finding on project %1 under %2. The reason is recorded and written into the review opinion.</translation>
    </message>
    <message>
        <source>已推翻%1的审查意见。</source>
        <translation>Set aside the finding under %1.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>评审标准与评分细则</source>
        <translation>Criteria and rubrics</translation>
    </message>
    <message>
        <source>从评审标准开始(&amp;T)</source>
        <translation>Start from &amp;template</translation>
    </message>
    <message>
        <source>保存为(&amp;N)</source>
        <translation>Save as (&amp;N)</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>增加评分项</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <source>删除评分项</source>
        <translation>Remove criterion</translation>
    </message>
    <message>
        <source>评分细则（分档）</source>
        <translation>Rubric (bands)</translation>
    </message>
    <message>
        <source>增加分档</source>
        <translation>Add band</translation>
    </message>
    <message>
        <source>删除分档</source>
        <translation>Remove band</translation>
    </message>
    <message>
        <source>保存评审标准</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（请填写评分要点）</source>
        <translation>(describe the band)</translation>
    </message>
    <message>
        <source>（修改）</source>
        <translation> (edited)</translation>
    </message>
    <message>
        <source>“%1”的评分细则（分档）</source>
        <translation>Rubric of “%1” (bands)</translation>
    </message>
    <message>
        <source>新评分项</source>
        <translation>New criterion</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>代码</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>满分</source>
        <translation>Maximum</translation>
    </message>
</context>
<context>
    <name>CumulativeFundsChart</name>
    <message>
        <source>资金额度 %1 万元</source>
        <translation>Envelope %1 (10k CNY)</translation>
    </message>
    <message>
        <source>列入计划（累计）</source>
        <translation>Funded (cumulative)</translation>
    </message>
    <message>
        <source>全部通过项目累计 / 储备</source>
        <translation>All passed (cumulative) / reserve</translation>
    </message>
    <message>
        <source>横轴：按排名的通过项目</source>
        <translation>x: passed projects by rank</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>按分歧排序</source>
        <translation>Sort by disagreement</translation>
    </message>
    <message>
        <source>按排名排序</source>
        <translation>Sort by rank</translation>
    </message>
    <message>
        <source>组长确认身份…</source>
        <translation>Chair signs in…</translation>
    </message>
    <message>
        <source>开放专家组评分查看</source>
        <translation>Open the panel view</translation>
    </message>
    <message>
        <source>对所选项目开启重新评分…</source>
        <translation>Re-score selected projects…</translation>
    </message>
    <message>
        <source>评审结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>该项目没有计入的评分</source>
        <translation>No counted scores for this project</translation>
    </message>
    <message>
        <source>专家总分分布</source>
        <translation>Experts&apos; totals</translation>
    </message>
    <message>
        <source>各评分项：专家打分（点）与项目得分（条）</source>
        <translation>Per criterion: experts (dots) and sub-score (bar)</translation>
    </message>
    <message>
        <source>评分分布</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>结论与评审意见</source>
        <translation>Conclusion and opinion</translation>
    </message>
    <message>
        <source>汇总讨论</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>正在计算…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>第%1轮（%2）：%3，理由：%4</source>
        <translation>Round %1 (%2): %3, reason: %4</translation>
    </message>
    <message>
        <source>尚未开启重新评分，所有项目为第1轮评分。</source>
        <translation>No re-scoring round yet; every project is in round 1.</translation>
    </message>
    <message>
        <source>%1位专家计分；极差 %2，标准差 %3；%4</source>
        <translation>%1 experts counted; span %2, standard deviation %3; %4</translation>
    </message>
    <message>
        <source>抄送备案项目不评分。</source>
        <translation>Record-only projects are not scored.</translation>
    </message>
    <message>
        <source>退出组长身份</source>
        <translation>Chair signs out</translation>
    </message>
    <message>
        <source>已开放专家组评分查看</source>
        <translation>Panel view opened</translation>
    </message>
    <message>
        <source>已开放：已提交全部评分的专家可查看专家组评分。</source>
        <translation>Opened: experts who have submitted everything can see the panel&apos;s scores.</translation>
    </message>
    <message>
        <source>请先在表格中选择要重新评分的项目（可按住Ctrl多选）。</source>
        <translation>First choose the projects to re-score in the table (Ctrl for several).</translation>
    </message>
    <message>
        <source>开启重新评分</source>
        <translation>Open a re-scoring round</translation>
    </message>
    <message>
        <source>对以下项目开启新一轮评分（此前各轮评分保留）：%1</source>
        <translation>Open a new round for these projects (earlier rounds are kept): %1</translation>
    </message>
    <message>
        <source>已开启第%1轮评分：%2。专家需对这些项目重新评分并提交。</source>
        <translation>Round %1 opened for %2. The experts re-score and submit these projects.</translation>
    </message>
    <message>
        <source>专家评分一致性（肯德尔和谐系数）：%1%2</source>
        <translation>Agreement among the experts (Kendall&apos;s coefficient of concordance): %1%2</translation>
    </message>
    <message>
        <source>（评分的专家或项目不足两个，无法计算）</source>
        <translation> (fewer than two experts or projects scored: not computed)</translation>
    </message>
    <message>
        <source>一致性较好</source>
        <translation>agree well</translation>
    </message>
    <message>
        <source>一致性一般</source>
        <translation>agree moderately</translation>
    </message>
    <message>
        <source>一致性较差，建议讨论分歧较大的项目</source>
        <translation>agree poorly; discuss the projects with the largest disagreement</translation>
    </message>
    <message>
        <source>：%1位专家对%2个项目的排序%3（W从0到1，0为毫无一致，1为完全一致）</source>
        <translation>: the %1 experts&apos; rankings of %2 projects %3 (W runs from 0, no agreement, to 1, complete agreement)</translation>
    </message>
    <message>
        <source>一致性显著，不是偶然</source>
        <translation>the agreement is significant, not chance</translation>
    </message>
    <message>
        <source>一致性不显著，可能出于偶然</source>
        <translation>the agreement is not significant and may be chance</translation>
    </message>
    <message>
        <source>；χ² = %1，自由度%2，%3，%4。</source>
        <translation>; χ² = %1, %2 degrees of freedom, %3: %4.</translation>
    </message>
    <message>
        <source>搜索编号、名称、单位…</source>
        <translation>Search code, name, unit…</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>年度建设计划（送审稿）</source>
        <translation>Annual plan (draft for approval)</translation>
    </message>
    <message>
        <source>评审意见（每个项目一份）</source>
        <translation>Opinions (one per project)</translation>
    </message>
    <message>
        <source>评分汇总表（含偏离说明）</source>
        <translation>Score summary (with deviation explanations)</translation>
    </message>
    <message>
        <source>专家评分表（每位专家一份，含签名栏）</source>
        <translation>Scoring sheets (one per expert, with signature line)</translation>
    </message>
    <message>
        <source>签到表和回避声明</source>
        <translation>Sign-in sheet and recusal declarations</translation>
    </message>
    <message>
        <source>未保存的评审意见按草稿保存</source>
        <translation>Save unsaved opinions as drafted</translation>
    </message>
    <message>
        <source>评审意见（双击在“汇总讨论”中修改）</source>
        <translation>Opinions (double-click to edit in Discussion)</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>定稿（此后评审会只读）…</source>
        <translation>Finalise (the meeting becomes read-only)…</translation>
    </message>
    <message>
        <source>文书与定稿</source>
        <translation>Documents and finalising</translation>
    </message>
    <message>
        <source>本评审会已于%1定稿，所有内容只读。打印的文书均带有评审会内容校验码。</source>
        <translation>Finalised on %1; everything is read-only. Printed documents carry the meeting content hash.</translation>
    </message>
    <message>
        <source>定稿前请确认：全部专家已提交评分；偏离平均分30%以上的评分均已填写偏离说明；结论、档次和评审意见已确定。定稿须由评审组长确认，定稿后不能再修改。</source>
        <translation>Before finalising: every expert has submitted; every score more than 30% from the mean has an explanation; conclusions, tiers and opinions are settled. The chair confirms; nothing can be changed afterwards.</translation>
    </message>
    <message>
        <source>已保存 %1 / %2 份评审意见</source>
        <translation>%1 of %2 opinions saved</translation>
    </message>
    <message>
        <source>正在保存评审意见草稿…</source>
        <translation>Saving drafted opinions…</translation>
    </message>
    <message>
        <source>已保存%1份评审意见草稿。</source>
        <translation>%1 drafted opinions saved.</translation>
    </message>
    <message>
        <source>正在生成“%1”…</source>
        <translation>Making “%1”…</translation>
    </message>
    <message>
        <source>已生成：%1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>定稿后，评审会的项目、专家、评分、结论和计划都不能再修改。</source>
        <translation>After finalising, projects, experts, scores, conclusions and the plan cannot be changed.</translation>
    </message>
    <message>
        <source>还有%1份评审意见未单独保存，定稿时将按当前草稿保存。</source>
        <translation> %1 opinions are not saved; their drafts will be saved when finalising.</translation>
    </message>
    <message>
        <source>确定定稿？</source>
        <translation> Finalise now?</translation>
    </message>
    <message>
        <source>正在定稿…</source>
        <translation>Finalising…</translation>
    </message>
    <message>
        <source>评审会已定稿，现为只读。</source>
        <translation>The meeting is finalised and now read-only.</translation>
    </message>
    <message>
        <source>文书（PDF，内嵌字体，A4；也可导出Excel）</source>
        <translation>Documents (PDF, fonts embedded, A4; Excel too)</translation>
    </message>
    <message>
        <source>发文机关</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>如 钦发改〔2027〕12号；留空则打印后手工填写</source>
        <translation>e.g. 钦发改〔2027〕12号; leave blank to fill in by hand</translation>
    </message>
    <message>
        <source>发文字号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>预览和打印…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>生成后在预览窗口中查看，可直接打印，或另存为PDF文件。发文机关和发文字号用于年度建设计划的版头。</source>
        <translation>Each document opens in the preview, where it can be printed or saved as a PDF file. The issuing authority and document number go into the header of the annual plan.</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出“%1”…</source>
        <translation>Exporting “%1”…</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>预览和打印：%1</source>
        <translation>Preview and print: %1</translation>
    </message>
    <message>
        <source>导出Excel：%1</source>
        <translation>Export to Excel: %1</translation>
    </message>
    <message>
        <source>搜索编号、名称…</source>
        <translation>Search code, name…</translation>
    </message>
</context>
<context>
    <name>EditableRows</name>
    <message>
        <source>“%1”不是有效的%2。</source>
        <translation>“%1” is not a valid %2.</translation>
    </message>
</context>
<context>
    <name>ErrorTableModel</name>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ExpertDesk</name>
    <message>
        <source>已评 %v / %m</source>
        <translation>%v of %m scored</translation>
    </message>
    <message>
        <source>提交并签名…</source>
        <translation>Submit and sign…</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>我的评审项目</source>
        <translation>My projects</translation>
    </message>
    <message>
        <source>专家：%1</source>
        <translation>Expert: %1</translation>
    </message>
    <message>
        <source>已保存 %1 %2 = %3</source>
        <translation>Saved %1 %2 = %3</translation>
    </message>
    <message>
        <source>已保存 %1 的评审意见</source>
        <translation>Saved the opinion on %1</translation>
    </message>
    <message>
        <source>提交并签名</source>
        <translation>Submit and sign</translation>
    </message>
    <message>
        <source>提交后不能再修改评分。请输入您的PIN作为签名：</source>
        <translation>Submitted scores cannot be changed. Enter your PIN to sign:</translation>
    </message>
    <message>
        <source>已提交并签名%1个项目的评分。</source>
        <translation>Scores of %1 projects submitted and signed.</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>导出结果文件…</source>
        <translation>Export result file…</translation>
    </message>
    <message>
        <source>把本机的评分导出为结果文件（.zqres），交给会务人员导入</source>
        <translation>Export this laptop&apos;s scores as a result file (.zqres) for the clerk to import</translation>
    </message>
    <message>
        <source>专家登录（离线评分：%1）</source>
        <translation>Expert sign-in (offline scoring: %1)</translation>
    </message>
    <message>
        <source>专家登录</source>
        <translation>Expert sign-in</translation>
    </message>
    <message>
        <source>附件（%1）</source>
        <translation>Attachments (%1)</translation>
    </message>
    <message>
        <source>没有可打开该文件的程序。文件已保存在：%1</source>
        <translation>No program can open this file. It was saved at: %1</translation>
    </message>
    <message>
        <source>还有分数或评审意见暂存在本机、尚未保存到服务器，连接恢复并保存后才能提交。</source>
        <translation>Some scores or review texts are kept on this terminal and not yet on the server; submit once the connection is back and they are saved.</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>上一个项目</source>
        <translation>Previous project</translation>
    </message>
    <message>
        <source>上一个项目（Ctrl+PgUp）</source>
        <translation>Previous project (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>下一个项目</source>
        <translation>Next project</translation>
    </message>
    <message>
        <source>下一个项目（Ctrl+PgDown）</source>
        <translation>Next project (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>这是最后一个项目。全部评完后，请按“提交并签名…”。</source>
        <translation>This is the last project. When every project is scored, press “Submit and sign…”.</translation>
    </message>
    <message>
        <source>这是第一个项目。</source>
        <translation>This is the first project.</translation>
    </message>
    <message>
        <source>尚未评完：%1</source>
        <translation>not fully scored: %1</translation>
    </message>
    <message>
        <source>尚未选择评审建议：%1</source>
        <translation>no recommendation chosen: %1</translation>
    </message>
    <message>
        <source>还不能提交。</source>
        <translation>Cannot submit yet. </translation>
    </message>
</context>
<context>
    <name>ExpertDialog</name>
    <message>
        <source>增加专家</source>
        <translation>Add expert</translation>
    </message>
    <message>
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <source>单位*</source>
        <translation>Organisation*</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>代表部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>与申报单位相同的专家将自动回避该单位的项目。</source>
        <translation>An expert from an applying unit is recused from that unit&apos;s projects automatically.</translation>
    </message>
    <message>
        <source>修改专家</source>
        <translation>Edit expert</translation>
    </message>
</context>
<context>
    <name>ExpertTotalsChart</name>
    <message>
        <source>计入</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>去掉的最高/最低分</source>
        <translation>Dropped highest/lowest</translation>
    </message>
    <message>
        <source>偏离30%以上</source>
        <translation>More than 30% off</translation>
    </message>
    <message>
        <source>平均分（阴影为±30%）</source>
        <translation>Mean (band: ±30%)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HalfPointsValidator</name>
    <message>
        <source>%1应为0至%2之间的整数或0.5分</source>
        <translation>%1 must be a whole or half point from 0 to %2</translation>
    </message>
</context>
<context>
    <name>HolidayBox</name>
    <message>
        <source>节假日安排（计算工作日期限）</source>
        <translation>Holiday calendar (working-day deadlines)</translation>
    </message>
    <message>
        <source>导入节假日安排…</source>
        <translation>Import holidays…</translation>
    </message>
    <message>
        <source>国务院办公厅每年年底发布下一年的放假安排。文件为CSV或xlsx，三列：日期、类型（休 或 班）、名称，每天一行。未导入的年份只按周末计算期限，并标注“节假日安排未导入”。</source>
        <translation>The State Council publishes next year&apos;s holidays late each year. The file is CSV or xlsx with three columns: date, type (休 or 班), name, one day a line. Deadlines in a year not imported count weekends only and are marked “holidays not imported”.</translation>
    </message>
    <message>
        <source>节假日安排由系统管理员导入</source>
        <translation>Holidays are imported by the administrator</translation>
    </message>
    <message>
        <source>程序内置：%1年。</source>
        <translation>Built in: %1.</translation>
    </message>
    <message>
        <source>程序内置：无。</source>
        <translation>Built in: none.</translation>
    </message>
    <message>
        <source>已导入：%1。</source>
        <translation>Imported: %1.</translation>
    </message>
    <message>
        <source>%1年（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>尚未导入其他年份。</source>
        <translation>No other year imported.</translation>
    </message>
    <message>
        <source>导入节假日安排</source>
        <translation>Import holidays</translation>
    </message>
    <message>
        <source>节假日文件 (*.csv *.xlsx);;所有文件 (*)</source>
        <translation>Holiday files (*.csv *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>当前没有登录的用户。</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>找不到当前用户的账号，无法核对密码。</source>
        <translation>The signed-in user&apos;s account was not found; the password cannot be checked.</translation>
    </message>
    <message>
        <source>账号或密码不正确。</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>与数据库服务器的连接中断，暂时无法核对密码或PIN。请稍后再试。</source>
        <translation>The connection to the database server is lost, so the password or PIN cannot be checked now. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>请选择 xlsx 或 CSV 文件</source>
        <translation>Choose an xlsx or CSV file</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>正在读取并检查“%1”…</source>
        <translation>Reading and checking “%1”…</translation>
    </message>
    <message numerus="yes">
        <source>检查通过：将导入%n行。请核对下表后点击“导入”。</source>
        <translation>
            <numerusform>Checked: %n row will be imported. Check the table and click “Import”.</numerusform>
            <numerusform>Checked: %n rows will be imported. Check the table and click “Import”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>文件中有%n处错误，未导入任何内容。请按下表逐项修改后重新选择文件。</source>
        <translation>
            <numerusform>The file has %n error; nothing was imported. Fix it as listed and choose the file again.</numerusform>
            <numerusform>The file has %n errors; nothing was imported. Fix them as listed and choose the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>正在写入数据库，请稍候…</source>
        <translation>Writing to the database…</translation>
    </message>
</context>
<context>
    <name>LockCard</name>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>未保存的输入都保留在原处，解锁后可继续。</source>
        <translation>Anything not yet saved stays where it was; carry on after unlocking.</translation>
    </message>
    <message>
        <source>%1锁定了屏幕。</source>
        <translation>%1 locked the screen. </translation>
    </message>
    <message>
        <source>已%1分钟无操作，屏幕已锁定（登录者：%2）。</source>
        <translation>No input for %1 minutes: the screen is locked (signed in: %2). </translation>
    </message>
    <message>
        <source>请输入%1的PIN，或%2的密码继续。</source>
        <translation>Enter %1&apos;s PIN, or %2&apos;s password, to go on.</translation>
    </message>
    <message>
        <source>请输入%1的PIN继续。</source>
        <translation>Enter %1&apos;s PIN to go on.</translation>
    </message>
    <message>
        <source>请输入%1的密码继续。</source>
        <translation>Enter %1&apos;s password to go on.</translation>
    </message>
    <message>
        <source>PIN或密码</source>
        <translation>PIN or password</translation>
    </message>
</context>
<context>
    <name>LockPrompt</name>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>专家登录</source>
        <translation>Expert sign-in</translation>
    </message>
    <message>
        <source>请选择您的姓名并输入PIN</source>
        <translation>Choose your name and enter your PIN</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>PIN(&amp;P)</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>4至8位数字</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>登录(&amp;L)</source>
        <translation>Sign &amp;in</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>专家登录</source>
        <translation>Expert sign-in</translation>
    </message>
    <message>
        <source>演示评审会：每位专家的PIN均为 1234。</source>
        <translation>Demo meeting: every expert&apos;s PIN is 1234.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>智慧钦州评审桌面</source>
        <translation>zqdesk — Smart Qinzhou review desk</translation>
    </message>
    <message>
        <source>评审阶段</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>阶段(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>未登录：请从“文件”菜单登录。</source>
        <translation>Not signed in: sign in from the File menu.</translation>
    </message>
    <message>
        <source>正在生成演示评审会…</source>
        <translation>Building the demo meeting…</translation>
    </message>
    <message>
        <source>首次使用需要几秒钟</source>
        <translation>takes a few seconds the first time</translation>
    </message>
    <message>
        <source>正在生成演示评审会（%1）…</source>
        <translation>Building the demo meeting (%1)…</translation>
    </message>
    <message>
        <source>演示评审会已打开。各位专家的演示PIN均为1234。</source>
        <translation>Demo meeting open. Every demo expert&apos;s PIN is 1234.</translation>
    </message>
    <message>
        <source>无法生成演示评审会</source>
        <translation>Could not build the demo meeting</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>尚未打开评审会</source>
        <translation>No meeting open</translation>
    </message>
    <message>
        <source>请在“会议”中新建或打开一个评审会</source>
        <translation>Create or open a meeting on the Meeting page</translation>
    </message>
    <message>
        <source>评审会：—</source>
        <translation>Meeting: —</translation>
    </message>
    <message>
        <source>计划年度%1</source>
        <translation>plan year %1</translation>
    </message>
    <message>
        <source>本评审会已于%1定稿，所有内容只读，不能再修改。</source>
        <translation>This meeting was finalised on %1; everything is read-only.</translation>
    </message>
    <message>
        <source>%1 [已定稿·只读] — 智慧钦州评审桌面</source>
        <translation>%1 [finalised · read-only] — zqdesk</translation>
    </message>
    <message>
        <source>%1 — 智慧钦州评审桌面</source>
        <translation>%1 — zqdesk</translation>
    </message>
    <message>
        <source>评审会：%1</source>
        <translation>Meeting: %1</translation>
    </message>
    <message>
        <source>未登录</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>评审组长</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>评审专家</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>审计员</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>用户：%1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>统计失败</source>
        <translation>counting failed</translation>
    </message>
    <message>
        <source>智慧钦州评审桌面 %1

供市发改委组织“智慧钦州”建设项目评审会使用的离线软件。</source>
        <translation>zqdesk %1

Offline software for the DRC&apos;s Smart Qinzhou project assessment meetings.</translation>
    </message>
    <message>
        <source>自动备份失败：%1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>核验审计记录…</source>
        <translation>Verify the audit trail…</translation>
    </message>
    <message>
        <source>锁定屏幕</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <source>打开评分数据包（专家离线评分）…</source>
        <translation>Open a scoring package (offline scoring)…</translation>
    </message>
    <message>
        <source>已重新连接数据库服务器。</source>
        <translation>Reconnected to the database server.</translation>
    </message>
    <message>
        <source>还有输入未保存到服务器</source>
        <translation>Input not yet on the server</translation>
    </message>
    <message>
        <source>与数据库服务器的连接尚未恢复，还有%1项输入（分数或评审意见）暂存在本机。关闭后它们仍保存在本机，下次打开本程序并连接服务器时自动保存。仍要关闭吗？</source>
        <translation>The connection to the database server is not back yet; %1 entries (scores or review texts) are kept on this terminal. They stay here after closing and are saved the next time the program connects to the server. Close anyway?</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>评审意见尚未保存</source>
        <translation>Review opinions not saved</translation>
    </message>
    <message>
        <source>以下项目的评审意见有修改尚未保存：%1。继续的话，这些修改将丢失。</source>
        <translation>The review opinions of these projects have unsaved changes: %1. If you go on, the changes are lost.</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>不安排则留空</source>
        <translation>blank if none</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>新建评审会</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>评审会设置</source>
        <translation>Meeting settings</translation>
    </message>
    <message>
        <source>评审标准（已复制到本评审会，不能更改）</source>
        <translation>Criteria (copied into this meeting; cannot change)</translation>
    </message>
    <message>
        <source>请至少为一个资金来源填写额度。</source>
        <translation>Enter an envelope for at least one funding source.</translation>
    </message>
    <message>
        <source>评审会</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>评审会名称(&amp;N)</source>
        <translation>Meeting &amp;name</translation>
    </message>
    <message>
        <source>例如：2027年度“智慧钦州”建设项目综合评估会</source>
        <translation>e.g. 2027 Smart Qinzhou annual assessment</translation>
    </message>
    <message>
        <source>评审类型(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>计划年度(&amp;Y)</source>
        <translation>Plan &amp;year</translation>
    </message>
    <message>
        <source>会议日期(&amp;D)</source>
        <translation>Meeting &amp;date</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>会议地点(&amp;V)</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <source>资金额度（万元）</source>
        <translation>Envelope (10k CNY)</translation>
    </message>
    <message>
        <source>年度资金额度(&amp;B)</source>
        <translation>Annual &amp;budget</translation>
    </message>
    <message>
        <source>例如：3000.00</source>
        <translation>e.g. 3000.00</translation>
    </message>
    <message>
        <source>按资金来源分设额度</source>
        <translation>One envelope per funding source</translation>
    </message>
    <message>
        <source>分数线与分档</source>
        <translation>Pass mark and tiers</translation>
    </message>
    <message>
        <source>通过分数线(&amp;P)</source>
        <translation>&amp;Pass mark</translation>
    </message>
    <message>
        <source>A档分数线(&amp;A)</source>
        <translation>Tier &amp;A from</translation>
    </message>
    <message>
        <source>B档分数线(&amp;B)</source>
        <translation>Tier &amp;B from</translation>
    </message>
    <message>
        <source>评审标准（复制到本评审会，以后修改标准不影响本会）</source>
        <translation>Criteria (copied into the meeting; later template edits do not change it)</translation>
    </message>
    <message>
        <source>编辑评审标准…</source>
        <translation>Edit criteria…</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>新建评审会…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>打开所选评审会</source>
        <translation>Open selected meeting</translation>
    </message>
    <message>
        <source>评审会设置…</source>
        <translation>Meeting settings…</translation>
    </message>
    <message>
        <source>评审标准模板…</source>
        <translation>Criteria templates…</translation>
    </message>
    <message>
        <source>评审会列表</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>当前评审会</source>
        <translation>Current meeting</translation>
    </message>
    <message>
        <source>评审流程</source>
        <translation>How a meeting runs</translation>
    </message>
    <message>
        <source>评审会</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>新建或打开一个评审会。评审标准在新建时复制到评审会中，以后修改标准模板不影响已建的评审会。</source>
        <translation>Create or open a meeting. The criteria are copied into a meeting when it is created; later template edits do not change it.</translation>
    </message>
    <message>
        <source>&lt;p&gt;请先登录（“文件”菜单或“设置”页）。&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sign in first (File menu or Settings page).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;尚未打开评审会。点击“新建评审会…”开始。&lt;/p&gt;</source>
        <translation>&lt;p&gt;No meeting open. Click “New meeting…” to start.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>未设定</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <source>会议日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>资金额度（万元）</source>
        <translation>Envelope (10k CNY)</translation>
    </message>
    <message>
        <source>通过分数线</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>分档</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>A档≥%1，B档≥%2，其余C档</source>
        <translation>A ≥ %1, B ≥ %2, otherwise C</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>已定稿（%1），只读</source>
        <translation>finalised (%1), read-only</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>导入或录入申报项目，查看合规审查意见，添加附件</source>
        <translation>import or type the applications, see the findings, attach documents</translation>
    </message>
    <message>
        <source>专家</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>登记专家、回避关系，为每位专家设置PIN</source>
        <translation>register the panel and recusals, set each expert&apos;s PIN</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>专家登录评分，或经办人按纸质评分表录入，或导入评分文件</source>
        <translation>experts score at the keyboard, the clerk types paper sheets, or a score file is imported</translation>
    </message>
    <message>
        <source>汇总讨论</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>查看分歧，组长开启重新评分，确定结论、档次和评审意见</source>
        <translation>see the disagreement, re-score, settle conclusions, tiers and opinions</translation>
    </message>
    <message>
        <source>年度计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>按资金额度生成年度建设计划和储备项目</source>
        <translation>the annual plan and reserve within the envelope</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>检查评审意见，定稿（定稿后只读）</source>
        <translation>check the opinions and finalise (read-only afterwards)</translation>
    </message>
    <message>
        <source>已新建评审会。</source>
        <translation>Meeting created.</translation>
    </message>
    <message>
        <source>已打开评审会。</source>
        <translation>Meeting opened.</translation>
    </message>
    <message>
        <source>导出评审会文件…</source>
        <translation>Export meeting file…</translation>
    </message>
    <message>
        <source>把所选评审会的全部内容导出为一个文件，用于导入另一个数据库（如评审室的数据库服务器）</source>
        <translation>Export everything of the chosen meeting to one file, to import into another database (such as the review room’s server)</translation>
    </message>
    <message>
        <source>导入评审会文件…</source>
        <translation>Import meeting file…</translation>
    </message>
    <message>
        <source>把另一个数据库导出的评审会加入本数据库，按内容指纹核对无误后才保存</source>
        <translation>Add a meeting exported from another database; it is kept only if its content fingerprint checks out</translation>
    </message>
    <message>
        <source>请先在列表中选择要导出的评审会。</source>
        <translation>Choose the meeting to export in the list first.</translation>
    </message>
    <message>
        <source>导出评审会文件</source>
        <translation>Export meeting file</translation>
    </message>
    <message>
        <source>zqdesk 评审会文件 (*.zqmeeting)</source>
        <translation>zqdesk meeting files (*.zqmeeting)</translation>
    </message>
    <message>
        <source>已导出评审会文件：%1（内容指纹 %2）</source>
        <translation>Meeting file exported: %1 (content fingerprint %2)</translation>
    </message>
    <message>
        <source>导入评审会文件</source>
        <translation>Import meeting file</translation>
    </message>
    <message>
        <source>zqdesk 评审会文件 (*.zqmeeting);;所有文件 (*)</source>
        <translation>zqdesk meeting files (*.zqmeeting);;All files (*)</translation>
    </message>
    <message>
        <source>已导入为评审会#%1，内容与导出时一致（内容指纹已核对）。</source>
        <translation>Imported as meeting #%1, the same as exported (content fingerprint checked).</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>评审会</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <source>会议日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>资金额度(万元)</source>
        <translation>Envelope (10k CNY)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>已定稿</source>
        <translation>finalised</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>in progress</translation>
    </message>
</context>
<context>
    <name>MergeTableModel</name>
    <message>
        <source>已合并</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>专家</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>修订号</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>更新的评分表</source>
        <translation>Sheets updated</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>OfflineTab</name>
    <message>
        <source>专家评分数据包</source>
        <translation>Experts&apos; scoring packages</translation>
    </message>
    <message>
        <source>导出评分数据包…</source>
        <translation>Export scoring package…</translation>
    </message>
    <message>
        <source>重新打印校验码…</source>
        <translation>Reprint the code…</translation>
    </message>
    <message>
        <source>导入专家结果文件…</source>
        <translation>Import result files…</translation>
    </message>
    <message>
        <source>导入结果</source>
        <translation>Import outcome</translation>
    </message>
    <message>
        <source>专家也可在自己的笔记本上离线评分：为每位专家导出评分数据包（U盘带去），并打印校验码纸条交给本人；专家评完后导出结果文件（.zqres）带回，在这里导入。被改动、不属于本评审会、重复或过期的结果文件会被拒绝并说明原因，其余的合并。</source>
        <translation>Experts may also score offline on their own laptops: export a scoring package for each expert (carried on a USB stick) and hand them the printed slip with its code; they bring back a result file (.zqres) to import here. Altered, foreign, duplicate or stale files are refused with the reason; the rest are merged.</translation>
    </message>
    <message>
        <source>导出评分数据包</source>
        <translation>Export scoring package</translation>
    </message>
    <message>
        <source>已于%1向%2发放过评分数据包。重新导出时可沿用原校验码（专家手中的纸条仍然有效），也可换发新校验码（用旧校验码生成的结果文件全部作废）。</source>
        <translation>A scoring package was issued to %2 on %1. Export again with the same code (the slip the expert holds stays valid), or with a new code (every result file made with the old code becomes void).</translation>
    </message>
    <message>
        <source>沿用原校验码</source>
        <translation>Keep the code</translation>
    </message>
    <message>
        <source>换发新校验码</source>
        <translation>New code</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>评分数据包 (*.zqpkg)</source>
        <translation>Scoring packages (*.zqpkg)</translation>
    </message>
    <message>
        <source>已导出%1的评分数据包：%2</source>
        <translation>Scoring package of %1 exported: %2</translation>
    </message>
    <message>
        <source>导入专家结果文件</source>
        <translation>Import result files</translation>
    </message>
    <message>
        <source>专家结果文件 (*.zqres);;所有文件 (*)</source>
        <translation>Expert result files (*.zqres);;All files (*)</translation>
    </message>
    <message>
        <source>正在核对和合并%1个结果文件…</source>
        <translation>Checking and merging %1 result files…</translation>
    </message>
    <message>
        <source>合并%1个，无变化%2个，拒绝%3个。</source>
        <translation>%1 merged, %2 unchanged, %3 refused.</translation>
    </message>
</context>
<context>
    <name>OpenPackageDialog</name>
    <message>
        <source>打开评分数据包（专家离线评分）</source>
        <translation>Open a scoring package (offline scoring)</translation>
    </message>
    <message>
        <source>会务人员给您的U盘中有评分数据包（.zqpkg），纸条上有16位校验码。打开后在本机离线评分，评完导出结果文件交回。PIN由您自己设定，用于登录和提交签名。</source>
        <translation>The USB stick from the clerk holds your scoring package (.zqpkg); the slip has a 16-character code. Open it to score offline on this computer, then export a result file and hand it back. You choose the PIN yourself; it signs you in and signs your submission.</translation>
    </message>
    <message>
        <source>请选择 .zqpkg 文件</source>
        <translation>Choose a .zqpkg file</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>4至8位数字</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>评分数据包(&amp;F)</source>
        <translation>Scoring &amp;package</translation>
    </message>
    <message>
        <source>校验码(&amp;C)</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>设置PIN(&amp;P)</source>
        <translation>Choose a &amp;PIN</translation>
    </message>
    <message>
        <source>再次输入PIN</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>选择评分数据包</source>
        <translation>Choose the scoring package</translation>
    </message>
    <message>
        <source>评分数据包 (*.zqpkg);;所有文件 (*)</source>
        <translation>Scoring packages (*.zqpkg);;All files (*)</translation>
    </message>
    <message>
        <source>已输入 %1 / %2 位（不区分大小写，短横线和空格可省略）</source>
        <translation>%1 of %2 characters (any case; dashes and spaces optional)</translation>
    </message>
    <message>
        <source>请选择评分数据包文件（.zqpkg）。</source>
        <translation>Please choose the scoring package file (.zqpkg).</translation>
    </message>
    <message>
        <source>PIN应为4至8位数字。</source>
        <translation>The PIN must be 4 to 8 digits.</translation>
    </message>
    <message>
        <source>两次输入的PIN不一致。</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <source>正在核对并打开评分数据包…</source>
        <translation>Checking and opening the scoring package…</translation>
    </message>
</context>
<context>
    <name>OpinionTableModel</name>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>评审意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>PackageTableModel</name>
    <message>
        <source>专家</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>评分数据包</source>
        <translation>Scoring package</translation>
    </message>
    <message>
        <source>已合并的结果文件</source>
        <translation>Result file merged</translation>
    </message>
    <message>
        <source>未发放</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <source>%1发放</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <source>修订%1</source>
        <translation>Revision %1</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <source>增加专家…</source>
        <translation>Add expert…</translation>
    </message>
    <message>
        <source>导入专家名单…</source>
        <translation>Import panel…</translation>
    </message>
    <message>
        <source>导出专家名单模板…</source>
        <translation>Export panel template…</translation>
    </message>
    <message>
        <source>申报回避…</source>
        <translation>Declare recusal…</translation>
    </message>
    <message>
        <source>设置PIN…</source>
        <translation>Set PIN…</translation>
    </message>
    <message>
        <source>专家列表</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>回避关系</source>
        <translation>Recusals</translation>
    </message>
    <message>
        <source>评审专家</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>专家来自申报单位的，自动回避该单位的项目；其他回避由专家本人申报。每位专家凭PIN登录评分。</source>
        <translation>An expert from an applying unit is recused from that unit&apos;s projects automatically; other recusals are declared. Each expert signs in with a PIN.</translation>
    </message>
    <message>
        <source>已增加专家%1。</source>
        <translation>Added %1.</translation>
    </message>
    <message>
        <source>已为%1设置PIN。</source>
        <translation>PIN set for %1.</translation>
    </message>
    <message>
        <source>已导入%1位专家。</source>
        <translation>%1 experts imported.</translation>
    </message>
    <message>
        <source>导入专家名单</source>
        <translation>Import panel</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>代表部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>回避项目</source>
        <translation>Recused from</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>导出专家名单模板</source>
        <translation>Export panel template</translation>
    </message>
    <message>
        <source>专家名单导入模板.xlsx</source>
        <translation>panel-template.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>模板已保存：%1</source>
        <translation>Template saved: %1</translation>
    </message>
    <message>
        <source>修改专家…</source>
        <translation>Edit expert…</translation>
    </message>
    <message>
        <source>移出专家组…</source>
        <translation>Remove from panel…</translation>
    </message>
    <message>
        <source>撤销回避…</source>
        <translation>Withdraw recusal…</translation>
    </message>
    <message>
        <source>撤销在“回避关系”中选中的本人申报回避，须写明理由</source>
        <translation>Withdraw the declared recusal selected under “Recusals”; a reason is required</translation>
    </message>
    <message>
        <source>已修改专家%1的信息。</source>
        <translation>Updated expert %1.</translation>
    </message>
    <message>
        <source>移出专家组</source>
        <translation>Remove from panel</translation>
    </message>
    <message>
        <source>把%1（%2）移出本评审会专家组。理由将记录在审计日志中。</source>
        <translation>Remove %1 (%2) from this meeting&apos;s panel. The reason is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>已把%1移出专家组。</source>
        <translation>Removed %1 from the panel.</translation>
    </message>
    <message>
        <source>请先在“回避关系”中选择要撤销的回避。</source>
        <translation>First select the recusal to withdraw under “Recusals”.</translation>
    </message>
    <message>
        <source>撤销回避</source>
        <translation>Withdraw recusal</translation>
    </message>
    <message>
        <source>撤销%1对项目%2的回避。理由将记录在审计日志中。</source>
        <translation>Withdraw %1&apos;s recusal from project %2. The reason is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>已撤销%1对项目%2的回避。</source>
        <translation>Withdrew %1&apos;s recusal from project %2.</translation>
    </message>
</context>
<context>
    <name>PanelTableModel</name>
    <message>
        <source>席位</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>代表部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>组长</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>已设置</source>
        <translation>set</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>回避项目</source>
        <translation>Recused from</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>未提交</source>
        <translation>Not submitted</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>“%1”不是有效的PDF文件，或已损坏。</source>
        <translation>“%1” is not a valid PDF file, or it is damaged.</translation>
    </message>
    <message>
        <source>预览已关闭。</source>
        <translation>The preview was closed.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>设置PIN</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <source>专家</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>新PIN（4至8位数字）</source>
        <translation>New PIN (4–8 digits)</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>两次输入的PIN不一致。</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>年度建设计划</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <source>最优组合</source>
        <translation>Optimal selection</translation>
    </message>
    <message>
        <source>没有通过评审的项目</source>
        <translation>No project passed</translation>
    </message>
    <message>
        <source>年度建设计划（按排名依次安排，放不下的列入储备，后面较小的项目仍可安排）</source>
        <translation>Annual plan (in rank order; what does not fit goes to the reserve, a smaller later project may still fit)</translation>
    </message>
    <message>
        <source>对照：得分总和最大的组合（精确求解，供组长参考）</source>
        <translation>For comparison: the selection with the largest score sum (exact, for the chair to weigh)</translation>
    </message>
    <message>
        <source>累计申请资金与资金额度</source>
        <translation>Cumulative requested funds against the envelope</translation>
    </message>
    <message>
        <source>通过评审的项目按档次（A、B、C）、得分、必要性、可行性、申报日期排序后依次安排资金。默认采用左侧计划。</source>
        <translation>Passed projects are funded in order of tier (A, B, C), score, necessity, feasibility and submission date. The plan on the left is the default.</translation>
    </message>
    <message>
        <source>正在计算年度计划与最优组合…</source>
        <translation>Computing the plan and the optimal selection…</translation>
    </message>
    <message>
        <source>%1：额度%2，已安排%3，剩余%4</source>
        <translation>%1: envelope %2, funded %3, left %4</translation>
    </message>
    <message>
        <source>资金额度 %1 万元，已安排 %2 万元，剩余 %3 万元</source>
        <translation>Envelope %1, funded %2, left %3 (10k CNY)</translation>
    </message>
    <message>
        <source>通过评审%1项：列入计划%2项（%3万元），储备%4项（%5万元）。分档小计：%6。</source>
        <translation>%1 passed: %2 funded (%3), %4 in reserve (%5). By tier: %6.</translation>
    </message>
    <message>
        <source>最优组合与左侧计划相同（得分合计 %1）。</source>
        <translation>The optimal selection is the plan itself (score sum %1).</translation>
    </message>
    <message>
        <source>最优组合得分合计 %1（计划为 %2），申请资金 %3 万元；新增 %4 项，调出 %5 项。</source>
        <translation>Optimal score sum %1 (plan: %2), requested %3; %4 added, %5 dropped.</translation>
    </message>
    <message>
        <source>搜索编号、名称、单位…</source>
        <translation>Search code, name, unit…</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>档次</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>申请资金(万元)</source>
        <translation>Requested (10k CNY)</translation>
    </message>
    <message>
        <source>安排</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>列入计划</source>
        <translation>funded</translation>
    </message>
    <message>
        <source>储备</source>
        <translation>reserve</translation>
    </message>
    <message>
        <source>累计安排(万元)</source>
        <translation>Cumulative (10k CNY)</translation>
    </message>
    <message>
        <source>剩余额度(万元)</source>
        <translation>Left (10k CNY)</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>审批途径</source>
        <translation>Approval route</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>预览 — %1</source>
        <translation>Preview — %1</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>页码</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>适合页宽</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>缩放</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>第</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>页面缩略图</source>
        <translation>Page thumbnails</translation>
    </message>
    <message>
        <source>页面</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>正在打开“%1”…</source>
        <translation>Opening “%1”…</translation>
    </message>
    <message>
        <source>/ %1 页</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>%1×%2毫米</source>
        <translation>%1×%2 mm</translation>
    </message>
    <message>
        <source>%1 · 共%2页 · %3 · 缩放 %4</source>
        <translation>%1 · %2 pages · %3 · zoom %4</translation>
    </message>
    <message>
        <source>打印“%1”</source>
        <translation>Print “%1”</translation>
    </message>
    <message>
        <source>正在打印“%1”…</source>
        <translation>Printing “%1”…</translation>
    </message>
    <message>
        <source>已发送%1页到打印机。</source>
        <translation>%1 pages sent to the printer.</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存到“%1”：%2</source>
        <translation>Cannot save to “%1”: %2</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ProjectDetail</name>
    <message>
        <source>添加附件…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>附件（存入数据库，附校验值）</source>
        <translation>Attachments (stored in the database with their hash)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;在左侧表格中选择一个项目查看详情。&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Choose a project in the table to see it here.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>建设单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>申报类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <source>项目类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>建设性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>总投资</source>
        <translation>Total investment</translation>
    </message>
    <message>
        <source>申请市级资金</source>
        <translation>Requested municipal funds</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>申报日期</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>部署方式</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>自建基础设施</source>
        <translation>Self-built infrastructure</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>共享部门</source>
        <translation>Sharing departments</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>涉密</source>
        <translation>Classified</translation>
    </message>
    <message>
        <source>等保级别</source>
        <translation>Protection level</translation>
    </message>
    <message>
        <source>上级要求</source>
        <translation>Mandated</translation>
    </message>
    <message>
        <source>需求紧迫</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>（组长已推翻）</source>
        <translation> (overridden by the chair)</translation>
    </message>
    <message>
        <source>编制单位具备资质</source>
        <translation>compiled by a qualified consultancy</translation>
    </message>
    <message>
        <source>编制单位资质未确认</source>
        <translation>compiler qualification not confirmed</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Attach document</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf);;所有文件 (*)</source>
        <translation>PDF files (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>正在添加附件…</source>
        <translation>Attaching…</translation>
    </message>
    <message>
        <source>已添加附件“%1”（SHA-256 %2）。</source>
        <translation>Attached “%1” (SHA-256 %2).</translation>
    </message>
    <message>
        <source>没有可打开该文件的程序。文件已保存在：%1</source>
        <translation>No program opens this file. It was saved as: %1</translation>
    </message>
    <message>
        <source>PDF附件在预览窗口中打开，可打印；其他文件用本机默认程序打开。</source>
        <translation>PDF attachments open in the preview, where they can be printed; other files open in this computer&apos;s default program.</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>未填写</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>新增项目</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>项目 %1</source>
        <translation>Project %1</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>评审会已定稿，只能查看。</source>
        <translation>The meeting is finalised: view only.</translation>
    </message>
    <message>
        <source>请填写项目名称。</source>
        <translation>Enter the project name.</translation>
    </message>
    <message>
        <source>请填写建设单位。</source>
        <translation>Enter the applying unit.</translation>
    </message>
    <message>
        <source>总投资：</source>
        <translation>Total investment: </translation>
    </message>
    <message>
        <source>申请市级资金：</source>
        <translation>Requested funds: </translation>
    </message>
    <message>
        <source>总投资应大于0。</source>
        <translation>The total investment must be above 0.</translation>
    </message>
    <message>
        <source>申请市级资金不能超过总投资。</source>
        <translation>Requested funds cannot exceed the total investment.</translation>
    </message>
    <message>
        <source>项目申报信息</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>留空则自动编号 ZQ-年度-序号</source>
        <translation>blank: numbered ZQ-year-nnn</translation>
    </message>
    <message>
        <source>项目名称*</source>
        <translation>Project name*</translation>
    </message>
    <message>
        <source>建设单位*</source>
        <translation>Applying unit*</translation>
    </message>
    <message>
        <source>单位类型</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <source>例如：市直部门</source>
        <translation>e.g. municipal department</translation>
    </message>
    <message>
        <source>申报类型*</source>
        <translation>Kind*</translation>
    </message>
    <message>
        <source>计划年度*</source>
        <translation>Plan year*</translation>
    </message>
    <message>
        <source>项目类别*</source>
        <translation>Category*</translation>
    </message>
    <message>
        <source>建设内容类型</source>
        <translation>Sub-type</translation>
    </message>
    <message>
        <source>建设性质*</source>
        <translation>Nature*</translation>
    </message>
    <message>
        <source>总投资(万元)*</source>
        <translation>Total investment (10k CNY)*</translation>
    </message>
    <message>
        <source>申请市级资金(万元)*</source>
        <translation>Requested (10k CNY)*</translation>
    </message>
    <message>
        <source>资金来源*</source>
        <translation>Funding source*</translation>
    </message>
    <message>
        <source>申报日期*</source>
        <translation>Submitted on*</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>建设内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>部署方式</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>自建基础设施（第十条：原则上不允许）</source>
        <translation>Self-built infrastructure (Art. 10: not allowed in principle)</translation>
    </message>
    <message>
        <source>共享需求分析（第二十一条）</source>
        <translation>Sharing analysis (Art. 21)</translation>
    </message>
    <message>
        <source>共享部门</source>
        <translation>Sharing departments</translation>
    </message>
    <message>
        <source>多个部门用顿号“、”分隔</source>
        <translation>separate departments with “、”</translation>
    </message>
    <message>
        <source>等保级别</source>
        <translation>Protection level</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>涉密项目</source>
        <translation>Classified project</translation>
    </message>
    <message>
        <source>上级要求</source>
        <translation>Mandated</translation>
    </message>
    <message>
        <source>需求紧迫</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>材料清单</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>总投资500万元以下的项目以实施方案代替可行性研究报告，须包含以下全部要素（第九条）。</source>
        <translation>Below 5 million CNY an implementation plan replaces the feasibility study and must contain all of these (Art. 9).</translation>
    </message>
    <message>
        <source>实施方案要素</source>
        <translation>Implementation plan elements</translation>
    </message>
    <message>
        <source>实施方案由具有相应资质的咨询机构编制</source>
        <translation>Plan compiled by a qualified consultancy</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>审查意见</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>建设单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>项目类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>申请资金(万元)</source>
        <translation>Requested (10k CNY)</translation>
    </message>
    <message>
        <source>总投资(万元)</source>
        <translation>Total (10k CNY)</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>申报类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>申报日期</source>
        <translation>Submitted</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>搜索编号、名称、单位…</source>
        <translation>Search code, name, unit…</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部审查意见</source>
        <translation>All findings</translation>
    </message>
    <message>
        <source>有“%1”</source>
        <translation>with “%1”</translation>
    </message>
    <message>
        <source>无问题</source>
        <translation>no issue</translation>
    </message>
    <message>
        <source>新增项目…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>查看/修改…</source>
        <translation>View/edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>导入申报表…</source>
        <translation>Import applications…</translation>
    </message>
    <message>
        <source>导出申报表模板…</source>
        <translation>Export application template…</translation>
    </message>
    <message>
        <source>重新合规审查</source>
        <translation>Re-run pre-check</translation>
    </message>
    <message>
        <source>项目列表</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>申报项目</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>查看…</source>
        <translation>View…</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>显示 %1 / %2 项</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <source>已新增项目%1。</source>
        <translation>Project %1 added.</translation>
    </message>
    <message>
        <source>已保存项目%1。</source>
        <translation>Project %1 saved.</translation>
    </message>
    <message>
        <source>删除项目</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>删除项目%1“%2”及其全部评分、附件和意见？此操作不能撤销。</source>
        <translation>Delete project %1 “%2” with all its scores, attachments and opinions? This cannot be undone.</translation>
    </message>
    <message>
        <source>已删除项目%1。</source>
        <translation>Project %1 deleted.</translation>
    </message>
    <message>
        <source>正在重新合规审查…</source>
        <translation>Re-running the pre-check…</translation>
    </message>
    <message>
        <source>合规审查已完成。</source>
        <translation>Pre-check done.</translation>
    </message>
    <message>
        <source>已导入%1个项目并完成合规审查。</source>
        <translation>%1 projects imported and pre-checked.</translation>
    </message>
    <message>
        <source>导入申报表</source>
        <translation>Import applications</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>（自动）</source>
        <translation>(automatic)</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>建设单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>申报类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>项目类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>总投资(万元)</source>
        <translation>Total (10k CNY)</translation>
    </message>
    <message>
        <source>申请市级资金(万元)</source>
        <translation>Requested (10k CNY)</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>申报日期</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>导出申报表模板</source>
        <translation>Export application template</translation>
    </message>
    <message>
        <source>项目申报导入模板.xlsx</source>
        <translation>application-template.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>模板已保存：%1</source>
        <translation>Template saved: %1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>%1档</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>档次</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>请写明理由。</source>
        <translation>Write the reason.</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <source>申报回避</source>
        <translation>Declare recusal</translation>
    </message>
    <message>
        <source>本人申报回避</source>
        <translation>declared by the expert</translation>
    </message>
    <message>
        <source>专家</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>回避项目</source>
        <translation>Recused from</translation>
    </message>
    <message>
        <source>回避理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RecusalTableModel</name>
    <message>
        <source>专家</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>自动（本单位项目）</source>
        <translation>automatic (own unit)</translation>
    </message>
    <message>
        <source>本人申报</source>
        <translation>declared</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>数据库“%1”的备份（最新的在前，保存在 %2）。恢复前会先自动备份当前数据库。</source>
        <translation>Backups of “%1” (newest first, kept in %2). The current database is backed up before a restore.</translation>
    </message>
    <message>
        <source>选择其他备份文件…</source>
        <translation>Another backup file…</translation>
    </message>
    <message>
        <source>恢复所选备份…</source>
        <translation>Restore the chosen backup…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>还没有备份。</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>zqdesk 数据库 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>zqdesk databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>档次</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>组长调整了档次</source>
        <translation>tier moved by the chair</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>极差</source>
        <translation>Span</translation>
    </message>
    <message>
        <source>标准差</source>
        <translation>Std dev</translation>
    </message>
    <message>
        <source>偏离</source>
        <translation>Deviating</translation>
    </message>
    <message>
        <source>%1人</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>（%1未说明）</source>
        <translation> (%1 unexplained)</translation>
    </message>
    <message>
        <source>计分专家</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>建议 同意/修改/不同意</source>
        <translation>Agree/revise/reject</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>安排</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>储备</source>
        <translation>reserve</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <source>评审建议(&amp;R)</source>
        <translation>&amp;Recommendation</translation>
    </message>
    <message>
        <source>评审意见(&amp;O)</source>
        <translation>&amp;Opinion</translation>
    </message>
    <message>
        <source>偏离说明（您的评分偏离平均分30%以上，请说明理由）</source>
        <translation>Deviation explanation (your total is more than 30% from the mean; please explain)</translation>
    </message>
    <message>
        <source>专家组评分</source>
        <translation>The panel&apos;s scores</translation>
    </message>
    <message>
        <source>（第%1轮）</source>
        <translation> (round %1)</translation>
    </message>
    <message>
        <source>暂存在本机，连接恢复后自动保存到服务器</source>
        <translation>Kept on this terminal; saved to the server when the connection is back</translation>
    </message>
    <message>
        <source>对本项目的评审意见（Enter或Tab：下一项；Ctrl+Enter：换行）</source>
        <translation>Your review opinion on this project (Enter or Tab: next; Ctrl+Enter: new line)</translation>
    </message>
    <message>
        <source>；未保存</source>
        <translation>; not saved</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>评审建议</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>已提交签名，不能修改</source>
        <translation>submitted and signed; cannot change</translation>
    </message>
    <message>
        <source>0至%1分，整数或0.5分</source>
        <translation>0 to %1, whole or half points</translation>
    </message>
    <message>
        <source>评审建议应为：%1</source>
        <translation>The recommendation must be one of: %1</translation>
    </message>
    <message>
        <source>已保存 %1 %2</source>
        <translation>Saved %1 %2</translation>
    </message>
    <message>
        <source>暂存在本机，连接恢复后自动保存到服务器</source>
        <translation>Kept on this terminal; saved to the server when the connection is back</translation>
    </message>
</context>
<context>
    <name>ScoreImport</name>
    <message>
        <source>导入评分文件…</source>
        <translation>Import score file…</translation>
    </message>
    <message>
        <source>导出评分模板…</source>
        <translation>Export score template…</translation>
    </message>
    <message>
        <source>评分文件每行为一位专家对一个项目的评分（专家、项目编号、各评分项、评审建议、评审意见、偏离说明）。导入的评分视为已提交签名。文件中任何一行有错误时不导入任何内容，并列出全部错误。</source>
        <translation>Each row of a score file is one expert&apos;s scores for one project (expert, project code, each criterion, recommendation, opinion, deviation explanation). Imported scores count as submitted and signed. A file with any bad row imports nothing and lists every error.</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>专家登录评分</source>
        <translation>Expert at the keyboard</translation>
    </message>
    <message>
        <source>经办人录入纸质评分表</source>
        <translation>Clerk types paper sheets</translation>
    </message>
    <message>
        <source>导入评分文件</source>
        <translation>Import score file</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>已提交：%1 / %2 位专家。</source>
        <translation>Submitted: %1 of %2 experts. </translation>
    </message>
    <message>
        <source>尚未提交：%1。</source>
        <translation>Waiting for: %1. </translation>
    </message>
    <message>
        <source>组长已开放专家组评分查看。</source>
        <translation>The chair has opened the panel view.</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>专家</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>评审建议</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>评审意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>导出评分模板</source>
        <translation>Export score template</translation>
    </message>
    <message>
        <source>专家评分导入模板.xlsx</source>
        <translation>score-template.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>模板已保存：%1</source>
        <translation>Template saved: %1</translation>
    </message>
    <message>
        <source>专家离线评分</source>
        <translation>Offline scoring</translation>
    </message>
    <message>
        <source>核对纸质评分表</source>
        <translation>Check the paper sheets</translation>
    </message>
    <message>
        <source>导入的%1份评分将作为专家已签名提交的评分保存，之后只能凭理由更正。请确认以下专家的纸质评分表均已签名：%2。</source>
        <translation>The %1 imported sheets will be saved as signed submissions of the experts, to be corrected only with a reason. Confirm that the paper sheets of these experts are all signed: %2.</translation>
    </message>
    <message>
        <source>已核对签名，导入</source>
        <translation>Signatures checked: import</translation>
    </message>
    <message>
        <source>已导入%1份评分（已核对签名，视为已提交）。</source>
        <translation>Imported %1 sheets (signatures checked; counted as submitted).</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>连接数据库服务器</source>
        <translation>Connect to a database server</translation>
    </message>
    <message>
        <source>评审室多台终端同时评分时，所有终端连接同一台数据库服务器（PostgreSQL 或兼容的数据库）。服务器须先由系统管理员初始化，并把审计密钥文件复制到本机（见《服务器管理员指南》）。</source>
        <translation>When several terminals score at once in a review room, all of them connect to one database server (PostgreSQL or compatible). The administrator initialises the server first and copies the audit key file to this computer (see the server administrator’s guide).</translation>
    </message>
    <message>
        <source>请填写服务器的IP地址；软件只允许连接这一个地址</source>
        <translation>Enter the server’s IP address; the program connects to this address only</translation>
    </message>
    <message>
        <source>不保存；已设置 PGPASSWORD 或 ~/.pgpass 时可不填</source>
        <translation>Not stored; may stay empty when PGPASSWORD or ~/.pgpass is set</translation>
    </message>
    <message>
        <source>以后启动时自动连接该服务器</source>
        <translation>Connect to this server when the program starts</translation>
    </message>
    <message>
        <source>服务器IP地址(&amp;H)</source>
        <translation>Server IP address (&amp;H)</translation>
    </message>
    <message>
        <source>端口(&amp;O)</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>数据库名(&amp;D)</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>数据库账号(&amp;U)</source>
        <translation>Database &amp;user</translation>
    </message>
    <message>
        <source>口令(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>请填写数据库服务器的IP地址。</source>
        <translation>Enter the database server’s IP address.</translation>
    </message>
    <message>
        <source>该数据库尚未初始化，未连接。</source>
        <translation>The database is not initialised; not connected.</translation>
    </message>
    <message>
        <source>服务器数据库已初始化</source>
        <translation>Server database initialised</translation>
    </message>
    <message>
        <source>服务器数据库已初始化，接下来请创建系统管理员账号。

本机生成的审计密钥文件：
%1

其他每台终端连接该数据库前，须把这个文件复制到该终端的同一位置（只允许本用户读写），并与数据库备份一起妥善保管。</source>
        <translation>The server database is initialised; next, create the administrator account.

The audit key file made on this computer:
%1

Before any other terminal connects to the database, copy this file to the same place on it (readable by its user only), and keep it safe with the database backups.</translation>
    </message>
    <message>
        <source>初始化服务器数据库</source>
        <translation>Initialise the server database</translation>
    </message>
    <message>
        <source>服务器上的数据库 %1 是空的。要把它初始化为zqdesk评审数据库吗？

初始化后，本机生成该数据库的审计密钥文件；其他每台终端连接前，须由系统管理员把这个文件复制过去（见《服务器管理员指南》第4节）。</source>
        <translation>The database %1 on the server is empty. Initialise it as a zqdesk review database?

This computer then makes the database’s audit key file; the administrator copies it to every other terminal before it connects (server guide, section 4).</translation>
    </message>
    <message>
        <source>初始化</source>
        <translation>Initialise</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>大字体（字号放大25%）</source>
        <translation>Large text (25% larger)</translation>
    </message>
    <message>
        <source>界面语言（重新启动后生效）</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <source>打开其他数据库…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <source>新建数据库…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>备份到…</source>
        <translation>Back up to…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>登录/切换用户…</source>
        <translation>Sign in / switch user…</translation>
    </message>
    <message>
        <source>当前用户</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>当前数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>最近备份：%1（备份文件夹：%2）</source>
        <translation>Last backup: %1 (folder: %2)</translation>
    </message>
    <message>
        <source>从未备份</source>
        <translation>never</translation>
    </message>
    <message>
        <source>未登录</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <source>已切换为大字体。</source>
        <translation>Large text on.</translation>
    </message>
    <message>
        <source>已恢复标准字体。</source>
        <translation>Standard text size.</translation>
    </message>
    <message>
        <source>界面语言将在重新启动后生效。</source>
        <translation>The language changes after a restart.</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>zqdesk 数据库 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>zqdesk databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>zqdesk 数据库 (*.sqlite3)</source>
        <translation>zqdesk databases (*.sqlite3)</translation>
    </message>
    <message>
        <source>文件已存在，未覆盖。请换一个文件名。</source>
        <translation>The file exists and was not overwritten. Choose another name.</translation>
    </message>
    <message>
        <source>已备份到：%1</source>
        <translation>Backed up to: %1</translation>
    </message>
    <message>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>不锁定</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>显示与锁屏</source>
        <translation>Display and screen lock</translation>
    </message>
    <message>
        <source>无操作多久后锁屏</source>
        <translation>Lock after no input for</translation>
    </message>
    <message>
        <source>自动备份间隔</source>
        <translation>Automatic backup every</translation>
    </message>
    <message>
        <source>数据库与备份</source>
        <translation>Database and backups</translation>
    </message>
    <message>
        <source>每个分数输入后立即写入数据库。评审会进行中按上面的间隔自动备份，关闭程序时再备份一次，自动备份保留最近%1份，保存在数据库旁的 backups 文件夹中。恢复前会自动备份当前数据库。</source>
        <translation>Every score is written to the database as it is entered. While a meeting is open a backup is made at the interval above and once more on closing; the newest %1 are kept in the backups folder beside the database. The current database is backed up before a restore.</translation>
    </message>
    <message>
        <source>由系统管理员设置和操作</source>
        <translation>Set and done by the administrator</translation>
    </message>
    <message>
        <source>已导入%1年节假日安排。</source>
        <translation>Holidays of %1 imported.</translation>
    </message>
    <message>
        <source>用备份“%1”替换当前数据库？当前数据库会先自动备份。恢复后需要重新登录。</source>
        <translation>Replace the current database with the backup “%1”? The current database is backed up first. Everyone signs in again afterwards.</translation>
    </message>
    <message>
        <source>已从“%1”恢复；原数据库已备份到：%2</source>
        <translation>Restored from “%1”; the previous database was backed up to: %2</translation>
    </message>
    <message>
        <source>连接数据库服务器…</source>
        <translation>Connect to a database server…</translation>
    </message>
    <message>
        <source>评审室多台终端同时评分时，连接同一台数据库服务器</source>
        <translation>For a review room where several terminals score at once: connect to one database server</translation>
    </message>
    <message>
        <source>当前连接的是数据库服务器：每个分数输入后立即保存到服务器；连接中断时，输入的分数暂存在本机，恢复后自动保存。服务器数据库由系统管理员在服务器上用 pg_dump 备份（见《服务器管理员指南》第6节），本机不做备份。</source>
        <translation>Connected to a database server: every score is saved to the server as it is entered; while the connection is down, scores are kept on this terminal and saved when it is back. The administrator backs up the server database on the server with pg_dump (server guide, section 6); this terminal makes no backups.</translation>
    </message>
    <message>
        <source>当前数据库服务器：%1</source>
        <translation>Database server: %1</translation>
    </message>
    <message>
        <source>服务器数据库由系统管理员在服务器上备份</source>
        <translation>The administrator backs up the server database on the server</translation>
    </message>
    <message>
        <source>最近备份：由服务器管理员负责（pg_dump）</source>
        <translation>Backups: by the server administrator (pg_dump)</translation>
    </message>
    <message>
        <source>服务器数据库由系统管理员在服务器上备份（pg_dump），本机不做备份。</source>
        <translation>The administrator backs up the server database on the server (pg_dump); this terminal makes no backups.</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>SheetTableModel</name>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>请填写偏离说明</source>
        <translation>explain the deviation</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已评完</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>未评完</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>未评</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>第%1轮待评</source>
        <translation>round %1 to score</translation>
    </message>
    <message>
        <source>暂存本机</source>
        <translation>kept here</translation>
    </message>
    <message>
        <source>待选评审建议</source>
        <translation>Recommendation missing</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>评分数据包已导出 — %1</source>
        <translation>Scoring package exported — %1</translation>
    </message>
    <message>
        <source>已为%1导出评分数据包“%2”。请把校验码纸条交给专家本人，与U盘分开保管：</source>
        <translation>The scoring package “%2” of %1 was exported. Hand the slip with this code to the expert in person, kept apart from the USB stick:</translation>
    </message>
    <message>
        <source>校验码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>打印校验码纸条…</source>
        <translation>Print the slip…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>专家在笔记本上打开评分数据包时输入这16位校验码（不区分大小写，可不输入短横线）。重新导出时校验码不变，除非选择换发新校验码。</source>
        <translation>The expert types this 16-character code when opening the package on their laptop (any case, dashes optional). Exporting again keeps the code unless a new one is chosen.</translation>
    </message>
    <message>
        <source>校验码纸条 — %1</source>
        <translation>Code slip — %1</translation>
    </message>
</context>
<context>
    <name>StaffLogin</name>
    <message>
        <source>创建系统管理员账号</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>账号(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>再次输入(&amp;C)</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>打开评分数据包（专家离线评分）…</source>
        <translation>Open a scoring package (offline scoring)…</translation>
    </message>
    <message>
        <source>继续离线评分（%1）</source>
        <translation>Continue offline scoring (%1)</translation>
    </message>
    <message>
        <source>这是一个新数据库，还没有任何账号。请先创建系统管理员账号；系统管理员再在“设置”中为经办人、评审组长和审计员创建账号。密码至少8位，含大写字母、小写字母、数字、符号中的至少三类。</source>
        <translation>This database has no account yet. Create the administrator account first; the administrator then creates accounts for clerks, chairs and auditors on the Settings page. Passwords: at least 8 characters from at least three of upper case, lower case, digits and symbols.</translation>
    </message>
    <message>
        <source>演示数据库的账号：经办人 huiwu（密码 %1）、系统管理员 admin（密码 %2）、审计员 shenji（密码 %3）；专家和组长的PIN均为 %4。</source>
        <translation>Demo accounts: clerk huiwu (password %1), administrator admin (password %2), auditor shenji (password %3); every expert&apos;s and the chair&apos;s PIN is %4.</translation>
    </message>
</context>
<context>
    <name>StageModel</name>
    <message>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>专家</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>汇总讨论</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>年度计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>已定稿（只读）</source>
        <translation>finalised (read-only)</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>%1项 · %2项有审查意见</source>
        <translation>%1 · %2 with findings</translation>
    </message>
    <message>
        <source>%1位专家 · 回避%2人次</source>
        <translation>%1 experts · %2 recusals</translation>
    </message>
    <message>
        <source>已提交 %1/%2</source>
        <translation>submitted %1/%2</translation>
    </message>
    <message>
        <source>W=%1 · 偏离%2处</source>
        <translation>W=%1 · %2 deviations</translation>
    </message>
    <message>
        <source>安排%1项 · 储备%2项</source>
        <translation>%1 funded · %2 reserve</translation>
    </message>
    <message>
        <source>意见已存 %1/%2</source>
        <translation>opinions %1/%2</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>从未备份</source>
        <translation>never</translation>
    </message>
    <message>
        <source>最近备份：%1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>审计：完好（%1条）</source>
        <translation>Audit: intact (%1)</translation>
    </message>
    <message>
        <source>审计：发现问题</source>
        <translation>Audit: problem found</translation>
    </message>
    <message>
        <source>审计链头：%1
共%2条记录，核验于%3</source>
        <translation>Audit chain head: %1
%2 records, verified at %3</translation>
    </message>
    <message>
        <source>数据库服务器：%1</source>
        <translation>Database server: %1</translation>
    </message>
    <message>
        <source>备份：由服务器管理员负责</source>
        <translation>Backups: server administrator</translation>
    </message>
    <message>
        <source>服务器连接中断，正在重试…</source>
        <translation>Server connection lost, retrying…</translation>
    </message>
    <message>
        <source>与数据库服务器的连接中断。此时输入的分数暂存在本机，连接恢复后自动保存；界面上显示的内容可能不是最新的。</source>
        <translation>The connection to the database server is lost. Scores entered now are kept on this terminal and saved when it is back; what the window shows may be out of date.</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>第%1页</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>智慧钦州评审桌面</source>
        <translation>zqdesk — Smart Qinzhou review desk</translation>
    </message>
</context>
<context>
    <name>laptop</name>
    <message>
        <source>专家离线评分</source>
        <translation>Offline scoring</translation>
    </message>
    <message>
        <source>“%1”不是由评分数据包创建的数据库。</source>
        <translation>“%1” is not a database made from a scoring package.</translation>
    </message>
    <message>
        <source>专家离线评分：%1</source>
        <translation>Offline scoring: %1</translation>
    </message>
    <message>
        <source>%1 · 评分数据包发放于%2</source>
        <translation>%1 · package issued %2</translation>
    </message>
    <message>
        <source>评审会：%1</source>
        <translation>Meeting: %1</translation>
    </message>
    <message>
        <source>%1 [专家离线评分] — 智慧钦州评审桌面</source>
        <translation>%1 [offline scoring] — Smart Qinzhou Review Desk</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>可以选择其他数据库文件、打开一个备份，或新建数据库。</source>
        <translation>You can choose another database, open a backup, or create a new database.</translation>
    </message>
    <message>
        <source>选择其他文件…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>打开备份…</source>
        <translation>Open a backup…</translation>
    </message>
    <message>
        <source>新建数据库…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>zqdesk 数据库 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>zqdesk databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>选择数据库文件</source>
        <translation>Choose database</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>无法连接数据库服务器</source>
        <translation>Cannot connect to the database server</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>连接设置…</source>
        <translation>Connection settings…</translation>
    </message>
    <message>
        <source>改用本机数据库文件…</source>
        <translation>Use a database file on this computer…</translation>
    </message>
    <message>
        <source>服务器恢复后可以重试；也可以修改服务器地址、账号或口令，或改用本机的数据库文件。</source>
        <translation>Retry once the server is back, change the server address, user or password, or use a database file on this computer.</translation>
    </message>
    <message>
        <source>可以修改服务器地址，或改用本机的数据库文件。</source>
        <translation>Change the server address, or use a database file on this computer.</translation>
    </message>
</context>
<context>
    <name>print_pdf</name>
    <message>
        <source>没有要打印的页。</source>
        <translation>No pages to print.</translation>
    </message>
    <message>
        <source>无法开始打印：打印机不可用或输出文件无法写入。</source>
        <translation>Cannot start printing: the printer is unavailable or the output file cannot be written.</translation>
    </message>
    <message>
        <source>正在打印第%1页，共%2页…</source>
        <translation>Printing page %1 of %2…</translation>
    </message>
    <message>
        <source>打印机拒绝了新的一页，打印中止。</source>
        <translation>The printer refused a new page; printing stopped.</translation>
    </message>
</context>
<context>
    <name>run_with_progress</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>show_refusal</name>
    <message>
        <source>未能完成</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>slip</name>
    <message>
        <source>评审会</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>专家</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>评分数据包</source>
        <translation>Scoring package</translation>
    </message>
    <message>
        <source>发放时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>1. 在笔记本上打开“智慧钦州评审桌面”，在登录窗口中选择“打开评分数据包（专家离线评分）…”。</source>
        <translation>1. On the laptop, start Smart Qinzhou Review Desk and choose “Open a scoring package (offline scoring)…” in the sign-in window.</translation>
    </message>
    <message>
        <source>2. 选择U盘中的评分数据包文件，输入上面的16位校验码，并设置您自己的PIN（4至8位数字）。</source>
        <translation>2. Choose the scoring package on the USB stick, type the 16-character code above, and choose your own PIN (4 to 8 digits).</translation>
    </message>
    <message>
        <source>3. 评分、填写意见并提交签名后，点“导出结果文件…”，把 .zqres 文件交给会务人员。</source>
        <translation>3. After scoring, writing your opinions and submitting, click “Export result file…” and hand the .zqres file to the clerk.</translation>
    </message>
    <message>
        <source>校验码用于核对评分数据包和结果文件，请妥善保管，不要与U盘放在一起。</source>
        <translation>The code authenticates the package and your result file: keep it safe, apart from the USB stick.</translation>
    </message>
    <message>
        <source>专家离线评分校验码 — %1</source>
        <translation>Offline scoring code — %1</translation>
    </message>
    <message>
        <source>专家离线评分校验码</source>
        <translation>Offline scoring code</translation>
    </message>
</context>
</TS>
