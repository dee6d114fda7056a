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
label-learner-name = Learner name
label-learner-signature = Learner signature
label-assessor = Assessor
label-assessor-signature = Assessor signature
label-employer = Employer
label-date = Date
label-completion-date = Date of completion
label-method = Assessment method
label-evidence-location = Where the evidence is
label-observed-at-work = To be observed at work
label-observation-record = Observation record
label-progress-log = Progress log
label-sign-off = Sign-off
label-summary = Summary of standards
label-certificate = Certificate
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
label-workbook-instructions = Write your answer to each activity on the lines below it, by hand or by typing; numbered lines take one item each. Criteria to be observed at work are assessed by your assessor while you work, and they record what they saw with the date and their initials. At the end of each standard, sign the declaration that the answers are your own; your assessor then writes feedback and signs the standard off.
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

## Review.
# Words of a review of changes (carecert diff, every format).

review-level-standard = standard
review-level-outcome = outcome
review-level-criterion = criterion
review-level-term = term
review-terms = Terms
review-why = Why
review-source = Source: { $source }
review-because-term = because the term “{ $old }” changed to “{ $new }”
review-because-removed = because { $code } was removed
review-because-added = because { $code } was added
review-because-moved = because { $code } moved
review-because-renumbered = because { $code } was renumbered
review-by-operation = operation { $number } of { $edition } ({ $op })
review-moved-from-to = from { $from } to { $to }
review-standard = Standard
review-changes = Changes
review-show-kinds = Show changes of kind
review-shown = { $count } shown
review-reviewer = Reviewer
review-save-decisions = Save decisions
review-decided = { $count } decided
review-agree = Agree
review-reject = Reject
review-query = Query
review-comment = Comment
review-legend-markdown = Deleted words are ~~struck through~~, added words are **bold**.
## Glossary.

label-term-description = Description
## Learner workbook.

label-workbook-initials = Initials
label-workbook-declaration = Learner declaration
label-workbook-declaration-statement = I confirm that my answers to the activities of Standard { $code } are my own work.
label-workbook-feedback = Assessor feedback
label-workbook-sign-off = Assessor sign-off
label-workbook-sign-off-statement = I have assessed the learner's answers and the practice I observed for Standard { $code }: { $title }, and they meet its criteria.
label-workbook-printed-name = Printed name
label-workbook-signature = Signature
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
