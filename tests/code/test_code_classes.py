"""Cross-file card classes (scanner.code.classes): which declared types print or serialise card data, and the
class-gated rules judged by them in a real scan."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code import scan_code
from scanner.code.classes import Summary, gate
from scanner.code.semgrep import Match
from scanner.config import CodeConfig

GO_MODELS = """package models

type PendingCharge struct {
\tOrderID  int    `json:"order_id"`
\tPAN      string `json:"pan"`
\tCode     string `json:"card_code"`
}

type Redacted struct {
\tCardNumber string
}

func (r Redacted) LogValue() slog.Value { return slog.StringValue("card") }

type Hidden struct {
\tCardNumber string `json:"-"`
}

type KeyCard struct {
\tCardNumber string
}

type Envelope struct {
\tCharge PendingCharge
}
"""

JAVA = """
public record CardRequest(@NotNull Long driverId, @NotBlank String cardNumber, String cvc) {}

public record PermitRequest(int amountCents, CardRequest oneOffCard) {}

public record Preset(String cameraId, short pan, short tilt, short zoom) {}

public record SafeCard(String cardNumber) {
    @Override
    public String toString() { return "SafeCard[****]"; }
}

@Data
public class Refund {
    private String orderId;
    @ToString.Exclude
    private String cardNumber;
}

@Data
@ToString(exclude = {"cardNumber", "email"})
public class RefundRequest {
    private String orderId;
    private String cardNumber;
}

@Data
@ToString(onlyExplicitlyIncluded = true)
public class Charge {
    @ToString.Include
    private String orderId;
    private String cvv;
}

@Data
public class Capture {
    private String pan;
}

public class Reservation {
    public String fullName;
    public String cardNumber;

    @Override
    public String toString() {
        return "Reservation{fullName=" + fullName + ", cardNumber=" + cardNumber + "}";
    }
}
"""


def test_go_structs() -> None:
    s = Summary()
    s.observe("models.go", GO_MODELS)
    assert s.card_kinds("models.PendingCharge") == {"card_number", "security_code"}
    assert s.card_kinds("*PendingCharge") == {"card_number", "security_code"}
    assert s.card_kinds("Envelope") == {"card_number", "security_code"}  # nested struct
    assert s.card_kinds("Redacted") == set()  # its own LogValue
    assert s.card_kinds("Hidden") == set()  # json:"-"
    assert s.card_kinds("KeyCard") == set()  # another kind of card
    assert s.card_kinds("Unknown") == set()
    s.observe("entry.go", "package m\n\ntype CardEntry struct {\n\tNumber string\n\tCVV string\n}\n\n"
              "type Ticket struct {\n\tNumber string\n}\n")
    assert s.card_kinds("CardEntry") == {"card_number", "security_code"}  # a bare number in a card type
    assert s.card_kinds("Ticket") == set()
    # a String() that prints personal fields shows them; one that prints only masked or other fields redacts
    s.observe("angler.go", "package m\n\ntype Angler struct {\n\tID int64\n\tEmail string\n\tPhone string\n}\n\n"
              "func (a Angler) String() string {\n\treturn fmt.Sprintf(\"Angler(%d, %s)\", a.ID, a.Email)\n}\n\n"
              "type Diver struct {\n\tID int64\n\tEmail string\n}\n\n"
              "func (d *Diver) String() string {\n\treturn fmt.Sprintf(\"Diver(%d, %s)\", d.ID, maskEmail(d.Email))\n}\n")
    assert s.personal_kinds("Angler") == {"email", "phone"}
    assert s.personal_kinds("Diver") == set()


def test_java_classes() -> None:
    s = Summary()
    s.observe("Api.java", JAVA)
    assert s.card_kinds("CardRequest") == {"card_number", "security_code"}
    assert s.card_kinds("PermitRequest") == {"card_number", "security_code"}  # record holding a card record
    assert s.card_kinds("Preset") == set()  # camera pan
    assert s.card_kinds("SafeCard") == set()  # own toString
    assert s.card_kinds("Refund") == set()  # @ToString.Exclude
    assert s.card_kinds("Capture") == {"card_number"}
    assert s.card_kinds("RefundRequest") == set()  # @ToString(exclude = ...)
    assert s.card_kinds("Charge") == set()  # only explicitly included fields
    assert s.card_kinds("Reservation") == {"card_number"}  # hand-written toString prints it


def test_personal_kinds() -> None:
    s = Summary()
    s.observe("Driver.java", """
public record SignupEvent(Long id, String email, String mobile) {}

@Data
public class Driver {
    private Long id;
    private String fullName;
    @ToString.Exclude
    private String nationalId;
}

@Data
public class Depot {
    private Long id;
    private String city;
}
""")
    s.observe("models.go", "package m\n\ntype Donor struct {\n\tID int\n\tEmail string\n}\n\n"
              "type Masked struct {\n\tEmail string\n}\n\nfunc (m Masked) LogValue() slog.Value { return slog.Value{} }\n")
    assert s.personal_kinds("SignupEvent") == {"email", "phone"}  # a record's toString prints every component
    assert s.personal_kinds("Driver") == {"person_name"}  # the excluded national id is not printed
    assert s.personal_kinds("Depot") == set()
    assert s.personal_kinds("*m.Donor") == {"email"}
    assert s.personal_kinds("Masked") == set()  # its own LogValue
    assert s.card_kinds("SignupEvent") == set()  # personal fields are not card data
    s.observe("member.go", "package m\n\ntype Member struct {\n\tEmail string\n\tCards []Card\n}\n\n"
              "type Card struct {\n\tCardNumber string\n}\n")
    assert s.card_kinds("Member") == {"card_number"}  # serialised whole, the collection goes with it
    assert s.card_kinds("Member", associations=False) == set()  # a logged record's has-many is rarely loaded


def test_typescript_types() -> None:
    s = Summary()
    s.observe("checkout.dto.ts", """
export class CardDetailsDto {
  @IsCreditCard()
  ccNum!: string;
  @Length(3, 4)
  cvc2!: string;
}

export interface CheckoutDto {
  orderNumber: string;
  card: CardDetailsDto;
  giftCard?: GiftCardDto;
}

export class PaymentsService {
  async charge(dto: CheckoutDto) {
    return this.repo.create({ cardNo: dto.card.ccNum, email: dto.email });
  }
}
""")
    assert s.card_kinds("ts:CheckoutDto") == {"card_number", "security_code"}
    assert s.card_kinds("CheckoutDto") == set()  # a Java or Go type of that name is another type
    assert s.card_kinds("prop:card") == {"card_number", "security_code"}  # `dto.card` written whole
    assert s.card_kinds("prop:giftCard") == set()  # another kind of card
    assert s.card_kinds("ts:PaymentsService") == set()  # object literal values are no typed properties
    # a class's own toString() prints the members it reads
    s.observe("customer.ts", "export class Customer extends Model {\n  declare id: number;\n  declare email: string;\n"
              "  declare phone: string;\n  toString(): string {\n    return `Customer#${this.id} <${this.email}>`;\n  }\n}\n"
              "export class Locker {\n  declare code: string;\n  declare email: string;\n"
              "  toString(): string {\n    return `Locker ${this.code}`;\n  }\n}\n")
    assert s.personal_kinds("ts:Customer") == {"email"}
    assert s.personal_kinds("ts:Locker") == set()


def test_zod_schemas() -> None:
    s = Summary()
    s.observe("routes/bookings.ts", """
const CardIn = z.object({
  number: z.string().regex(/^\\d{13,19}$/),
  cvc: z.string().regex(/^\\d{3,4}$/),
  expMonth: z.number().int(),
});

const BookingIn = z.object({
  artistId: z.number().int(),
  card: CardIn,
});

const ContactIn = z.object({ email: z.string().email(), phone: z.string() });
""")
    assert s.card_kinds("ts:CardIn") == {"card_number", "security_code"}
    assert s.card_kinds("prop:card") == {"card_number", "security_code"}  # input.card queued whole
    assert s.card_kinds("ts:BookingIn") == {"card_number", "security_code"}
    assert s.card_kinds("ts:ContactIn") == set()


PY_MODELS = """
@dataclass(frozen=True)
class CardInput:
    number: str
    cvc: str


class CheckoutRequest(msgspec.Struct):
    email: str
    card: CardInput | None = None


class Player(Base):
    email: Mapped[str] = mapped_column()

    def __repr__(self) -> str:
        return f"<Player id={self.id} email={self.email}>"


@dataclass
class Customer:
    email: str
    password: str = field(repr=False)

    def __str__(self) -> str:
        return f"Customer #{self.id}"


class Booking(Base):
    guest_email: Mapped[str] = mapped_column()
"""

RB_MODELS = """
class Camper < Sequel::Model(:campers)
  def to_s
    "#{name} <#{email}>"
  end
end

class Site < Sequel::Model(:sites)
end

class Guardian < Sequel::Model(:guardians)
  def to_s
    "Guardian #{id}"
  end

  def inspect
    "#<Guardian #{id} #{email}>"
  end
end
"""


def test_python_ruby_php_string_forms() -> None:
    s = Summary()
    s.observe("app/models.py", PY_MODELS, "shop")
    s.observe("lib/camper.rb", RB_MODELS, "camp")
    assert s.personal_kinds("player", "shop") == {"email"}  # by the variable's name: its hand-written repr
    assert s.personal_kinds("CheckoutRequest", "shop/api") == {"email"}  # a project nested in another
    # through the nested struct, whose bare `number` is the card's (the class is named for a card)
    assert s.card_kinds("checkout_request", False, "shop") == {"card_number", "security_code"}
    assert s.personal_kinds("customer", "shop") == set()  # its __str__ prints the id
    assert s.known("customer", "shop") and s.known("booking", "shop")
    assert s.personal_kinds("booking", "shop") == set()  # an ORM model's default repr prints no column
    assert not s.known("player", "camp")  # each project sees its own classes
    assert s.personal_kinds("reservation.camper", "camp") == {"email"}
    assert s.personal_kinds("site", "camp") == set() and s.known("site", "camp")
    # to_s (interpolation) and inspect (p, a Logger given the object) are separate forms
    assert s.personal_kinds("guardian", "camp") == set()
    assert s.personal_kinds("guardian#inspect", "camp") == {"email"}
    assert not s.known("site#inspect", "camp")  # no inspect of its own: the rule is not kept by the class
    s.observe("src/dto.ts", """
export class CardDetailsDto {
  @IsString() ccNum!: string;
  cvc2?: string;
}
export class Masked {
  email: string;
  toJSON() { return { id: this.id }; }
}
""", "bakery")
    assert s.card_kinds("ts:CardDetailsDto", False, "bakery/web") == {"card_number", "security_code"}
    assert s.personal_kinds("ts:Masked", "bakery") == set()  # its own toJSON
    s.observe("models/PhoneOrder.php", """<?php
/**
 * @property string $card_no
 * @property string $email
 */
class PhoneOrder extends ActiveRecord {}
class Member extends Model { protected $fillable = ['phone', 'password']; protected $hidden = ['password']; }
""", "club")
    assert s.card_kinds("\\app\\models\\PhoneOrder", False, "club") == {"card_number"}
    assert s.personal_kinds("Member", "club") == {"phone"}  # a $hidden attribute is left out of toArray()
    s.observe("api/CardRequest.java", """public class CardRequest {
    public String number;
    @Override
    public String toString() { return "CardRequest{number=" + number + "}"; }
}""", "clinic")
    assert s.card_kinds("CardRequest", False, "clinic") == {"card_number"}  # the card's bare number, printed
    s.observe("api/CardDetails.java", """public class CardDetails {
    public String number;
    public String toString() { return "CardDetails{number=" + masked() + "}"; }
}""", "clinic")
    assert s.card_kinds("CardDetails", False, "clinic") == set()  # "number=" is a label, the number is masked


def test_named_matches_dropped_for_silent_classes() -> None:
    s = Summary()
    s.observe("app/models.py", PY_MODELS, "")

    def match(obj: str, mode: str) -> Match:
        return Match("r", Path("/t/app/views.py"), 1, 1, 1, f"'{obj}' ({obj}) is logged whole", "medium",
                     {"class_gate": mode})

    kept = gate((match("customer", "logging_pii_named"), match("member", "logging_pii_named"),
                 match("player", "logging_pii_named"), match("customer", "logging_pii")), s, lambda _: "")
    assert [m.message.split("'")[1] for m in kept] == ["member", "player"]  # unknown class: the name decides

def test_club_card_with_holder_and_expiry_is_a_payment_card() -> None:
    s = Summary()
    s.observe("ClubCard.java", "public record ClubCard(long memberId, String cardholder, String pan, String expiry,"
              " String cvc) {}\npublic record KeyCard(String cardNumber, String pin) {}\n")
    assert s.card_kinds("ClubCard") == {"card_number", "security_code"}
    assert s.card_kinds("KeyCard") == set()


def test_row_mapped_records() -> None:
    s = Summary()
    s.observe("Repo.java", """
class Repo {
    List<ClubCard> due() { return jdbc.sql("SELECT * FROM club_cards").query(ClubCard.class).list(); }
    Hold one(long id) { return template.queryForObject("SELECT * FROM holds WHERE id = ?", new DataClassRowMapper<>(Hold.class), id); }
    String name() { return template.queryForObject("SELECT name FROM t", String.class); }
}
""", "p")

    def match(cls: str) -> Match:
        return Match("r", Path("/t/p/Model.java"), 1, 1, 1, f"'pan' ({cls}) is a column", "critical",
                     {"class_gate": "row_mapped", "category": "card_number_storage"})

    kept = gate((match("ClubCard"), match("Hold"), match("CardInput")), s, lambda _: "p")
    assert [m.message for m in kept] == ["'pan' (ClubCard) is a column", "'pan' (Hold) is a column"]
    assert not gate((match("ClubCard"),), s, lambda _: "other")  # another project's mapping


def test_other_files_ignored() -> None:
    s = Summary()
    s.observe("notes.md", GO_MODELS)
    s.observe("plain.go", "package x\n\ntype T struct {\n\tName string\n}\n")
    assert s.classes == {}


@pytest.mark.semgrep
@pytest.mark.parametrize("literals", [True, False])
def test_gated_rules_in_a_scan(tmp_path: Path, literals: bool) -> None:
    (tmp_path / "models.go").write_text(GO_MODELS)
    (tmp_path / "spool.go").write_text("""package models

func Spool(c PendingCharge, r Redacted, log *slog.Logger) error {
\tlog.Warn("spooling", "charge", c)
\tlog.Warn("spooling", "card", r)
\tdata, err := json.Marshal(c)
\tif err != nil {
\t\treturn err
\t}
\treturn os.WriteFile("/var/spool/c.json", data, 0o600)
}

func Badge(k KeyCard, log *slog.Logger) error {
\tdata, _ := json.Marshal(k)
\tlog.Info("badge", "card", k)
\treturn os.WriteFile("/var/spool/k.json", data, 0o600)
}
""")
    result = scan_code(CodeConfig(paths=[tmp_path], literals=literals))
    got = {(f.path, f.line, f.category) for f in result.code_findings}
    assert got == {
        ("spool.go", 4, "card_data_logging"),
        ("spool.go", 10, "card_number_storage"),
        ("spool.go", 10, "card_security_code_storage"),
    }
    assert all("PendingCharge" in f.message for f in result.code_findings)


def test_exception_messages() -> None:
    """An exception's string form is its message: what its constructor hands to the base class (Python, Java) or
    what it is raised with (Ruby, whose exception classes are usually empty)."""
    s = Summary()
    s.observe("errors.py", '''
class ReferralRejected(Exception):
    def __init__(self, applicant, reason):
        self.reason = reason
        super().__init__(f"rejected {applicant.full_name} <{applicant.email}>: {reason}")


class ChargeDeclined(Exception):
    def __init__(self, charge_id, code):
        super().__init__(f"charge {charge_id} declined with {code}; the email to the customer was sent")
''')
    s.observe("Errors.java", """
public class OwnershipException extends RuntimeException {
    public OwnershipException(String plate, Customer customer) {
        super("Vehicle " + plate + " is not on the account of " + customer.getEmail());
    }
}

public class SlotException extends IllegalStateException {
    public SlotException(long slotId) { super("slot " + slotId + " taken; phone the branch"); }
}
""")
    s.observe("book.rb", """
class Book
  class SlotTaken < StandardError; end

  def call
    raise SlotTaken, "#{@store} already booked; " \\
                     "could not book #{@patient.full_name} (tel #{@patient.phone})"
    raise ArgumentError, "no slot for #{@patient.email}"
  end
end
""")
    assert s.personal_kinds("ReferralRejected") == {"person_name", "email"}
    assert s.personal_kinds("ChargeDeclined") == set()  # words inside the message's text are not its data
    assert s.personal_kinds("OwnershipException") == {"email"}
    assert s.personal_kinds("SlotException") == set()
    assert s.personal_kinds("Book::SlotTaken") == {"person_name", "phone"}
    assert not s.known("ArgumentError")  # a core class raised with personal data somewhere says nothing of others
