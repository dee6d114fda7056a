### تسميات المستندات والتقارير باللغة العربية (ar)، بالمعرّفات نفسها الموجودة في locales/en-GB/ui.ftl.

label-standard = المعيار
label-outcome = مخرج التعلم
label-criterion = بند التقييم
label-code = الرمز
label-kind = النوع
label-knowledge = معرفة
label-performance = أداء
label-examples = قد يشمل ذلك
label-simulation-allowed = يجوز تقييمه في بيئة محاكاة
label-references = القوانين والمدونات والجهات التي ينبغي معرفتها
label-contents = المحتويات
label-notices = إشعارات
label-glossary = مسرد المصطلحات
label-country-notes = ملاحظات خاصة بالدولة
label-fallback = لم تُترجم بعد
label-page = الصفحة { $page } من { $pages }
label-criteria-count = { $count ->
    [zero] لا توجد بنود تقييم
    [one] بند تقييم واحد
    [two] بندا تقييم
    [few] { $count } بنود تقييم
    [many] { $count } بندًا للتقييم
   *[other] { $count } بند تقييم
}
label-learner-name = اسم المتعلم
label-learner-signature = توقيع المتعلم
label-assessor = المقيّم
label-assessor-signature = توقيع المقيّم
label-employer = جهة العمل
label-date = التاريخ
label-completion-date = تاريخ الإتمام
label-method = طريقة التقييم
label-evidence-location = مكان الأدلة
label-observed-at-work = يُلاحَظ في مكان العمل
label-observation-record = سجل الملاحظة
label-progress-log = سجل التقدم
label-sign-off = الاعتماد
label-summary = ملخص المعايير
label-certificate = الشهادة
label-workbook = كراسة عمل المتعلم
label-assessor-record = سجل المقيّم
label-standards-document = المعايير

## أغلفة المستندات وعناوينها ونماذجها.

label-country = البلد
label-based-on = مستند إلى
label-version = الإصدار
label-language = اللغة
label-edition = الطبعة
label-standard-title = المعيار { $code }: { $title }
label-criteria = بنود التقييم
label-term = المصطلح
label-term-kind = نوع المصطلح
label-jurisdiction = نطاق الاختصاص
label-term-law = قانون
label-term-regulator = جهة تنظيمية
label-term-body = جهة
label-term-service = خدمة
label-term-emergency-number = رقم الطوارئ
label-term-code = مدونة
label-term-guidance = إرشادات
label-term-qualification = مؤهل
label-term-word = كلمة
label-removed = ما حُذف في هذه الطبعة
label-sector-health = في الرعاية الصحية:
label-sector-social-care = في الرعاية الاجتماعية:
label-fallback-legend = النص الظاهر بهذا الشكل لم يُترجم بعد وهو بلغة المصدر.
label-learner-details = بيانات المتعلم
label-start-date = تاريخ البدء
label-workbook-instructions = اكتب إجابة كل نشاط على الأسطر التي تليه، بخط اليد أو بالكتابة على الحاسوب، واكتب في الأسطر المرقّمة عنصرًا واحدًا في كل سطر. أما البنود التي تُلاحظ في العمل فيقيّمها المقيّم أثناء عملك، ويدوّن ما لاحظه مع التاريخ وتوقيعه المختصر. وفي نهاية كل معيار وقّع الإقرار بأن الإجابات من عملك، ثم يكتب المقيّم ملاحظاته ويعتمد المعيار.
label-activity-code = النشاط { $code }
label-sign-off-statement = استوفى المتعلم جميع بنود المعيار { $code }: { $title }.

## مستندات التعديلات المتتبَّعة (carecert diff --format docx).

label-redline-title = التغييرات من { $old } إلى { $new }
label-summary-of-changes = ملخص التغييرات
label-changes-summary = الإضافات: { $added }، الحذف: { $removed }، النقل: { $moved }، التعديل: { $changed }
label-change = التغيير
label-reason = السبب
label-change-added = إضافة
label-change-removed = حذف
label-change-moved = نقل
label-change-retitled = تغيير العنوان
label-change-text = تعديل النص
label-change-kind = تغيير نوع البند (معرفة أو أداء)
label-change-examples = تعديل الأمثلة
label-change-renumbered = إعادة ترقيم
label-change-term = تغيير المصطلح
label-before = قبل
label-after = بعد

## Review.
# كلمات مراجعة التغييرات (carecert diff بكل صيغه).

review-level-standard = المعيار
review-level-outcome = مخرج التعلم
review-level-criterion = بند التقييم
review-level-term = المصطلح
review-terms = المصطلحات
review-why = السبب
review-source = المصدر: { $source }
review-because-term = لأن المصطلح «{ $old }» تغيّر إلى «{ $new }»
review-because-removed = لأن { $code } حُذف
review-because-added = لأن { $code } أُضيف
review-because-moved = لأن { $code } نُقل
review-because-renumbered = لأن { $code } أُعيد ترقيمه
review-by-operation = العملية { $number } من { $edition } ({ $op })
review-moved-from-to = من { $from } إلى { $to }
review-standard = المعيار
review-changes = التغييرات
review-show-kinds = عرض التغييرات حسب النوع
review-shown = المعروض: { $count }
review-reviewer = المراجِع
review-save-decisions = حفظ القرارات
review-decided = القرارات المتخذة: { $count }
review-agree = موافقة
review-reject = رفض
review-query = استفسار
review-comment = تعليق
review-legend-markdown = الكلمات المحذوفة ~~مشطوبة~~، والكلمات المضافة **بخط عريض**.
## Glossary.

label-term-description = الوصف
## كراسة المتعلم.

label-workbook-initials = توقيع مختصر
label-workbook-declaration = إقرار المتعلم
label-workbook-declaration-statement = أقرّ بأن إجاباتي عن أنشطة المعيار { $code } من عملي الخاص.
label-workbook-feedback = ملاحظات المقيّم
label-workbook-sign-off = اعتماد المقيّم
label-workbook-sign-off-statement = قيّمتُ إجابات المتعلم وما لاحظته من ممارسته في المعيار { $code }: { $title }، وهي تستوفي بنوده.
label-workbook-printed-name = الاسم بخط واضح
label-workbook-signature = التوقيع
## Certificate and assessor record.

cert-certifies = نشهد بأن
cert-has-met = قد استوفى المعايير المدرجة أدناه.
cert-number = رقم الشهادة
cert-issue-date = تاريخ الإصدار
cert-issued-by = الجهة المانحة
cert-date = { $day }/{ $month }/{ $year }
cert-issuer-signature = توقيع ممثل الجهة المانحة
cert-printed-name = الاسم
cert-notice = مبنية على شهادة الرعاية. ترد إشعارات حقوق النشر والترخيص والترجمة كاملةً في وثيقة المعايير ضمن هذه الحزمة.
record-initials = توقيع مختصر
record-manager-declaration = إقرار المدير أو جهة العمل
record-manager-statement = أُقرّ بأن عمل المتعلم قُيّم على النحو المبيّن في هذا السجل، وبأنه لوحظ في مكان العمل في كل بند يتطلب ذلك.
record-manager-signature = توقيع المدير أو ممثل جهة العمل
record-role = المنصب
