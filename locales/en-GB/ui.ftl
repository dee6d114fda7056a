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
