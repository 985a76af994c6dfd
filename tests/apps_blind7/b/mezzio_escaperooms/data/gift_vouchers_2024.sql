-- pg_dump excerpt: gift vouchers sold at the Christmas market stall, and the matching bookings
COPY public.gift_vouchers (code, value_pence, redeemed) FROM stdin;
LIR8K2QX7M4D	4800	f
LIR3T9WZ1C6P	9600	t
LIR5N4HB8R2J	2400	f
\.

COPY public.bookings (id, reference, room_slug, starts_at, lead_name, lead_email, lead_phone, players, total_pence, payment_token, card_last4, voucher_code, status) FROM stdin;
1201	7F3C9A0B1E	the-vault	2024-01-06 14:00:00	\N	\N	\N	4	9600	pm_1OaQ7bKx02	4444	LIR3T9WZ1C6P	paid
1202	A91D44C0F2	asylum-ward	2024-01-06 16:30:00	\N	\N	\N	5	12000	pm_1OaQ9cKx11	0005	\N	paid
\.

COPY public.corporate_events (id, company_name, organiser_email, event_date, cc_num, cc_exp, cc_cid, settled_at) FROM stdin;
77	Harbourside Analytics Ltd	\N	2024-01-19	5255345786886465	08/26	\N	2024-01-20 09:12:44
78	Crane & Wilde LLP	\N	2024-01-26	4553210098771234	03/27	\N	2024-01-27 10:03:10
\.
