# en-GB: Care Certificate, China edition
# source: a39dbad00c80
edition = 照护证书（中国版）
    .notice-1 = 本版改编自英格兰的照护证书（2015年版）。照护证书官方文本的版权归其版权所有方（英格兰照护技能协会、英格兰健康教育局和英国卫生技能协会）所有；本版列出对官方文本所作的修改，并非官方出版物。
    .notice-2 = 简体中文（zh-CN）文本是为方便使用而提供的译文；与英文原文不一致之处，以本版的英文文本为准。中国法律的名称均采用其官方中文名称。
    .rationale-1 = 国家职业技能标准是中国养老护理员公认的参照依据，因此学员应了解自己在其中处于哪一等级。
    .rationale-2 = 在中国，成年子女和其他亲属常常深度参与老年人的照护，因此在不忽视服务对象本人意愿的前提下与他们商定照护安排，是日常工作的一部分。
    .rationale-3 = 考核标准 2.2b 以类似英格兰那样的全国读写和计算能力等级体系为前提；中国的国家职业技能标准没有学历要求，用人单位依照 2.2a 所作的评估已涵盖岗位所需。
    .rationale-4 = 根据{ -data-protection-law }，健康信息属于敏感个人信息，处理时须取得单独同意；护理员每天都会遇到这种情况（如拍照、家属聊天群）。
    .rationale-5 = 在中国，大多数学员接受的是养老护理员培训；国家职业技能标准把生活照料作为该岗位的核心，而基础内容仅通过一般性的学习成果涉及这一方面。

# source: df15bf80289e
# en-GB: Describe the skill levels set out in the { -code-of-conduct } and which level your current role matches.
china-occupational-standard-levels = 描述{ -code-of-conduct }中规定的各职业技能等级，以及你目前的岗位与哪一等级相对应。

# source: a8150b2207d5
# en-GB: Show that you agree care arrangements with the person and the family members they want involved, while keeping the person's own wishes at the centre.
china-family-shared-decisions = 展示你与服务对象本人及其希望参与的家庭成员共同商定照护安排，同时始终以服务对象本人的意愿为中心。

# source: 3e8a83d8e7b2
# en-GB: Support older people with daily living
china-daily-living-support = 协助老年人的日常生活

# source: 0a2810f5e821
# en-GB: Help with personal care and mobility safely
china-daily-living-personal-care = 安全地协助生活照料和行动

# source: d338ec4be06e
# en-GB: Help an older person to wash, dress and use the toilet while encouraging them to do as much as they can for themselves.
china-daily-living-washing-dressing = 协助老年人清洁身体、穿衣和如厕，同时鼓励其尽可能自己完成力所能及的部分。

# source: ee632bc20346
# en-GB: Describe the common causes of falls in older people and the steps you take to reduce the risk.
china-daily-living-falls = 描述老年人跌倒的常见原因，以及你为降低跌倒风险所采取的措施。

# source: 85ede3bbf46f
# en-GB: Check the skin of a person who spends long periods in a bed or chair and report any redness or damage to the right person.
china-daily-living-pressure-areas = 检查长时间卧床或久坐的服务对象的皮肤，发现任何发红或破损时报告给相关负责人。

# source: 76844a118e13
# en-GB: Explain why health information is treated as sensitive under the { -data-protection-law } and why separate consent is needed before you share it, including in messaging groups with families.
china-sensitive-data-consent = 解释为什么根据{ -data-protection-law }，健康信息属于敏感个人信息，以及为什么在分享此类信息之前（包括在家属聊天群中分享）须取得服务对象的单独同意。
