"""Member self-service: sign-up, profile, card on file."""
from logbook import Logger
from masonite.authentication import Auth
from masonite.controllers import Controller
from masonite.request import Request
from masonite.response import Response
from masonite.validation import Validator

from app.models.Member import Member
from app.models.SavedCard import SavedCard
from app.services.Marketing import Marketing
from app.services.PaymentGateway import GatewayError, PaymentGateway

log = Logger("clubhouse.members")


class MemberController(Controller):
    def store(self, request: Request, response: Response, validate: Validator, auth: Auth):
        errors = request.validate(
            validate.required(["first_name", "last_name", "email", "password"]),
            validate.email("email"),
        )
        if errors:
            log.info("sign-up rejected for {}: {}", request.input("email"), errors.all())
            return response.json({"errors": errors.all()}, status=422)

        member = auth.register({
            "first_name": request.input("first_name"),
            "last_name": request.input("last_name"),
            "email": request.input("email"),
            "mobile": request.input("mobile"),
            "date_of_birth": request.input("date_of_birth"),
            "postcode": request.input("postcode"),
            "password": request.input("password"),
        })
        log.info("new member registered: {}", member)
        if request.input("marketing_opt_in"):
            Marketing().identify_member(member)
        return response.json({"id": member.id, "membership_no": member.membership_no}, status=201)

    def update(self, request: Request, response: Response, auth: Auth):
        member = auth.user()
        changes = request.only("mobile", "postcode", "email")
        member.update(changes)
        log.info("member {} updated fields {}", member.id, sorted(changes))
        return response.json({"ok": True})

    def add_card(self, request: Request, response: Response, auth: Auth):
        member = auth.user()
        try:
            stored = PaymentGateway().store_card(member.id, request.input("nonce"))
        except GatewayError as exc:
            log.warning("card store failed for member {}: {}", member.id, exc.code)
            return response.json({"error": "card_declined"}, status=402)
        card = SavedCard.create({
            "member_id": member.id,
            "gateway_token": stored["token"],
            "brand": stored["brand"],
            "last4": stored["last4"],
            "exp_month": stored["exp_month"],
            "exp_year": stored["exp_year"],
        })
        log.info("saved card {} for member {}", card, member.id)
        return response.json({"card_id": card.id, "last4": card.last4}, status=201)

    def login_failed(self, request: Request, response: Response):
        log.warning("failed login for {} from {}", request.input("email"), request.ip())
        return response.json({"error": "invalid_credentials"}, status=401)
