# source: 234364f85d46
# en-GB: Care Certificate, Saudi Arabia edition
edition = شهادة الرعاية، طبعة المملكة العربية السعودية
    .notice-1 = مقتبسة من شهادة الرعاية المعتمدة في إنجلترا (2015) عبر طبعة دول مجلس التعاون الخليجي. الصياغة الرسمية لشهادة الرعاية محفوظة الحقوق © لأصحاب حقوق النشر، وهم Skills for Care وHealth Education England وSkills for Health؛ وتسرد هذه الطبعة التغييرات التي أُجريت عليها، وهي ليست منشورًا رسميًا.
    .notice-2 = النص العربي ترجمة مقدَّمة للتيسير؛ وعند اختلافه عن المصدر الإنجليزي يُعمل بالنص الإنجليزي لهذه الطبعة. وترد أسماء الأنظمة السعودية بصيغتها العربية الرسمية.
    .rationale-1 = لا يجيز { -care-act } إدخال كبير السن إلى دار رعاية إلا بموافقته، أو بحكم قضائي، أو إذا كانت حياته أو سلامته في خطر؛ ولذلك يندرج موضوعا الأهلية والموافقة ضمن الرعاية المتمحورة حول الشخص، كما في مراجعة عام 2025 لشهادة الرعاية الأصلية.
    .rationale-2 = لا يجيز النظام السعودي الخاص بكبار السن إدخال الشخص إلى دار رعاية إلا بموافقته، أو بحكم قضائي، أو إذا كانت حياته أو سلامته في خطر؛ ويجب أن يعرف المتعلمون ذلك قبل أن يشاركوا في أي عملية إدخال.
    .rationale-3 = يضاعف { -saudi-arabia-abuse-protection-law } العقوبة إذا وقع الإيذاء على من تجاوز الستين من العمر أو من كان من الأشخاص ذوي الإعاقة؛ وهؤلاء تحديدًا هم الأشخاص الذين يقدم لهم عاملو الرعاية الدعم.
    .rationale-4 = يعمل عاملو الدعم جنبًا إلى جنب مع ممارسين صحيين مسجلين لدى { -saudi-arabia-health-specialties-body }؛ ومعرفتهم بما يعنيه هذا التسجيل تساعدهم على البقاء ضمن حدود دورهم.
    .rationale-5 = لم نجد في المملكة العربية السعودية مقابلًا أمكننا التحقق منه لترتيبات الحماية المحلية المشتركة بين الجهات المعمول بها في إنجلترا؛ ولذلك حُذف هذا البند بدلًا من إحالة المتعلمين إلى جهة لم يُتحقق منها، ويتناول مخرج التعلم 10.4 النظام الوطني.

# source: 43d51ea4754c
# en-GB: Describe what the { -saudi-arabia-health-specialties-body } does and how it affects which tasks you may and may not take on from registered health practitioners.
saudi-arabia-practitioner-registration = صف ما تقوم به { -saudi-arabia-health-specialties-body }، وكيف يؤثر ذلك في المهام التي يجوز لك أن تتولاها بتكليف من الممارسين الصحيين المسجلين، والمهام التي لا يجوز لك توليها.

# source: 8f2b5072dc30
# en-GB: Explain why, under the { -care-act }, an older person may be admitted to a care home only with their consent, by a court order, or where their life or safety is in danger.
saudi-arabia-admission-consent = اشرح لماذا لا يجوز، بموجب { -care-act }، إدخال كبير السن إلى دار رعاية إلا بموافقته، أو بحكم قضائي، أو إذا كانت حياته أو سلامته في خطر.

# source: a5f8cd258f85
# en-GB: Explain why the { -saudi-arabia-abuse-protection-law } treats abuse of a person over 60 or with a disability as more serious.
saudi-arabia-abuse-law-aggravation = اشرح لماذا يَعُدّ { -saudi-arabia-abuse-protection-law } إيذاء من تجاوز الستين من العمر أو من كان من الأشخاص ذوي الإعاقة أشدّ خطورة.
