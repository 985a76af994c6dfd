-- pg_dump excerpt, clearwater prod, table service_cards (2024-06-30)
COPY public.service_cards (id, customer_id, pan, cvv, expiry, amount_pence, settled) FROM stdin;
311	1207	6011954208875692	\N	08/27	8500	f
312	1188	4916464657499284	\N	02/28	12000	f
313	1240	************5519	\N	11/26	8500	t
\.
