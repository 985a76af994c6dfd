--
-- PostgreSQL database dump (staging, 2024-06-02) -- public.payment_profiles, public.boxes
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

COPY public.payment_profiles (id, subscriber_id, gateway_token, card_brand, card_last4, exp_month, exp_year, updated_at, card_number, card_cvc) FROM stdin;
1	101	pm_1PK2xQ7Hs	visa	7097	4	2027	2024-05-28 04:00:12+00	\N	\N
2	102	\N	mastercard	2615	11	2026	2024-05-28 04:00:13+00	5299602754032615	318
3	104	\N	visa	1093	2	2028	2024-05-29 04:00:09+00	4780316511061093	027
4	107	pm_1PK9aa2Lq	amex	3494	6	2026	2024-05-30 04:00:10+00	\N	\N
5	111	\N	discover	6428	9	2027	2024-05-31 04:00:11+00	6507784495646428	\N
\.

COPY public.boxes (id, subscriber_id, week, recipes, servings, needs_sheet_pan, price_cents, charge_id, status, delivered_at) FROM stdin;
900	101	2024-W22	{harissa-chicken,miso-aubergine}	2	t	1996	ch_88101	delivered	2024-05-30 17:41:00+00
901	102	2024-W22	{pea-risotto,lamb-kofta}	4	f	3992	ch_88102	delivered	2024-05-30 18:02:00+00
902	104	2024-W23	{sheet-pan-gnocchi}	2	t	998	\N	planned	\N
\.

SELECT pg_catalog.setval('public.payment_profiles_id_seq', 5, true);
