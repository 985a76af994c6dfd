"""Caught exceptions logged by their handlers (scanner.code.caught): a class the project raises with card or personal
data in its message makes each handler's log call of the exception a finding; other members of the exception, other
classes and test code do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code.caught import PII_RULE, RULE, Caught
from scanner.code.messages import Messages


def _scan(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, int, str]]:
    messages, caught = Messages(), Caught()
    for rel, text in files.items():
        path = tmp_path / rel
        messages.observe(rel, path, text)
        caught.observe(rel, path, text)
    found = caught.matches(messages.carrying, messages.personal_carrying)
    assert all(m.rule_id in (RULE, PII_RULE) for m in found)
    return sorted((m.path.name, m.line, str(m.metadata["category"])) for m in found)


@pytest.mark.parametrize("files, expected", [
    ({"pay.py": 'class Declined(Exception):\n    pass\n\ndef charge(card):\n'
                '    raise Declined(f"card {card.card_number} declined")\n',
      "views.py": 'def pay(request):\n    try:\n        charge(request.card)\n    except Declined as exc:\n'
                  '        log.warning("payment declined: %s", exc)\n        log.info("declined code %s", exc.code)\n'},
     [("views.py", 5, "card_data_logging")]),
    ({"haybale.rb": 'class Declined < StandardError; end\ndef charge(card_number)\n'
                    '  raise Declined, "charge of #{card_number} declined"\nend\n',
      "job.rb": 'def perform(id)\n  charge(x)\nrescue Vendors::Haybale::Declined => e\n'
                '  Logging.logger[self.class].warn("retry declined #{id}: #{e.message}")\nend\n'},
     [("job.rb", 4, "card_data_logging")]),
    ({"Zapline.php": "<?php\nclass ZaplineDeclined extends \\RuntimeException {}\nfunction charge($card) {\n"
                     "    throw new ZaplineDeclined(sprintf('card %s declined', $card['pan']));\n}\n",
      "Payments.php": "<?php\ntry {\n    charge($card);\n} catch (ZaplineDeclined $e) {\n"
                      "    Logger::channel('payments')->warning('deposit declined: ' . $e->getMessage());\n}\n"},
     [("Payments.php", 5, "card_data_logging")]),
    # a constructor's message with personal data, logged by a Rails rescue_from and a Laravel report() handler
    ({"payment_declined.rb": 'class PaymentDeclined < StandardError\n  def initialize(guardian)\n'
                             '    super("Card declined for #{guardian.email}")\n  end\nend\n',
      "application_controller.rb": 'class ApplicationController\n  rescue_from PaymentDeclined do |e|\n'
                                   '    Rails.logger.warn("payment declined: #{e.message}")\n  end\nend\n'},
     [("application_controller.rb", 3, "pii_logging")]),
    ({"PaymentFailed.php": "<?php\nclass PaymentFailed extends RuntimeException\n{\n"
                           "    public static function for(Attendee $a): self\n    {\n"
                           "        return new self(\"refused for {$a->email}\");\n    }\n}\n",
      "app.php": "<?php\n$exceptions->report(function (PaymentFailed $e) {\n"
                 "    Log::warning('Payment failed: '.$e->getMessage());\n});\n"},
     [("app.php", 3, "pii_logging")]),
    # JavaScript: the class is named by instanceof; a member other than the message is not the message
    ({"errors.ts": "export class CardRejectedError extends Error {\n  constructor(pan: string) {\n"
                   "    super(`rejected card ${cardNumber}`);\n  }\n}\nfunction tokenise(cardNumber) {\n"
                   "  throw new CardRejectedError(`card ${cardNumber} rejected`);\n}\n",
      "card.controller.ts": "try {\n  await tokenise(body);\n} catch (err) {\n  if (err instanceof CardRejectedError) {\n"
                            "    log.warn({error: serializeError(err)}, 'card rejected');\n  }\n"
                            "  log.error({error: (err as Error).name}, 'capture failed');\n}\n"},
     [("card.controller.ts", 5, "card_data_logging")]),
])
def test_handlers_that_log_a_carrying_exception(tmp_path: Path, files: dict[str, str],
                                                expected: list[tuple[str, int, str]]) -> None:
    assert _scan(tmp_path, files) == expected


def test_other_classes_and_tests_are_left_out(tmp_path: Path) -> None:
    files = {
        "pay.py": 'def charge(card):\n    raise Declined(f"card {card.card_number} declined")\n',
        "views.py": 'try:\n    charge(c)\nexcept TimeoutError as exc:\n    log.warning("gateway timeout: %s", exc)\n',
        "tests/test_pay.py": 'try:\n    charge(c)\nexcept Declined as exc:\n    log.warning("declined: %s", exc)\n',
        # the language's own classes: one raised with an e-mail says nothing of every other one caught
        "signup.js": "throw new Parse.Error(141, `no account for ${user.email}`);\n",
        "middleware.js": "try {\n  auth(req);\n} catch (error) {\n  if (error instanceof Parse.Error) {\n"
                         "    logger.error('auth failed', error);\n  }\n}\n",
    }
    assert _scan(tmp_path, files) == []


def test_a_constructor_message_is_left_to_the_handler_that_logs_it(tmp_path: Path) -> None:
    text = ('public class DepositDeclined extends RuntimeException {\n'
            '    public DepositDeclined(String holder, String email) {\n'
            '        super("Deposit declined for " + holder + " (" + email + ")");\n    }\n}\n')
    messages = Messages()
    messages.observe("DepositDeclined.java", tmp_path / "DepositDeclined.java", text)
    assert [m.line for m in messages.matches(set())] == [3]
    assert messages.matches({"DepositDeclined"}) == ()
    assert set(messages.personal_carrying) == {"DepositDeclined"}


def test_a_constructor_message_with_card_data_and_its_holders_name(tmp_path: Path) -> None:
    text = ("export class HoldDeclinedError extends Error {\n  constructor(card: CardInput, reason: string) {\n"
            "    super(`hold declined for ${card.holderName} (${card.number}): ${reason}`);\n  }\n}\n")
    messages = Messages()
    messages.observe("payments.service.ts", tmp_path / "payments.service.ts", text)
    assert [(m.line, m.metadata["category"]) for m in messages.matches(set())] == [(3, "card_data_logging")]
    assert set(messages.carrying) == {"HoldDeclinedError"} and not messages.personal_carrying


def test_a_class_of_the_same_name_in_another_project(tmp_path: Path) -> None:
    messages, caught = Messages(), Caught()
    files = {
        "shop/haybale.rb": 'class Declined < StandardError; end\nraise Declined, "charge of #{card_number} declined"\n',
        "auction/app.rb": 'begin\n  charge\nrescue QuayPay::Declined => e\n  LOG.warn("declined: #{e.message}")\nend\n',
    }
    for rel, text in files.items():
        messages.observe(rel, tmp_path / rel, text)
        caught.observe(rel, tmp_path / rel, text)
    def project_of(path: Path) -> str:
        return path.relative_to(tmp_path).parts[0]
    assert caught.matches(messages.carrying, messages.personal_carrying, project_of) == ()
    assert len(caught.matches(messages.carrying, messages.personal_carrying)) == 1
