# Names of countries and languages, shown instead of codes (on covers).

label-language-region = { $language } ({ $region })
language-ar = अरबी
language-en = अंग्रेज़ी
language-hi = हिन्दी
language-pt = पुर्तगाली
language-zh = चीनी
country-AE = संयुक्त अरब अमीरात
country-BH = बहरीन
country-BR = ब्राज़ील
country-CN = चीन
country-GB = यूनाइटेड किंगडम
country-GB-ENG = इंग्लैंड
country-IN = भारत
country-KW = कुवैत
country-OM = ओमान
country-QA = क़तर
country-SA = सऊदी अरब
