--
-- PostgreSQL database dump (table repair_card_captures, pulled for the 2026-Q2 reconciliation)
--

COPY public.repair_card_captures (id, order_id, holder_name, card_number, card_cvc, expiry, captured_by, captured_at) FROM stdin;
311	2204	Hamish Larkworthy	6011468670339574	204	10/27	office-jen	2026-04-03 10:12:44+01
312	2211	Petra Oyelaran	5297729381965511	918	02/28	office-jen	2026-04-03 15:40:02+01
313	2219	Solent Sail Charters Ltd	346060220180498	3301	06/27	office-tom	2026-04-07 09:05:19+01
\.

COPY public.sail_orders (id, customer_id, sail_type, cloth, luff_mm, total_pence, deposit_pence, status, gateway_customer, card_last4) FROM stdin;
2204	881	genoa	Dacron 7.6oz	11850	318000	95400	paid	cus_Q8z1LmT0aV	9574
2211	902	mainsail	Hydranet	12400	512500	153750	paid	cus_Q91kPp4xWc	5511
\.
