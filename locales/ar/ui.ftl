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
label-learner = المتعلم
label-learner-name = اسم المتعلم
label-learner-signature = توقيع المتعلم
label-assessor = المقيّم
label-assessor-signature = توقيع المقيّم
label-assessor-initials = الأحرف الأولى من اسم المقيّم
label-employer = جهة العمل
label-date = التاريخ
label-completion-date = تاريخ الإتمام
label-method = طريقة التقييم
label-evidence-location = مكان الأدلة
label-activity = النشاط
label-answer = إجابتك
label-observed-at-work = يُلاحَظ في مكان العمل
label-observation-record = سجل الملاحظة
label-progress-log = سجل التقدم
label-sign-off = الاعتماد
label-summary = ملخص المعايير
label-standards-achieved = المعايير المستوفاة
label-certificate = الشهادة
label-certificate-statement = نشهد بأن المتعلم المذكور اسمه أدناه قد استوفى المعايير المدرجة.
label-logo = الشعار
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
label-workbook-instructions = اكتب إجابة كل نشاط في المربع الذي يليه، بخط اليد أو بالكتابة على الحاسوب. أما البنود التي تُلاحظ في العمل فيقيّمها المقيّم أثناء عملك ويدوّن ما لاحظه.
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
