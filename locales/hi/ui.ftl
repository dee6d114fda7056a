### दस्तावेज़ों और रिपोर्टों में प्रयुक्त लेबल (हिंदी)।

label-standard = मानक
label-outcome = सीखने का परिणाम
label-criterion = मूल्यांकन मानदंड
label-code = कोड
label-kind = प्रकार
label-knowledge = ज्ञान
label-performance = कार्य-प्रदर्शन
label-examples = इसमें शामिल हो सकते हैं
label-simulation-allowed = सिमुलेशन (अभ्यास परिस्थिति) में मूल्यांकन किया जा सकता है
label-references = जानने योग्य कानून, संहिताएँ और निकाय
label-contents = विषय-सूची
label-notices = सूचनाएँ
label-glossary = शब्दावली
label-country-notes = देश-विशेष टिप्पणियाँ
label-fallback = अभी अनुवाद नहीं हुआ है
label-page = पृष्ठ { $page } / { $pages }
label-criteria-count = { $count ->
    [one] { $count } मानदंड
   *[other] { $count } मानदंड
}
label-learner-name = शिक्षार्थी का नाम
label-learner-signature = शिक्षार्थी के हस्ताक्षर
label-assessor = मूल्यांकनकर्ता
label-assessor-signature = मूल्यांकनकर्ता के हस्ताक्षर
label-employer = नियोक्ता
label-date = दिनांक
label-completion-date = पूरा होने की तिथि
label-method = मूल्यांकन पद्धति
label-evidence-location = साक्ष्य कहाँ है
label-observed-at-work = कार्यस्थल पर अवलोकन किया जाना है
label-observation-record = अवलोकन रिकॉर्ड
label-progress-log = प्रगति लॉग
label-sign-off = अंतिम स्वीकृति (साइन-ऑफ़)
label-summary = मानकों का सारांश
label-certificate = प्रमाणपत्र
label-workbook = शिक्षार्थी कार्यपुस्तिका
label-assessor-record = मूल्यांकनकर्ता रिकॉर्ड
label-standards-document = मानक

## दस्तावेज़ों के आवरण, शीर्षक और फ़ॉर्म।

label-country = देश
label-based-on = आधार
label-version = वर्ज़न
label-language = भाषा
label-edition = संस्करण
label-standard-title = मानक { $code }: { $title }
label-criteria = मानदंड
label-term = शब्द
label-term-kind = शब्द का प्रकार
label-jurisdiction = अधिकार-क्षेत्र
label-term-law = कानून
label-term-regulator = नियामक
label-term-body = संस्था
label-term-service = सेवा
label-term-emergency-number = आपातकालीन नंबर
label-term-code = संहिता
label-term-guidance = मार्गदर्शन
label-term-qualification = योग्यता
label-term-word = शब्द
label-removed = इस संस्करण में हटाया गया
label-sector-health = स्वास्थ्य देखभाल में:
label-sector-social-care = सामाजिक देखभाल में:
label-fallback-legend = इस तरह दिखाया गया पाठ अभी अनूदित नहीं है और स्रोत भाषा में है।
label-learner-details = शिक्षार्थी का विवरण
label-start-date = आरंभ तिथि
label-workbook-instructions = हर गतिविधि का उत्तर उसके नीचे दी गई पंक्तियों पर हाथ से लिखें या टाइप करें; क्रमांकित पंक्तियों में हर पंक्ति पर एक बात लिखें। काम पर देखे जाने वाले मानदंडों का मूल्यांकन आपका मूल्यांकनकर्ता आपके काम करते समय करता है और जो देखा उसे दिनांक और अपने आद्याक्षर के साथ दर्ज करता है। हर मानक के अंत में इस घोषणा पर हस्ताक्षर करें कि उत्तर आपके अपने हैं; फिर आपका मूल्यांकनकर्ता प्रतिक्रिया लिखकर मानक का अनुमोदन करता है।
label-activity-code = गतिविधि { $code }
label-sign-off-statement = शिक्षार्थी ने मानक { $code }: { $title } के सभी मानदंड पूरे किए हैं।

## ट्रैक किए गए बदलावों वाले दस्तावेज़ (carecert diff --format docx)।

label-redline-title = { $old } से { $new } तक के बदलाव
label-summary-of-changes = बदलावों का सारांश
label-changes-summary = { $added } जोड़े गए, { $removed } हटाए गए, { $moved } स्थानांतरित, { $changed } बदले गए
label-change = बदलाव
label-reason = कारण
label-change-added = जोड़ा गया
label-change-removed = हटाया गया
label-change-moved = स्थानांतरित
label-change-retitled = शीर्षक बदला गया
label-change-text = पाठ बदला गया
label-change-kind = ज्ञान या कार्य-प्रदर्शन का प्रकार बदला गया
label-change-examples = उदाहरण बदले गए
label-change-renumbered = फिर से क्रमांकित
label-change-term = शब्द बदला गया
label-before = पहले
label-after = बाद में

## Review.
# बदलावों की समीक्षा के शब्द (carecert diff, हर प्रारूप में)।

review-level-standard = मानक
review-level-outcome = सीखने का परिणाम
review-level-criterion = मूल्यांकन मानदंड
review-level-term = शब्द
review-terms = शब्दावली
review-why = कारण
review-source = स्रोत: { $source }
review-because-term = क्योंकि शब्द “{ $old }” बदलकर “{ $new }” हो गया
review-because-removed = क्योंकि { $code } हटाया गया
review-because-added = क्योंकि { $code } जोड़ा गया
review-because-moved = क्योंकि { $code } स्थानांतरित किया गया
review-because-renumbered = क्योंकि { $code } फिर से क्रमांकित किया गया
review-by-operation = { $edition } का बदलाव क्रमांक { $number } ({ $op })
review-moved-from-to = { $from } से { $to } में
review-standard = मानक
review-changes = बदलाव
review-show-kinds = इस प्रकार के बदलाव दिखाएँ
review-shown = { $count } दिखाए गए
review-reviewer = समीक्षक
review-save-decisions = निर्णय सहेजें
review-decided = { $count } पर निर्णय
review-agree = सहमत
review-reject = अस्वीकार
review-query = प्रश्न
review-comment = टिप्पणी
review-legend-markdown = हटाए गए शब्द ~~कटे हुए~~ हैं, जोड़े गए शब्द **मोटे अक्षरों** में हैं।
## Glossary.

label-term-description = विवरण
## शिक्षार्थी कार्यपुस्तिका।

label-workbook-initials = आद्याक्षर
label-workbook-declaration = शिक्षार्थी की घोषणा
label-workbook-declaration-statement = मैं पुष्टि करता/करती हूँ कि मानक { $code } की गतिविधियों के मेरे उत्तर मेरा अपना काम हैं।
label-workbook-feedback = मूल्यांकनकर्ता की प्रतिक्रिया
label-workbook-sign-off = मूल्यांकनकर्ता का अनुमोदन
label-workbook-sign-off-statement = मानक { $code }: { $title } — मैंने इस मानक के लिए शिक्षार्थी के उत्तरों और उनके काम का, जो मैंने देखा, मूल्यांकन किया है, और वे इसके मानदंडों पर खरे उतरते हैं।
label-workbook-printed-name = नाम (स्पष्ट अक्षरों में)
label-workbook-signature = हस्ताक्षर
## Certificate and assessor record.

cert-certifies = प्रमाणित किया जाता है कि
cert-has-met = ने नीचे सूचीबद्ध मानकों को पूरा कर लिया है।
cert-number = प्रमाणपत्र संख्या
cert-issue-date = जारी करने की तिथि
cert-issued-by = जारीकर्ता
cert-date = { $day }/{ $month }/{ $year }
cert-issuer-signature = जारीकर्ता की ओर से हस्ताक्षर
cert-printed-name = नाम (स्पष्ट अक्षरों में)
cert-notice = देखभाल प्रमाणपत्र पर आधारित। कॉपीराइट, लाइसेंस और अनुवाद संबंधी सूचनाएँ इस पैक के मानक दस्तावेज़ में पूरी दी गई हैं।
record-initials = आद्याक्षर
record-manager-declaration = प्रबंधक या नियोक्ता की घोषणा
record-manager-statement = मैं पुष्टि करता/करती हूँ कि शिक्षार्थी के कार्य का मूल्यांकन इस रिकॉर्ड के अनुसार किया गया है, और जिन मानदंडों में आवश्यक था उनमें शिक्षार्थी को कार्यस्थल पर काम करते हुए देखा गया है।
record-manager-signature = प्रबंधक या नियोक्ता के हस्ताक्षर
record-role = पद
