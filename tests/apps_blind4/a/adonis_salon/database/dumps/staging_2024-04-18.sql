-- pg_dump of glow_staging (tables payment_cards, no_show_fees), taken for the April migration rehearsal
SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE public.no_show_fees (
    id integer NOT NULL,
    appointment_id integer,
    card_no character varying(19) NOT NULL,
    amount_pence integer NOT NULL,
    status character varying(16) DEFAULT 'pending'::character varying,
    created_at timestamp with time zone
);

COPY public.no_show_fees (id, appointment_id, card_no, amount_pence, status, created_at) FROM stdin;
311	9021	4315728011220454	2500	charged	2024-04-02 10:14:22+01
312	9033	5530327313899275	2500	pending	2024-04-03 16:41:09+01
313	9040	373187973727419	2500	waived	2024-04-05 09:02:51+01
314	9052	4550306102484527	2500	pending	2024-04-09 11:30:00+01
\.

CREATE TABLE public.gift_vouchers (
    id integer NOT NULL,
    voucher_code character varying(16) NOT NULL,
    balance_pence integer NOT NULL
);

COPY public.gift_vouchers (id, voucher_code, balance_pence) FROM stdin;
41	GLOW-7781-2290	5000
42	GLOW-1043-5527	2500
\.
