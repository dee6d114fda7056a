# Names of countries and languages, shown instead of codes (on covers). The
# English names are built into carecert (every ISO 3166-1 country and common
# languages); a locale translates those its packs show: `country-SA`,
# `language-ar`, or a whole locale at once, `language-pt-BR`.

# A language with its region: "Portuguese (Brazil)".
label-language-region = { $language } ({ $region })

# The names the shipped translations give, in English (the built-in table has
# every other country): the reference translators compare against.
language-ar = Arabic
language-en = English
language-hi = Hindi
language-pt = Portuguese
language-zh = Chinese
country-AE = United Arab Emirates
country-BH = Bahrain
country-BR = Brazil
country-CN = China
country-GB = United Kingdom
country-GB-ENG = England
country-IN = India
country-KW = Kuwait
country-OM = Oman
country-QA = Qatar
country-SA = Saudi Arabia
