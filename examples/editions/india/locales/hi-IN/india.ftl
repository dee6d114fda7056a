edition = देखभाल प्रमाणपत्र, भारत संस्करण
    .notice-1 = इंग्लैंड के देखभाल प्रमाणपत्र (केयर सर्टिफ़िकेट, 2015) से अनुकूलित। देखभाल प्रमाणपत्र के आधिकारिक पाठ का कॉपीराइट (©) उसके धारकों (स्किल्स फ़ॉर केयर, हेल्थ एजुकेशन इंग्लैंड और स्किल्स फ़ॉर हेल्थ) के पास है; यह संस्करण उसमें किए गए बदलावों को सूचीबद्ध करता है और कोई आधिकारिक प्रकाशन नहीं है।
    .notice-2 = हिंदी (hi-IN) पाठ सुविधा के लिए दिया गया अनुवाद है; जहाँ यह अंग्रेज़ी स्रोत से भिन्न हो, वहाँ इस संस्करण का अंग्रेज़ी पाठ लागू होगा। जहाँ किसी अधिनियम का मानक हिंदी नाम मौजूद है, वहाँ उसका हिंदी नाम दिया गया है।

# source: 506e940d48c6
# en-GB: Show that you agree with family caregivers who live in the home how you share daily care tasks, and respect the person's own wishes when they differ from the family's.
india-family-caregivers = दिखाएँ कि आप घर में साथ रहने वाले पारिवारिक देखभालकर्ताओं के साथ इस पर सहमति बनाते हैं कि रोज़मर्रा की देखभाल के काम आपस में कैसे बाँटे जाएँगे, और जब व्यक्ति की अपनी इच्छाएँ परिवार की इच्छाओं से अलग हों, तब व्यक्ति की इच्छाओं का सम्मान करते हैं।

# source: cbefa83be952
# en-GB: Report any concerns you have to the right person.
person-centred-report-environment-concerns = अपनी किसी भी चिंता की सूचना उपयुक्त व्यक्ति को दें।
    .example-1 = कोई वरिष्ठ स्टाफ़ सदस्य
    .example-2 = घर में साथ रहने वाला कोई पारिवारिक देखभालकर्ता
    .example-3 = व्यक्ति का नामनिर्दिष्ट प्रतिनिधि

# source: 5d4379e272f0
# en-GB: Understand capacity, consent and advance directives in care
capacity-meaning-in-care = देखभाल में मानसिक क्षमता, सहमति और अग्रिम निर्देशों (एडवांस डायरेक्टिव) को समझें

# source: 0d4b7699aac0
# en-GB: Explain how to report suspected abandonment or neglect of an older person, including the protection offered by the { -care-act }, and when to call { -emergency-number }.
india-report-abuse-older-people = समझाएँ कि किसी वृद्ध व्यक्ति को त्याग दिए जाने या उसकी उपेक्षा के संदेह की सूचना कैसे दें, जिसमें { -care-act } द्वारा दी जाने वाली सुरक्षा भी शामिल है, और { -emergency-number } पर कब कॉल करें।

# source: 0e546657e492
# en-GB: Explain that anyone who knows of a sexual offence against a child must report it under the { -children-act }, and that failing to report is itself an offence.
india-pocso-reporting = समझाएँ कि { -children-act } के तहत किसी बच्चे के विरुद्ध लैंगिक अपराध की जानकारी रखने वाले हर व्यक्ति को उसकी सूचना देनी होती है, और सूचना न देना स्वयं एक अपराध है।

# source: 455bfe0c5e92
# en-GB: Describe the laws and agreed ways of working that govern how information is recorded, stored and shared, including the { -data-protection-law } and the confidentiality rights in the { -mental-health-act }.
information-laws-and-ways-of-working = उन कानूनों और कार्य करने के सहमत तरीकों का वर्णन करें जो यह नियंत्रित करते हैं कि जानकारी कैसे दर्ज, संग्रहीत और साझा की जाती है, जिनमें { -data-protection-law } और { -mental-health-act } में दिए गए गोपनीयता के अधिकार भी शामिल हैं।
