-- pg_dump excerpt, table public.phone_orders (staging copy 2026-10-02)
COPY public.phone_orders (id, keeper, card_number, card_cvc, card_expiry, gift_card_code, total_pence, status) FROM stdin;
101	7	5230104559950051	412	03/28	\N	2450	settled
102	12	374673924363155	9021	11/27	\N	8900	disputed
103	15	************1187	***	06/28	HH-GIFT-20931	1200	settled
\.
