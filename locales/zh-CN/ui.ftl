### 文档和报告中使用的标签（zh-CN）。消息 ID 与 locales/en-GB/ui.ftl 一致。

label-standard = 标准
label-outcome = 学习成果
label-criterion = 考核标准
label-code = 编号
label-kind = 类型
label-knowledge = 知识
label-performance = 实操表现
label-examples = 可包括
label-simulation-allowed = 可通过模拟情境考核
label-references = 需了解的法律、准则和机构
label-contents = 目录
label-notices = 说明
label-glossary = 术语表
label-country-notes = 国别说明
label-fallback = 尚未翻译
label-page = 第 { $page } 页，共 { $pages } 页
label-criteria-count = { $count ->
   *[other] { $count } 项考核标准
}
label-learner-name = 学员姓名
label-learner-signature = 学员签名
label-assessor = 考核员
label-assessor-signature = 考核员签名
label-employer = 雇主
label-date = 日期
label-completion-date = 完成日期
label-method = 考核方式
label-evidence-location = 证据存放位置
label-observed-at-work = 需在工作中观察
label-observation-record = 观察记录
label-progress-log = 进度记录
label-sign-off = 签字确认
label-summary = 标准概览
label-certificate = 证书
label-workbook = 学员练习册
label-assessor-record = 考核员记录
label-standards-document = 标准

## 文档封面、标题和表格。

label-country = 国家
label-based-on = 依据
label-version = 版本
label-language = 语言
label-edition = 版本名称
label-standard-title = 标准 { $code }：{ $title }
label-criteria = 考核标准数
label-term = 术语
label-term-kind = 术语类型
label-jurisdiction = 适用地区
label-term-law = 法律
label-term-regulator = 监管机构
label-term-body = 机构
label-term-service = 服务
label-term-emergency-number = 紧急电话
label-term-code = 实务准则
label-term-guidance = 指南
label-term-qualification = 资格
label-term-word = 用语
label-removed = 本版本删除的内容
label-sector-health = 医疗卫生领域：
label-sector-social-care = 社会照护领域：
label-fallback-legend = 以此样式显示的文字尚未翻译，仍为源语言。
label-learner-details = 学员信息
label-start-date = 开始日期
label-workbook-instructions = 请在每项活动下方的横线上作答，可手写或打字；带编号的横线每行写一项。需在工作中观察的考核标准由考核员在你工作时进行评估，并记录其所见、日期和简签。每个标准结束时，请在声明处签名，确认答案由你本人完成；随后考核员填写反馈并签字确认该标准。
label-activity-code = 活动 { $code }
label-sign-off-statement = 学员已达到标准 { $code }：{ $title } 的全部考核标准。

## 修订对照文档（carecert diff --format docx）。

label-redline-title = 从 { $old } 到 { $new } 的修改
label-summary-of-changes = 修改摘要
label-changes-summary = 新增 { $added } 项，删除 { $removed } 项，移动 { $moved } 项，修改 { $changed } 项
label-change = 修改
label-reason = 原因
label-change-added = 新增
label-change-removed = 删除
label-change-moved = 移动
label-change-retitled = 标题修改
label-change-text = 文字修改
label-change-kind = 知识/实操类型修改
label-change-examples = 示例修改
label-change-renumbered = 重新编号
label-change-term = 术语修改
label-before = 修改前
label-after = 修改后

## Review.
# 修改审阅用语（carecert diff 的各种格式）。

review-level-standard = 标准
review-level-outcome = 学习成果
review-level-criterion = 考核标准
review-level-term = 术语
review-terms = 术语
review-why = 原因
review-source = 来源：{ $source }
review-because-term = 因为术语“{ $old }”改为“{ $new }”
review-because-removed = 因为删除了 { $code }
review-because-added = 因为新增了 { $code }
review-because-moved = 因为移动了 { $code }
review-because-renumbered = 因为 { $code } 重新编号
review-by-operation = { $edition } 的第 { $number } 项操作（{ $op }）
review-moved-from-to = 从 { $from } 移到 { $to }
review-standard = 标准
review-changes = 修改
review-show-kinds = 按类型显示修改
review-shown = 显示 { $count } 项
review-reviewer = 审阅人
review-save-decisions = 保存决定
review-decided = 已决定 { $count } 项
review-agree = 同意
review-reject = 拒绝
review-query = 提问
review-comment = 意见
review-legend-markdown = 删除的文字用~~删除线~~标出，新增的文字用**粗体**标出。
## Glossary.

label-term-description = 说明
## 学员练习册。

label-workbook-initials = 简签
label-workbook-declaration = 学员声明
label-workbook-declaration-statement = 本人确认，标准 { $code } 各项活动的答案均由本人独立完成。
label-workbook-feedback = 考核员反馈
label-workbook-sign-off = 考核员确认
label-workbook-sign-off-statement = 标准 { $code }：{ $title }——本人已考核该学员在本标准中的答案及我所观察到的实际操作，均符合本标准的考核要求。
label-workbook-printed-name = 姓名（正楷）
label-workbook-signature = 签名
## Certificate and assessor record.

cert-certifies = 兹证明
cert-has-met = 已达到下列各项标准。
cert-number = 证书编号
cert-issue-date = 发证日期
cert-issued-by = 发证机构
cert-date = { $year }年{ $month }月{ $day }日
cert-issuer-signature = 发证机构代表签名
cert-printed-name = 姓名（正楷）
cert-notice = 本证书依据照护证书制定。版权、许可和翻译声明全文载于本资料包的标准文件。
record-initials = 简签
record-manager-declaration = 主管或雇主声明
record-manager-statement = 本人确认：学员的工作已按本记录所载接受考核，凡需现场观察的考核标准，均已在工作场所观察学员的实际工作。
record-manager-signature = 主管或雇主签名
record-role = 职务
