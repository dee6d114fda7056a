edition = شهادة الرعاية، طبعة دول مجلس التعاون الخليجي
    .notice-1 = مقتبسة من شهادة الرعاية الإنجليزية (2015). الصياغة الرسمية لشهادة الرعاية محفوظة الحقوق © لأصحاب حقوق النشر (Skills for Care وHealth Education England وSkills for Health)؛ وتسرد هذه الطبعة التغييرات التي أُجريت عليها، وهي ليست منشورًا رسميًا.

# source: fd820f7b97ea
# en-GB: Communicate through interpreters and across languages
gulf-interpreters-and-multilingual-teams = التواصل من خلال المترجمين وعبر اللغات

# source: 6de6c93ca486
# en-GB: Explain when you must use a trained interpreter rather than a relative or colleague, such as for consent, pain and medication.
gulf-when-to-use-interpreter = اشرح متى يجب أن تستعين بمترجم مدرَّب بدلًا من أحد الأقارب أو الزملاء، كما في المسائل المتعلقة بالموافقة والألم والأدوية.

# source: d7483fba4573
# en-GB: Show that you speak to the person, not the interpreter, use short sentences and check that the person has understood.
gulf-working-with-interpreter = أثبت أنك توجّه حديثك إلى الشخص نفسه لا إلى المترجم، وتستخدم جملًا قصيرة، وتتحقق من أن الشخص قد فهم.

# source: 425d1aaa7f05
# en-GB: Show that you confirm key points of a handover with colleagues whose first language differs from yours, by repeating them back or writing them down.
gulf-multilingual-handover = أثبت أنك تتأكد من النقاط الرئيسية في تسليم المناوبة مع الزملاء الذين تختلف لغتهم الأولى عن لغتك، بإعادة ذكرها أمامهم أو بكتابتها.

# source: 6365b18464ed
# en-GB: Show that you give personal care in a way that respects the person's religious and cultural practice, including their wishes about the gender of the carer, modesty, prayer times and fasting.
gulf-culturally-appropriate-personal-care = أثبت أنك تقدم الرعاية الشخصية بطريقة تحترم الممارسات الدينية والثقافية للشخص، بما في ذلك رغباته بشأن جنس من يقدم له الرعاية، والحشمة، وأوقات الصلاة، والصيام.

# source: 6cd4228f9459
# en-GB: Report any concerns about a person's fluid intake to the right person.
nutrition-reporting-fluid-concerns = أبلغ الشخص المختص بأي مخاوف بشأن كمية السوائل التي يتناولها الشخص.
    .example-1 = أحد الموظفين الأعلى رتبة
    .example-2 = مقدم رعاية
    .example-3 = أحد أفراد الأسرة

# source: 02523b96f29a
# en-GB: Report any concerns about a person's nutrition to the right person.
nutrition-reporting-food-concerns = أبلغ الشخص المختص بأي مخاوف بشأن تغذية الشخص.
    .example-1 = أحد الموظفين الأعلى رتبة
    .example-2 = مقدم رعاية
    .example-3 = أحد أفراد الأسرة
