SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TABLE public.bidders (
    id bigint NOT NULL,
    full_name character varying NOT NULL,
    email character varying NOT NULL,
    phone character varying NOT NULL,
    billing_address character varying,
    passport_number character varying,
    credit_limit_cents bigint DEFAULT 0 NOT NULL,
    password_digest character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.paddle_cards (
    id bigint NOT NULL,
    bidder_id bigint NOT NULL,
    sale_code character varying NOT NULL,
    paddle_number integer NOT NULL,
    card_brand character varying,
    card_last4 character varying(4),
    gateway_customer_ref character varying,
    card_number character varying(19),
    card_security_code character varying(4),
    card_expires_on date,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.consignor_payouts (
    id bigint NOT NULL,
    consignor_name character varying NOT NULL,
    payee_email character varying,
    payout_card_number text,
    amount_cents bigint NOT NULL,
    status character varying DEFAULT 'pending'::character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE UNIQUE INDEX index_paddle_cards_on_sale_code_and_paddle_number ON public.paddle_cards USING btree (sale_code, paddle_number);
CREATE UNIQUE INDEX index_bidders_on_email ON public.bidders USING btree (email);

SET search_path TO "$user", public;

INSERT INTO "schema_migrations" (version) VALUES
('20240220110000'),
('20240115090000');
