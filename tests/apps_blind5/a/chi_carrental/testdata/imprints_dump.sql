--
-- PostgreSQL database dump (branch MUC-02 counter_imprints, taken for the chargeback dispute 2024-04)
--

COPY public.counter_imprints (id, reservation_id, cardholder_name, acct_number, expiry_mmyy, cvn, deposit_cents, taken_by, created_at) FROM stdin;
41	1180	Lena Hoffmann	5527342679916147	0927	\N	50000	agent-17	2024-04-02 09:14:11+02
42	1183	Marco Bianchi	370053757848644	0328	\N	75000	agent-17	2024-04-02 10:02:45+02
43	1191	Aisha Kone	4631863336245014	1126	\N	50000	agent-04	2024-04-03 08:31:09+02
44	1192	Ola Nordmann	4000056655665557	0129	\N	50000	agent-04	2024-04-03 08:59:30+02
\.

COPY public.vehicles (id, plate, vin, model, sim_iccid, key_card_code, branch_code) FROM stdin;
7	M-RR 4412	WVWZZZ1KZAW123456	VW Golf 1.5 TSI	8949020012345678901	KC-000712	MUC-02
8	M-RR 5520	WBA8E9C50GK123457	BMW 320i	8949020012345678919	KC-000713	MUC-02
\.
