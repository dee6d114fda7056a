### Labels used in documents and reports. Translations live in
### locales/<locale>/ui.ftl with the same message ids.

label-standard = Standard
label-outcome = Learning outcome
label-criterion = Assessment criterion
label-code = Code
label-kind = Kind
label-knowledge = Knowledge
label-performance = Performance
label-examples = This could include
label-simulation-allowed = May be assessed in a simulation
label-references = Laws, codes and bodies to know
label-contents = Contents
label-notices = Notices
label-glossary = Glossary of terms
label-country-notes = Country notes
label-fallback = Not yet translated
label-page = Page { $page } of { $pages }
label-criteria-count = { $count ->
    [one] { $count } criterion
   *[other] { $count } criteria
}
label-learner = Learner
label-learner-name = Learner name
label-learner-signature = Learner signature
label-assessor = Assessor
label-assessor-signature = Assessor signature
label-assessor-initials = Assessor initials
label-employer = Employer
label-date = Date
label-completion-date = Date of completion
label-method = Assessment method
label-evidence-location = Where the evidence is
label-activity = Activity
label-answer = Your answer
label-observed-at-work = To be observed at work
label-observation-record = Observation record
label-progress-log = Progress log
label-sign-off = Sign-off
label-summary = Summary of standards
label-standards-achieved = Standards achieved
label-certificate = Certificate
label-certificate-statement = This is to certify that the learner named below has met the standards listed.
label-logo = Logo
label-workbook = Learner workbook
label-assessor-record = Assessor record
label-standards-document = Standards

## Document covers, headings and forms.

label-country = Country
label-based-on = Based on
label-version = Version
label-language = Language
label-edition = Edition
label-standard-title = Standard { $code }: { $title }
label-criteria = Criteria
label-term = Term
label-term-kind = Kind of term
label-jurisdiction = Jurisdiction
label-term-law = Law
label-term-regulator = Regulator
label-term-body = Organisation
label-term-service = Service
label-term-emergency-number = Emergency number
label-term-code = Code of practice
label-term-guidance = Guidance
label-term-qualification = Qualification
label-term-word = Word
label-removed = Removed in this edition
label-sector-health = In health care:
label-sector-social-care = In social care:
label-fallback-legend = Text shown like this has not been translated yet and is in the source language.
label-learner-details = Learner details
label-start-date = Start date
label-workbook-instructions = Write your answer to each activity in the box below it, by hand or by typing. Criteria to be observed at work are assessed by your assessor while you work, and they record what they saw.
label-activity-code = Activity { $code }
label-sign-off-statement = The learner has met every criterion of Standard { $code }: { $title }.

## Redlines (carecert diff --format docx).

label-redline-title = Changes from { $old } to { $new }
label-summary-of-changes = Summary of changes
label-changes-summary = { $added } added, { $removed } removed, { $moved } moved, { $changed } changed
label-change = Change
label-reason = Reason
label-change-added = Added
label-change-removed = Removed
label-change-moved = Moved
label-change-retitled = Retitled
label-change-text = Text changed
label-change-kind = Knowledge or performance changed
label-change-examples = Examples changed
label-change-renumbered = Renumbered
label-change-term = Term changed
label-before = Before
label-after = After

## Certificate and assessor record.

cert-certifies = This is to certify that
cert-has-met = has met the standards listed below.
cert-number = Certificate number
cert-issue-date = Date of issue
cert-issued-by = Issued by
cert-date = { $day }/{ $month }/{ $year }
cert-issuer-signature = Signature for the issuer
cert-printed-name = Printed name
cert-notice = Based on the Care Certificate. Its copyright, licence and translation notices are printed in full in the standards document of this pack.
record-initials = Initials
record-manager-declaration = Manager or employer declaration
record-manager-statement = I confirm that the learner’s work was assessed as this record shows, and that the learner was observed at work for every criterion that calls for it.
record-manager-signature = Manager or employer signature
record-role = Role
