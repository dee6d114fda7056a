# Names of countries and languages, shown instead of codes (on covers).

label-language-region = { $language } ({ $region })
language-ar = Árabe
language-en = Inglês
language-hi = Híndi
language-pt = Português
language-zh = Chinês
country-AE = Emirados Árabes Unidos
country-BH = Bahrein
country-BR = Brasil
country-CN = China
country-GB = Reino Unido
country-GB-ENG = Inglaterra
country-IN = Índia
country-KW = Kuwait
country-OM = Omã
country-QA = Catar
country-SA = Arábia Saudita
