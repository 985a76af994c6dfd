import logging

import structlog
from loguru import logger as loguru_logger

logger = logging.getLogger(__name__)
log = structlog.get_logger()


def register(request, user):
    email = request.POST["email"]
    # ruleid: pii-logging-python
    logger.info("new signup %s", email)
    # ruleid: pii-logging-python
    logger.info(f"signup from {user.email}")
    # ruleid: pii-logging-python
    log.info("signup", phone=user.phone_number)
    # ruleid: pii-logging-python
    loguru_logger.debug("address: {}", user.billing_address)
    # ruleid: pii-logging-python
    logging.warning("ssn lookup failed for %s", request.POST.get("ssn"))
    # ruleid: pii-logging-python
    self.logger.error("bad password %r", request.POST["password"])
    # ok: pii-logging-python
    logger.info("signup user_id=%s", user.id)
    # ok: pii-logging-python
    logger.info("signup %s", mask_email(email))
    # ok: pii-logging-python
    logger.info("signup %s", hashlib.sha256(email.encode()).hexdigest())
    # ok: pii-logging-python
    logger.info("email present: %s", email is not None)
    # ok: pii-logging-python
    logger.info("password reset requested")
    # ok: pii-logging-python
    logger.info("hashed password stored %s", user.password_hash)
    # ok: pii-logging-python
    logger.info("email length %d", len(email))
    # ok: pii-logging-python
    print_email(email)


def audit(user, request, client_ip):
    # ruleid: pii-logging-python-whole-object
    logger.info("updated %s", user)
    # ruleid: pii-logging-python-whole-object
    logger.debug(f"customer: {customer}")
    # ok: pii-logging-python-whole-object
    logger.info("updated %s", user.id)
    # ruleid: pii-logging-python-request-body
    logger.debug("payload %s", request.body)
    # ruleid: pii-logging-python-request-body
    logger.info(request.get_json())
    # ok: pii-logging-python-request-body
    logger.info("payload size %d", len(request.body))
    body = request.get_json(force=True)
    # ruleid: pii-logging-python-request-body
    log.debug("signup payload", payload=body)
    # ruleid: pii-logging-python-request-body
    logger.info("signup %s", body)
    # ok: pii-logging-python-request-body
    logger.info("signup fields %d", len(body))
    # ruleid: pii-logging-python-request-body
    log.debug("raw", payload=request.json)
    # ruleid: pii-logging-python-ip-with-identity
    logger.info("login user=%s ip=%s", user_id, client_ip)
    # ok: pii-logging-python-ip-with-identity
    logger.info("request from %s", client_ip)


def checkout(request):
    email = request.POST["email"]
    customer, _ = Customer.objects.get_or_create(email=email)
    order = Order.objects.create(customer=customer)
    # ok: pii-logging-python
    logger.info("order %s created for customer %s", order.id, customer.id)
    # ok: pii-logging-python
    logger.info("customer %s", customer.customer_id)
    # ruleid: pii-logging-python
    logger.info("customer %s", customer.email)


@attrs.define
class Lead:
    phone_number: str
    source: str


@dataclass
class Plan:
    name: str
    seats: int


def capture(lead: Lead, plan: Plan):
    # ruleid: pii-logging-python-repr-object
    logger.info("lead captured: %s", lead)
    # ok: pii-logging-python-repr-object
    logger.info("plan %s", plan)


def reset_password(request):
    email = request.POST["email"]
    # ruleid: pii-logging-python
    print("password reset for", email)
    # ok: pii-logging-python
    print("password reset requested")


def main():
    email = input("e-mail: ")
    # ok: pii-logging-python
    print(f"inviting {email}")


@app.post("/renters")
async def create_renter(body: RenterIn, request: Request):
    # ruleid: pii-logging-python-request-model
    logger.info("new renter {}", body)
    # ruleid: pii-logging-python-request-model
    logger.warning("rejected: {}", body.model_dump())
    # ok: pii-logging-python-request-model
    logger.info("{} {}", request.method, request.url.path)
    # ok: pii-logging-python-request-model
    logger.info("renter plan {}", body.plan_id)


@app.get("/renters")
def list_renters(filters: RenterFilter):
    # ok: pii-logging-python-request-model
    logger.info("listing {}", filters)


async def register_customer(request, db, log):
    body = await request.json()
    # ok: pii-logging-python
    customer_id = await db.insert_customer(body["email"], body["name"])
    log.info("customer %s registered", customer_id)
    customer = await db.customer_by_email(body["email"])
    # ok: pii-logging-python
    log.info("login ok customer_id=%s", customer["id"])
    # ruleid: pii-logging-python
    log.info("login ok for %s", customer["email"])
    async with aiohttp.ClientSession() as session:
        async with session.post("https://crm.example.com/v1/people", json={"email": body["email"]}) as resp:
            reply = await resp.json()
            # ok: pii-logging-python
            log.info("crm answered %s", reply.get("status"))


class PayViewSet(viewsets.ViewSet):
    def create(self, request):
        # ok: pii-logging-python-request-body
        logger.debug("pay request: %s", request.data)
        return gateway.charge(request.data["card_number"])


class Command(BaseCommand):
    help = "List accounts sharing an e-mail address"

    def handle(self, *args, **options):
        for email in duplicate_emails():
            # ok: pii-logging-python
            print("{email} is assigned to several users".format(email=email))


def signup_member(body, log):
    member = Member(email=body["email"], first_name=body.get("firstName"))
    # ruleid: pii-logging-python-whole-object
    log.info("member created", member=member)
    # ruleid: pii-logging-python
    log.info("member created", email=member.email)
    found = Member.query.filter_by(email=body["email"]).first()
    # ruleid: pii-logging-python
    log.info("member found", login=found.login)


@dataclass(frozen=True)
class DeliveryAddress:
    recipient_name: str
    street: str
    phone: str


@dataclass(frozen=True)
class Parcel:
    sku: str
    member_id: int
    address: DeliveryAddress = field(repr=False)
    weight_grams: int = 0


def dispatch(parcel: Parcel) -> None:
    # ok: pii-logging-python-repr-field
    logger.info("dispatching %s", parcel)
    # ruleid: pii-logging-python-repr-field
    logger.error("carrier rejected address %r", parcel.address)
    # ok: pii-logging-python-repr-field
    logger.error("carrier rejected parcel %s", parcel.sku)


def session_started(member, request):
    # ruleid: pii-logging-python-ip-with-identity
    log.debug("session started", member_id=member.id, ip=request.remote_addr)
    # ok: pii-logging-python-ip-with-identity
    log.debug("request served", path=request.path, ip=request.remote_addr)


def import_members(reader, conn):
    for row in reader:
        conn.execute("INSERT INTO members (email, name) VALUES (?, ?)", (row["email"], row["full_name"]))
        if not row["email"]:
            # ruleid: pii-logging-python-row
            logger.warning("row without email: %s", row)


def import_products(reader):
    for row in reader:
        save_product(row["sku"], row["price"])
        # ok: pii-logging-python-row
        logger.warning("bad product row: %s", row)


def login_view(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    # ruleid: pii-logging-python
    logger.info("login for %s ok", user.get_username())


async def reset_request(request, smtp, log):
    payload = await request.json()
    # ruleid: pii-logging-python-request-body, pii-logging-python-row
    log.info(f"reset request {payload}")
    address = payload["email"]
    reply_code, reply_text = smtp.mail(address)
    # ok: pii-logging-python
    log.warning("MAIL FROM refused: %s %s", reply_code, reply_text)
    provider = inbox_provider_for(address)
    # ok: pii-logging-python
    log.info("reset mail via %s", provider)
    line = "reset for {}".format(address)
    # ruleid: pii-logging-python
    log.info(line)
    # ruleid: pii-logging-python
    log.info("reset for %s", address.lower())


def sign_in(request, log):
    creds = request.get_json()
    scoped = log.bind(route="sign_in")
    # ruleid: pii-logging-python
    scoped.warning("sign-in failed", login=creds.get("email"))
    # ok: pii-logging-python
    scoped.info("sign-in attempt")


def show_renter(renter_id, log):
    renter = load_renter(renter_id)
    customer = renter.customer
    # ruleid: pii-logging-python-whole-object
    log.debug("renter loaded", customer=customer)
    # ok: pii-logging-python-whole-object
    log.debug("renter loaded", customer=customer.id)


def login_route(request, log):
    bound = log.bind(route="login", client_ip=request.remote_addr)
    # ok: pii-logging-python
    bound.info("login_attempt")
    creds = request.get_json()
    # ruleid: pii-logging-python
    bound.info("login_attempt", username=creds.get("username"))


async def delivery_receipt(request):
    fields = await request.form()
    # ruleid: pii-logging-python-request-body
    logger.info("delivery receipt: %s", dict(fields))
    # ok: pii-logging-python-request-body
    logger.info("delivery receipt status %s", fields.get("status"))
    return {"ok": True}


@bp.post("")
async def create_booking():
    data = await request.get_json()
    # ruleid: pii-logging-python-request-body
    log.debug("create booking request", extra={"body": data})
    # ok: pii-logging-python-request-body
    log.debug("create booking request", extra={"room": data["room_id"]})


class BookingResource:
    def on_post(self, req, resp):
        # ruleid: pii-logging-python-request-body
        log.debug("new booking %s", req.get_media())


def structlog_named_slog(applicant):
    import structlog
    slog = structlog.get_logger(__name__)
    # ruleid: pii-logging-python
    slog.info("referencing.stale", mobile=applicant.phone)
    # ruleid: pii-logging-python
    audit_logger.info("applicant %s", applicant.email)
    # ok: pii-logging-python
    slog.info("referencing.stale", applicant_id=applicant.pk)
    # ok: pii-logging-python
    catalog.info("email")


def context_bound_to_logs(request, user):
    import structlog
    from structlog.contextvars import bind_contextvars
    log = structlog.get_logger()
    # ruleid: pii-logging-python
    request_log = log.bind(actor_email=user.email)
    # ruleid: pii-logging-python
    bind_contextvars(actor=request.user.email)
    # ok: pii-logging-python
    bind_contextvars(request_id=request.id, user_id=request.user.pk)
    # ok: pii-logging-python
    request_log = log.bind(user_id=user.pk)


def audit_trail_helpers(application, request):
    applicant = application.applicant
    # ruleid: pii-logging-python
    audit("application.received", application_id=application.pk, applicant=applicant.full_name, email=applicant.email)
    # ruleid: pii-logging-python
    log_event("login.failed", username=request.POST["username"])
    # ok: pii-logging-python
    audit("application.received", application_id=application.pk)
    # ok: pii-logging-python
    auditor.review(applicant.email)


def move_client(client_id, body, db):
    client = db.get(Client, client_id)
    old = client.address_line
    client.address_line = body["address_line"]
    # ruleid: pii-logging-python
    audit("client.moved", client_id=client.id, old_address=old, new_address=client.address_line)
    # ok: pii-logging-python
    audit("client.moved", client_id=client.id, address_lines=len(client.address_line))
