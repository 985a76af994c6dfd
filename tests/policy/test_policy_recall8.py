"""Recall of the eighth pass, in wordings of our own (none taken from a corpus policy): data put to advertising use
("we do not use your notes for advertising"; a denial only), logs and addresses kept apart from who someone is ("server logs are not
linked to customer accounts"), a main clause after "in which case", and the generic vocabulary of conversations,
screenshots and images."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def polarity_of(text: str, kind: str) -> set[str]:
    return {c.polarity for c in read_text(text).claims if c.type == kind}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("We do not use your meal preferences or allergy notes for advertising.", "deny"),
        ("Workout routes are never used to target ads.", "deny"),
        ("None of the readings we receive from your scale is used to personalise advertising.", "deny"),
    ],
)
def test_advertising_use_of_data(sentence: str, polarity: str) -> None:
    assert polarity_of(sentence, "third_party_advertising") == {polarity}


@pytest.mark.parametrize(
    "sentence",
    [
        "We use part of our donations budget for advertising the festival.",
        "Our settings stop the vendor from using this data for advertising.",
        # affirmed, it may be the company's own adverts
        "We use your quiz answers for advertising research.",
    ],
)
def test_no_advertising_use(sentence: str) -> None:
    assert polarity_of(sentence, "third_party_advertising") == set()


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Our web server logs are not associated with individual customers.", "deny"),
        ("We never connect the IP address in our access logs with your booking record.", "deny"),
        ("We do not use the request logs to identify individual readers.", "deny"),
        ("IP addresses are shortened after a week. It is never merged with your member profile.", "deny"),
        ("Security log entries are linked to the account that signed in.", "affirm"),
    ],
)
def test_logs_and_identity(sentence: str, polarity: str) -> None:
    assert polarity_of(sentence, "links_ip_to_identity") == {polarity}


def test_main_clause_after_in_which_case() -> None:
    text = "You may sign in with a social account, in which case we receive your name and email address from that service."
    assert polarity_of(text, "collects") == {"affirm"}


@pytest.mark.parametrize(
    "sentence",
    [
        "If you call our help line, we keep a record of the conversation.",
        "When you report a bug, we keep the screenshots you attach.",
    ],
)
def test_conversations_and_screenshots(sentence: str) -> None:
    assert polarity_of(sentence, "collects") == {"affirm"}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Your display name and your ratings appear on your public profile.", "affirm"),
        ("Your public page also shows your reviews and the year you joined.", "affirm"),
        ("Search engines may index public profiles.", "affirm"),
        ("Chosen nicknames are visible to other learners.", "affirm"),
        ("Donation amounts are never shown publicly.", "deny"),
        ("Our conversion tags tell advertising platforms when someone signs up.", "affirm"),
        ("These pixels inform the ad networks that a purchase took place.", "affirm"),
    ],
)
def test_public_pages_and_reporting_tags(sentence: str, polarity: str) -> None:
    assert polarity_of(sentence, "shares_personal_data") == {polarity}


@pytest.mark.parametrize(
    "sentence",
    [
        "Advertising cookies let our partners show you offers on other sites.",
        "Ad networks may place pixel tags on our public pages to show you ads.",
    ],
)
def test_tags_that_only_serve_ads(sentence: str) -> None:
    assert polarity_of(sentence, "shares_personal_data") == set()


def test_a_though_clause_says_the_opposite() -> None:
    text = "We share entry logs with the landlord, though the landlord does not receive your access history."
    assert polarity_of(text, "shares_personal_data") == {"affirm", "deny"}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ('Some browsers send "Do Not Track" signals; our app does not respond to them.', "deny"),
        ("If your browser sends a Global Privacy Control signal, we treat it as an opt-out.", "affirm"),
    ],
)
def test_signal_named_earlier_in_the_sentence(sentence: str, polarity: str) -> None:
    assert polarity_of(sentence, "honors_do_not_track") == {polarity}


@pytest.mark.parametrize(
    "sentence",
    [
        "If you decline, no advertising cookies are placed.",
        'No analytics cookies are set if you click "Only necessary".',
    ],
)
def test_refusing_gates_tracking_on_consent(sentence: str) -> None:
    assert polarity_of(sentence, "consent_for_tracking") == {"affirm"}


def test_refusing_without_tracking_off_is_no_consent_claim() -> None:
    assert polarity_of("If you decline, you will still see adverts, but they will be generic.", "consent_for_tracking") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Brightlake Analytics receives the pages you view and your browser type.",
        "We use Tallystat Analytics and our own dashboards to understand usage.",
        "With your consent we set analytics cookies (Tallystat Analytics).",
    ],
)
def test_named_analytics_services(sentence: str) -> None:
    assert polarity_of(sentence, "third_party_analytics") == {"affirm"}


def test_a_negated_clause_joined_without_a_comma() -> None:
    text = "Voice data is processed on your phone and the recording itself is not uploaded to our servers."
    assert polarity_of(text, "collects") == {"affirm", "deny"}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("We never see your PayPal password.", "deny"),
        ("We inevitably see your IP address when your browser connects.", "affirm"),
        ("The ticket office tells us your seat number and the time you entered.", "affirm"),
        ("The referral network reports back to us an order number and the order value.", "affirm"),
        ("Your journal entries never leave your phone.", "deny"),
        ("No trip data is uploaded from the car.", "deny"),
        ("We may carry out research on some donors using publicly available sources.", "affirm"),
    ],
)
def test_collection_wordings(sentence: str, polarity: str) -> None:
    assert polarity_of(sentence, "collects") == {polarity}


@pytest.mark.parametrize(
    "sentence",
    [
        "Our newsletters contain a pixel so we can see open rates.",
        "The token is sent from the app directly to the lock.",
    ],
)
def test_not_a_collection(sentence: str) -> None:
    assert polarity_of(sentence, "collects") == set()


def test_dash_label_under_a_people_subheading() -> None:
    text = "## 1. Personal data we collect\n\n### 1.1 Members\n\n- Contact details – full name, work email address and phone number.\n"
    assert polarity_of(text, "collects") == {"affirm"}


@pytest.mark.parametrize(
    "sentence",
    [
        "We report suspicious transactions to the financial intelligence unit.",
        "We file annual returns with the tax authorities.",
        "In the preceding 12 months we disclosed these categories to our service providers.",
    ],
)
def test_reports_to_authorities_and_disclosed_categories(sentence: str) -> None:
    assert polarity_of(sentence, "shares_personal_data") == {"affirm"}


@pytest.mark.parametrize(
    "sentence",
    [
        "We comply with the law, including reporting obligations to regulators.",
        "You may file a complaint with the supervisory authority.",
    ],
)
def test_no_report_of_data(sentence: str) -> None:
    assert polarity_of(sentence, "shares_personal_data") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Drafts you create but never publish are deleted after 60 days.",
        "Quotes that you request but do not accept are deleted after 90 days.",
        "Voice samples are never sold or traded, and are destroyed within 24 hours.",
    ],
)
def test_deletions_after_a_negated_relative_or_predicate(sentence: str) -> None:
    assert polarity_of(sentence, "retention") == {"affirm"}


def test_retention_table_row() -> None:
    text = "## How long we keep data\n\n| Data | Kept for |\n|---|---|\n| Support tickets | 2 years after the case is closed |\n"
    claims = [c for c in read_text(text).claims if c.type == "retention"]
    assert [(c.polarity, c.bound) for c in claims] == [("affirm", "P2Y")]


@pytest.mark.parametrize(
    "sentence",
    [
        "We protect our databases with encryption and strict access controls.",
        "Your account is protected by a password and a one-time code sent by text message.",
        "Our systems keep audit logs of who accessed a customer file.",
        "We never store passwords in plain text.",
        "Sample results are stored separately from your name and address.",
    ],
)
def test_named_security_controls(sentence: str) -> None:
    assert polarity_of(sentence, "security_measures") == {"affirm"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The basic plan is supported by advertising.",
        "We use an ad mediation platform to fill ad slots.",
        "The networks may build lookalike audiences from these events.",
        "We advertise our courses on social media and other websites.",
    ],
)
def test_advertising_wordings(sentence: str) -> None:
    assert polarity_of(sentence, "third_party_advertising") == {"affirm"}


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        ("At check-in the front desk may scan your passport.", "collects", "affirm"),
        ("You will be asked to photograph both sides of your driving licence.", "collects", "affirm"),
        ("If you report a problem, we ask for a description of the problem and photos of the damage.", "collects", "affirm"),
        ("Door codes are not kept at all after your last delivery.", "retention", "deny"),
        ("No audio from these calls is stored.", "retention", "deny"),
        ("Invoices may be held longer where tax law requires it.", "retention", "affirm"),
        ("We never give landlords or letting agents your phone number.", "shares_personal_data", "deny"),
        ("The referral link passes the affiliate network your order number.", "shares_personal_data", "affirm"),
    ],
)
def test_eighth_pass_wordings(sentence: str, kind: str, polarity: str) -> None:
    assert polarity_of(sentence, kind) == {polarity}


def test_a_warning_about_sending_a_passport_is_no_collection() -> None:
    assert polarity_of("We will never ask you to send a copy of your passport by email.", "collects") == set()


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        ("We only see a token and the last four digits of your card.", "stores_partial_card", "affirm"),
        ("The door system does not use fingerprints, facial recognition or other biometrics.", "collects", "deny"),
        ("We do not inspect the contents of your emails.", "collects", "deny"),
        ("We may provide your employer with usage reports.", "shares_personal_data", "affirm"),
    ],
)
def test_seen_used_inspected_provided(sentence: str, kind: str, polarity: str) -> None:
    assert polarity_of(sentence, kind) == {polarity}


def test_last_digits_of_a_bank_account_are_no_card() -> None:
    text = "We do not store full bank account numbers; we see only the bank name and the last four digits of the account."
    assert polarity_of(text, "stores_partial_card") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "For a child profile, we collect a nickname and an age range.",
        "Minors often travel with their parents, and we therefore process their passport details.",
        "Applications may name children as occupants; in that case we record only their first names and ages.",
    ],
)
def test_children_named_in_the_sentence(sentence: str) -> None:
    assert polarity_of(sentence, "collects_from_children") == {"affirm"}


def test_their_without_children_is_no_childrens_claim() -> None:
    assert polarity_of("Members invite colleagues and we collect their names and email addresses.", "collects_from_children") == set()


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        ("We don't access the IDFA.", "collects", "deny"),
        ("We never monitor, record or store the content of your calls.", "collects", "deny"),
        ('Acme Ltd ("Acme", "we") sells tickets. Acme does not receive the facial template.', "collects", "deny"),
        ("We do not transfer your health data outside the EEA.", "shares_personal_data", "deny"),
        ("We never upload donor lists to social media platforms.", "shares_personal_data", "deny"),
    ],
)
def test_more_denials(sentence: str, kind: str, polarity: str) -> None:
    assert polarity_of(sentence, kind) == {polarity}


def test_safeguard_of_a_transfer_abroad_is_no_new_disclosure() -> None:
    text = "Where personal data is transferred outside the EEA, we rely on standard contractual clauses."
    assert polarity_of(text, "shares_personal_data") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Our main subprocessors are: Nimbus Hosting (servers) and Postwell (email).",
        "We rely on a short list of processors, shown in the table below.",
        "The app includes SDKs from the following third parties.",
        "Identity checks are run by a specialist provider using your name and date of birth.",
        "We send reminders by text message through our messaging service provider, which receives your phone number.",
    ],
)
def test_processors_named_or_doing_the_work(sentence: str) -> None:
    assert polarity_of(sentence, "shares_personal_data") == {"affirm"}


def test_processors_bound_by_contract_are_no_new_disclosure() -> None:
    assert polarity_of("Our service providers are located in the EU.", "shares_personal_data") == set()


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("We carry out know your customer (KYC) checks when you open an account.", "affirm"),
        ("We don't perform credit checks.", "deny"),
        ("We may search your records at credit reference agencies.", "affirm"),
        ("We receive a confirmation of the purchase, the plan and the country.", "affirm"),
    ],
)
def test_checks_and_confirmations(sentence: str, polarity: str) -> None:
    assert polarity_of(sentence, "collects") == {polarity}


@pytest.mark.parametrize(
    "sentence",
    [
        "The door entry system records the badge number and the time of entry.",
        "Our guest Wi-Fi records which devices connect.",
        "Our systems record which employee opened a customer file.",
    ],
)
def test_event_records_are_logs(sentence: str) -> None:
    assert polarity_of(sentence, "logs_personal_data") == {"affirm"}


def test_a_record_of_every_trade_is_no_log() -> None:
    assert polarity_of("We record every trade and withdrawal you make.", "logs_personal_data") == set()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Under no circumstances is the card security code stored after authorisation.", "stores_card_security_code"),
        ("At no time is your full card number kept on our servers.", "stores_full_card_number"),
    ],
)
def test_inverted_after_a_fronted_negation(sentence: str, kind: str) -> None:
    assert polarity_of(sentence, kind) == {"deny"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Please note that email is not a secure channel.",
        "The legacy forum is served over plain HTTP and traffic to it is not encrypted.",
        "A shared note goes out as a normal email and isn't encrypted by us beyond whatever your provider does.",
    ],
)
def test_email_and_traffic_sent_unprotected(sentence: str) -> None:
    assert polarity_of(sentence, "encrypts_in_transit") == {"deny"}


def test_email_encrypted_at_rest_is_no_transit_claim() -> None:
    assert polarity_of("We encrypt your email address at rest.", "encrypts_in_transit") == set()


def test_main_clause_of_you_giving_data_without_a_comma() -> None:
    text = "When you open an account you provide your email address and your date of birth."
    assert polarity_of(text, "collects") == {"affirm"}


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        ("The card number and CVC go straight to our processor; they are not stored on our servers.", "stores_card_security_code", "deny"),
        ("The card number and CVC go straight to our processor; they are not stored on our servers.", "stores_full_card_number", "deny"),
        ("We do not build a history of the pages you visit.", "collects", "deny"),
        ("We do not allow children under 13 to open accounts.", "collects_from_children", "deny"),
    ],
)
def test_last_wordings(sentence: str, kind: str, polarity: str) -> None:
    assert polarity_of(sentence, kind) == {polarity}
