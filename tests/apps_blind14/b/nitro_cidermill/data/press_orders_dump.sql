-- pg_dump excerpt, cidermill production, 2026-10-11
COPY public.press_orders (id, member_id, litres, apple_blend, card_token, card_last4, card_number, status) FROM stdin;
1201	44	20	dabinett-kingston	tok_pl_9QmW2s7d	7193	4435548814706193	paid
1202	51	40	bramley-sweet	tok_pl_4HcX0e1u	6676	371693261118676	paid
1203	63	10	foxwhelp	tok_pl_Lk38vT5b	4323	\N	pending
\.
