-- pg_dump excerpt from the old bench laptop, 2020-11 (counter_payments before the gateway move)
COPY public.counter_payments (id, ticket_id, card_pan, card_cvv, card_expiry, amount_p, clerk) FROM stdin;
118	3302	4847985145013992	\N	04/22	6500	jb
119	3307	2221172067122966	\N	10/23	14250	mw
120	3311	5550571391715136	\N	06/22	3900	jb
\.
