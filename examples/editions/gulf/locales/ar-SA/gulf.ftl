# source: 95bec3530180
# en-GB: Care Certificate, Gulf Cooperation Council edition
edition = شهادة الرعاية، طبعة دول مجلس التعاون الخليجي
    .notice-1 = مقتبسة من شهادة الرعاية المعتمدة في إنجلترا (2015). الصياغة الرسمية لشهادة الرعاية محفوظة الحقوق © لأصحاب حقوق النشر، وهم Skills for Care وHealth Education England وSkills for Health؛ وتسرد هذه الطبعة التغييرات التي أُجريت عليها، وهي ليست منشورًا رسميًا.
    .rationale-1 = في دول الخليج كافة، تؤثر الحشمة، وتقديم الرعاية الشخصية على يد شخص من الجنس نفسه، والصلاة والصيام، في طريقة تقديم الرعاية التي تمس خصوصية الجسد؛ أما شهادة الرعاية الأصلية فلا تتناول المعتقدات إلا بعبارات عامة.
    .rationale-2 = يأتي جزء كبير من العاملين في الصحة والرعاية في دول الخليج من خارجها (ففي المملكة العربية السعودية لا يشكّل المواطنون السعوديون إلا نحو ثلث الأطباء والممرضين)، ولذلك كثيرًا ما لا يشترك عاملو الرعاية في لغة أولى مع الأشخاص الذين يقدمون لهم الدعم، ولا فيما بينهم؛ وتتوقف سلامة الرعاية على الاستعانة بالمترجمين والتحقق من الفهم.
    .rationale-3 = يُقيَّم الإبلاغ عن المخاوف بشأن ما يشربه الشخص بالملاحظة في مكان العمل، شأنه شأن بقية مخرج التعلم 8.2، وشأن الإبلاغ عن المخاوف في البندين 5.3b و5.6d من شهادة الرعاية الأصلية؛ ويتغير البندان 8.2e و8.3e معًا ليبقيا متماثلين.
    .rationale-4 = يذكر بند التقييم القائم على الملاحظة ما يُشاهَد المتعلم وهو يؤديه، كما يفعل البند 5.6d في شهادة الرعاية الأصلية؛ أما عبارة «اعرف كيف» فتصف المعرفة، ولم يعد البند 8.2e يقيّم المعرفة.
    .rationale-5 = يُقيَّم الإبلاغ عن المخاوف بشأن ما يأكله الشخص بالملاحظة في مكان العمل، شأنه شأن بقية مخرج التعلم 8.3، وشأن الإبلاغ عن المخاوف في البندين 5.3b و5.6d من شهادة الرعاية الأصلية؛ ويتغير البندان 8.2e و8.3e معًا ليبقيا متماثلين.
    .rationale-6 = يذكر بند التقييم القائم على الملاحظة ما يُشاهَد المتعلم وهو يؤديه، كما يفعل البند 5.6d في شهادة الرعاية الأصلية؛ أما عبارة «اعرف كيف» فتصف المعرفة، ولم يعد البند 8.3e يقيّم المعرفة.
    .rationale-7 = ليس لسلّم «المهارات الوظيفية» المعتمد في إنجلترا مقابل في دول المنطقة؛ فمتطلبات اللغة تختلف باختلاف الدولة وجهة العمل، والبند 2.2a يطلب أصلًا وصف ما يتطلبه الدور.

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
