--
-- PostgreSQL data dump: public.saved_cards (support ticket ASH-2291)
--
COPY public.saved_cards (id, trader_id, card_number, expiry, security_code, created_at, updated_at) FROM stdin;
14	207	6011402983174550	09/27	381	2025-05-03 07:41:12	2025-05-03 07:41:12
15	211	375912804467218	02/28	7714	2025-05-10 06:58:40	2025-05-10 06:58:40
\.
