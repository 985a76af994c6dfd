--
-- PostgreSQL database dump (arena, table kiosk_sales) taken before the terminal firmware fix
--

COPY public.kiosk_sales (id, kiosk_id, amount_cents, pan, cvc, settled) FROM stdin;
1041	K-RINKSIDE	850	4485909056223264	\N	f
1042	K-RINKSIDE	1700	5301277062603682	\N	f
1043	K-CAFE	650	402687******8046	\N	t
\.
