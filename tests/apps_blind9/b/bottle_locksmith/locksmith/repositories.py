"""Hand-written SQL, one class per table group. Routes and jobs never build SQL themselves."""

from __future__ import annotations

from typing import Optional

from psycopg import Connection, sql

from .logs import get_logger
from .models import CallOut, Customer, CustomerIn, SavedCard, SitePaymentIn

sql_log = get_logger("sql")


class CustomerRepository:
    INSERT = """
        INSERT INTO customers (full_name, email, phone, address_line1, town, postcode, password_hash)
        VALUES (%(full_name)s, %(email)s, %(phone)s, %(address_line1)s, %(town)s, %(postcode)s, %(password_hash)s)
        RETURNING id, full_name, email, phone, postcode, created_at
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def create(self, body: CustomerIn, password_hash: Optional[str]) -> Customer:
        params = body.model_dump(exclude={"password"}) | {"password_hash": password_hash}
        row = self.conn.execute(self.INSERT, params).fetchone()
        return Customer(**row)

    def get(self, customer_id: int) -> Optional[Customer]:
        row = self.conn.execute(
            "SELECT id, full_name, email, phone, postcode, created_at FROM customers WHERE id = %s",
            (customer_id,),
        ).fetchone()
        return Customer(**row) if row else None

    def set_password(self, customer_id: int, password_hash: str) -> None:
        self.conn.execute("UPDATE customers SET password_hash = %s WHERE id = %s", (password_hash, customer_id))


class CallOutRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def book(self, customer_id: int, job_type: str, site_address: str, site_postcode: str,
             contact_phone: str, access_notes: str, fee_pence: int) -> CallOut:
        row = self.conn.execute(
            """
            INSERT INTO call_outs (customer_id, job_type, site_address, site_postcode, contact_phone, access_notes, fee_pence)
            VALUES (%s, %s, %s, %s, %s, %s, %s)
            RETURNING id, customer_id, job_type, site_postcode, status, engineer_id
            """,
            (customer_id, job_type, site_address, site_postcode, contact_phone, access_notes, fee_pence),
        ).fetchone()
        return CallOut(**row)

    def set_status(self, job_id: int, status: str) -> None:
        query = sql.SQL("UPDATE {} SET status = %s WHERE id = %s").format(sql.Identifier("call_outs"))
        self.conn.execute(query, (status, job_id))

class CardRepository:
    """Saved cards of repeat customers: the gateway token and what the receipt shows."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def save(self, customer_id: int, token: str, brand: str, last4: str, exp_month: int, exp_year: int) -> None:
        self.conn.execute(
            "INSERT INTO customer_cards (customer_id, gateway_token, card_brand, card_last4, exp_month, exp_year) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            (customer_id, token, brand, last4, exp_month, exp_year),
        )

    def for_customer(self, customer_id: int) -> list[SavedCard]:
        rows = self.conn.execute(
            "SELECT customer_id, gateway_token, card_brand, card_last4 FROM customer_cards WHERE customer_id = %s",
            (customer_id,),
        ).fetchall()
        return [SavedCard(**r) for r in rows]


class SiteCaptureRepository:
    """Offline van-terminal captures waiting for the gateway (see jobs.replay_site_captures)."""

    INSERT_CAPTURE = """
        INSERT INTO site_card_captures (job_id, engineer_id, amount_pence, card_number, expiry, cvv, cardholder, card_bin)
        VALUES (%s, %s, %s, %s, %s, %s, %s, %s)
        RETURNING id
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def insert(self, p: SitePaymentIn) -> int:
        params = (p.job_id, p.engineer_id, p.amount_pence, p.card_number, p.expiry, p.cvv, p.cardholder,
                  p.card_number[:6])
        sql_log.debug("INSERT site_card_captures %r", params)
        return self.conn.execute(self.INSERT_CAPTURE, params).fetchone()["id"]

    def pending(self, limit: int = 50) -> list[dict]:
        return self.conn.execute(
            "SELECT id, job_id, amount_pence, card_number, expiry, cvv, cardholder FROM site_card_captures "
            "WHERE replayed_at IS NULL ORDER BY captured_at LIMIT %s",
            (limit,),
        ).fetchall()

    def mark_replayed(self, capture_id: int, gateway_ref: str) -> None:
        self.conn.execute(
            "UPDATE site_card_captures SET card_number = NULL, cvv = NULL, gateway_ref = %s, replayed_at = now() "
            "WHERE id = %s",
            (gateway_ref, capture_id),
        )
        sql_log.info("capture %s replayed as %s", capture_id, gateway_ref)


class ClaimRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def submit(self, job_id: int, claim_ref: str, dob, crime_ref: Optional[str], excess_pence: int,
               excess_card: Optional[str], key: str) -> int:
        row = self.conn.execute(
            """
            INSERT INTO insurer_claims (job_id, claim_ref, policyholder_dob, police_crime_ref, excess_pence, excess_card_enc)
            VALUES (%s, %s, %s, %s, %s, pgp_sym_encrypt(%s, %s))
            RETURNING id
            """,
            (job_id, claim_ref, dob, crime_ref, excess_pence, excess_card, key),
        ).fetchone()
        return row["id"]
