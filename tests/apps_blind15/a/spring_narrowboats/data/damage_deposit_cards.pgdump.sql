--
-- PostgreSQL database dump (excerpt, table damage_deposit_cards) taken for the 2025 card-terminal migration
--

COPY public.damage_deposit_cards (id, booking_id, holder_name, pan, expiry, cvc, captured_by, captured_at) FROM stdin;
1184	5521	Mrs Harriet Quayle	4919074164706639	11/26	472	phone-import	2025-02-11 10:14:09+00
1185	5530	Owen Pritchard	5141987877947090	04/27	\N	wharf-terminal	2025-02-12 15:40:51+00
1186	5533	Lakshmi Varadan	376991411518471	08/26	9013	web	2025-02-14 09:02:33+00
\.
