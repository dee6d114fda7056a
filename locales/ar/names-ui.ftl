# Names of countries and languages, shown instead of codes (on covers).

label-language-region = { $language } ({ $region })
language-ar = العربية
language-en = الإنجليزية
language-hi = الهندية
language-pt = البرتغالية
language-zh = الصينية
country-AE = الإمارات العربية المتحدة
country-BH = البحرين
country-BR = البرازيل
country-CN = الصين
country-GB = المملكة المتحدة
country-GB-ENG = إنجلترا
country-IN = الهند
country-KW = الكويت
country-OM = عُمان
country-QA = قطر
country-SA = المملكة العربية السعودية
