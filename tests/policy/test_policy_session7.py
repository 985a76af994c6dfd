"""Mechanisms of the seventh pass, in wordings of our own (none taken from a corpus policy): bounds that are not
denials and exceptions that are ("not kept beyond ninety days" affirms, "nothing about the pupil beyond a first name"
denies), a negated keeping before an event (a denial) or a period (a bound), a determiner negation on the object
inside a trigger ("receives no ..."), and the breadth of the generic data vocabulary (messages, answers, readings,
signatures, samples, saved searches)."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def polarity_of(text: str, kind: str) -> set[str]:
    return {c.polarity for c in read_text(text).claims if c.type == kind}


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        # a bound right after the trigger is no denial
        ("Voicemail recordings are kept no longer than ninety days.", "retention", "affirm"),
        ("Support transcripts are retained no more than two years.", "retention", "affirm"),
        # "beyond" bounds a period or an amount, and is an exception otherwise
        ("Access logs are not kept beyond 30 days.", "retention", "affirm"),
        ("We do not ask about the pupil beyond a first name and a class.", "collects", "deny"),
        ("We never disclose your booking details to the venue beyond confirming that it exists.", "shares_personal_data", "deny"),
        # a negated keeping before an event denies, before a period bounds
        ("Uploaded documents are not retained after the quote is issued.", "retention", "deny"),
        ("Uploaded documents are not retained after two years.", "retention", "affirm"),
        ("The selfie is not stored at all after the check ends.", "retention", "deny"),
        # a determiner negation on the object inside a trigger
        ("The referral partner receives no information about you except that a sign-up happened.", "shares_personal_data", "deny"),
        ("We collect no other details about minors.", "collects_from_children", "deny"),
    ],
)
def test_bounds_exceptions_and_determiners(sentence: str, kind: str, polarity: str) -> None:
    assert polarity_of(sentence, kind) == {polarity}


@pytest.mark.parametrize(
    "sentence",
    [
        "We collect the locations you search and the homes you mark as favourites.",
        "We collect your answers to the onboarding questionnaire.",
        "We collect half-hourly meter readings from your smart meter.",
        "We store your electronic signature on the tenancy agreement.",
        "We receive your saliva sample and its kit number.",
    ],
)
def test_generic_data_vocabulary(sentence: str) -> None:
    assert polarity_of(sentence, "collects") == {"affirm"}


def test_beyond_a_period_is_still_a_bound() -> None:
    claims = [c for c in read_text("Chat transcripts are not kept beyond 18 months.").claims if c.type == "retention"]
    assert [(c.polarity, c.bound) for c in claims] == [("affirm", "P18M")]


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        # what a thing handed over or sent holds is what is collected
        ("Enrolment forms may include your emergency contact's name and phone number.", "affirm"),
        ("Diagnostic reports contain the device model and the app version.", "affirm"),
        ("Your résumé may contain photos and a date of birth if you add them.", "affirm"),
        ("Bug reports include the operating system version. They never include your email address.", "deny"),
        # "do not track" as a verb, not the name of the browser signal
        ("We do not track your location while the app runs in the background.", "deny"),
        # an adverb or auxiliary between "we" and "record"; "choose to tell us"; "ask for" photos and documents
        ("We only record your date of birth if you enter it.", "affirm"),
        ("You may choose to tell us about your dietary requirements.", "affirm"),
        ("To process a refund we may ask for photos of the damaged item.", "affirm"),
        ("The lock records each time your fob is used, with the date and time.", "affirm"),
    ],
)
def test_collection_classes(sentence: str, polarity: str) -> None:
    assert polarity in polarity_of(sentence, "collects")


def test_do_not_track_signal_stays_a_name() -> None:
    assert polarity_of("We do not respond to Do Not Track or Global Privacy Control signals.", "honors_do_not_track") == {"deny"}
    assert polarity_of("We do not record card numbers or passwords anywhere in our application logs.", "collects") == set()


_INTRO = 'Brindle Ledger Ltd ("Brindle", "we", "us") runs a bookkeeping app that works with Quaymark and Ostrava Mail. '


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        # a recipient noun or a proper name that is none of the company's names, as the subject of receive/get
        ("If you allow it, the florist may also receive your phone number.", "shares_personal_data", "affirm"),
        (_INTRO + "Quaymark receives your IP address and the pages you open.", "shares_personal_data", "affirm"),
        (_INTRO + "Ostrava Mail gets your email address, but no invoices or bank details.", "shares_personal_data", "deny"),
        # the company by its own name is us: its receiving is a collection, a transfer to it no disclosure
        (_INTRO + "Brindle never receives your online banking password.", "collects", "deny"),
        (_INTRO + "Your receipts are never uploaded to Brindle.", "collects", "deny"),
        # a passive whose subject is "they", clause-initial: what they are is named before
        ("Repair photos may show your rooms; they are shared only with the contractor.", "shares_personal_data", "affirm"),
    ],
)
def test_named_parties(sentence: str, kind: str, polarity: str) -> None:
    assert polarity in polarity_of(sentence, kind)


def test_named_parties_are_not_the_company() -> None:
    # a name the policy only writes capitalised receives: a disclosure, not our collection
    assert polarity_of(_INTRO + "Quaymark receives your IP address and the pages you open.", "collects") == set()
    # the company by name receiving is no disclosure
    assert polarity_of(_INTRO + "Brindle receives your invoices from your suppliers.", "shares_personal_data") == set()
    # users receiving something are no recipients of our data
    assert polarity_of(_INTRO + "Customers receive a copy of their invoice by email.", "shares_personal_data") == set()


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        # logs named first, what is kept out of them after: the negation before "written to them" denies
        ("Our error logs are set up so that card numbers and passwords are never written to them.", "logs_personal_data", "deny"),
        ("Request logs are filtered, so message bodies and addresses are not recorded in them.", "logs_personal_data", "deny"),
        # "no actual knowledge of" a practice denies it
        # ("... no actual knowledge that we sell ..." gives no claim since the learned fallback leaves negated
        # sentences to the rules: the parse reads "knowledge that we sell" as a relative clause; a known miss)
        ("Acme has no actual knowledge of the sale of personal information of minors.", "sells_personal_data", "deny"),
    ],
)
def test_denials_after_their_subject(sentence: str, kind: str, polarity: str) -> None:
    assert polarity_of(sentence, kind) == {polarity}


def test_logs_that_record_data_stay_affirmed() -> None:
    assert polarity_of("Our web server logs record your IP address and browser type.", "logs_personal_data") == {"affirm"}


def test_a_web_address_opens_a_sentence() -> None:
    from scanner.policy.segment import sentences

    text = "The apps set no cookies. shop.example uses one session cookie for the basket."
    cut = [text[s.start : s.end] for s in sentences(text)]
    assert cut == ["The apps set no cookies.", "shop.example uses one session cookie for the basket."]
    assert polarity_of(text, "uses_cookies") == {"affirm", "deny"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a passive keeping in a place of ours (not the user's device)
        "Support chats and call notes are stored in our ticketing system.",
        # the user logs or tracks data (the parse does not veto it as someone else's collection)
        "You can also log symptoms and medication doses by hand.",
        # asked to take, upload or answer
        "During sign-up you will be asked to upload a photo of your passport.",
        # what we collect depends on the service; a lead-in naming categories
        "The personal data we collect varies with the features you use.",
        "Over the last year we collected the following categories:",
        # a browser extension sends data
        "The browser extension sends the URL of the page you open to our servers.",
    ],
)
def test_collection_voices(sentence: str) -> None:
    assert "affirm" in polarity_of(sentence, "collects")


def test_kept_on_the_device_is_no_collection() -> None:
    assert polarity_of("Your drafts are stored on your device until you send them.", "collects") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        # the work done through a provider
        "Memberships are paid by card through our payment processor, Brookpay.",
        "Hosts must complete an identity check with our verification provider before their first listing.",
        "We may check your name against sanctions lists through a screening provider.",
        # a provider as the subject who compares or verifies data
        "Our verification partner, Lumio Checks, compares your selfie with the photo on your ID.",
    ],
)
def test_work_done_by_providers(sentence: str) -> None:
    assert "affirm" in polarity_of(sentence, "shares_personal_data")


def test_a_provider_processing_is_not_read_as_a_new_disclosure() -> None:
    text = "The bureau processes your bank details only to collect payments and is not permitted to use them for anything else."
    assert "affirm" not in polarity_of(text, "shares_personal_data")


@pytest.mark.parametrize(
    "sentence",
    [
        "We use Tallow Analytics to measure how visitors move through the site.",
        "We engage Crestline Metrics, Inc. to analyse traffic on our pages.",
        "We use Brindle and Ostrava Insights to understand app usage.",
    ],
)
def test_named_measurement_companies(sentence: str) -> None:
    assert polarity_of(sentence, "third_party_analytics") == {"affirm"}


@pytest.mark.parametrize(
    "sentence",
    [
        "We associate the IP address and the device model used for every order with your customer account.",
        "The IP address from which each payment is made is stored with that payment order.",
        "Admin actions are logged together with the user ID and IP address of the person who made them.",
    ],
)
def test_ip_addresses_kept_with_an_identity(sentence: str) -> None:
    assert polarity_of(sentence, "links_ip_to_identity") == {"affirm"}


@pytest.mark.parametrize(
    ("sentence", "consent"),
    [
        ("Visitors from the EU are asked for consent before we set analytics cookies.", "affirm"),
        ("We do not ask for consent before placing strictly necessary cookies.", "deny"),
    ],
)
def test_consent_before_cookies_states_the_cookies(sentence: str, consent: str) -> None:
    assert consent in polarity_of(sentence, "consent_for_tracking")
    assert polarity_of(sentence, "uses_cookies") == {"affirm"}


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        ("We will never give immigration authorities access to member records without a court order.", "shares_personal_data", "deny"),
        ("We give our external auditors read-only access to customer account records.", "shares_personal_data", "affirm"),
        ("We do not use facial recognition on footage from our branch cameras.", "collects", "deny"),
        ("Voice notes are never used to create a voiceprint.", "collects", "deny"),
    ],
)
def test_access_given_and_biometric_identifiers(sentence: str, kind: str, polarity: str) -> None:
    assert polarity in polarity_of(sentence, kind)


def test_access_given_to_the_user_is_no_disclosure() -> None:
    assert polarity_of("We give you access to your account records at any time.", "shares_personal_data") == set()
