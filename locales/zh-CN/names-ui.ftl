# Names of countries and languages, shown instead of codes (on covers).

label-language-region = { $language }（{ $region }）
language-ar = 阿拉伯语
language-en = 英语
language-hi = 印地语
language-pt = 葡萄牙语
language-zh = 中文
country-AE = 阿拉伯联合酋长国
country-BH = 巴林
country-BR = 巴西
country-CN = 中国
country-GB = 英国
country-GB-ENG = 英格兰
country-IN = 印度
country-KW = 科威特
country-OM = 阿曼
country-QA = 卡塔尔
country-SA = 沙特阿拉伯
