-- pg_dump excerpt, table public.pledges (St Aldhelm appeal), taken before the 2025 vault migration
COPY public.pledges (id, parish_id, donor_name, donor_email, monthly_pence, card_number, card_expiry, card_cvc, gift_aid) FROM stdin;
211	14	Rowena Tarrant	rowena.t@example.net	2000	4916002818383615	06/26	\N	t
212	14	Cedric Amory	c.amory@example.com	1000	6011011388320278	12/25	\N	f
213	14	Hal Penrose	hal.penrose@example.org	500	XXXXXXXXXXXX2845	02/27	\N	t
\.
