# Names of countries and languages, shown instead of codes (on covers). The
# English names are built into carecert (every ISO 3166-1 country and common
# languages); a locale translates those its packs show: `country-SA`,
# `language-ar`, or a whole locale at once, `language-pt-BR`.

# A language with its region: "Portuguese (Brazil)".
label-language-region = { $language } ({ $region })
