-- pg_dump excerpt, northpaw production, table stored_cards (restored to staging 2024-11-19)
COPY public.stored_cards (id, "guestId", pan, security_code, bin, expiry) FROM stdin;
311	0f6e1c8a-5b3d-4d6e-9a57-2c1f0b7e9d41	4716470732969334	552	471647	03/27
312	8b2d90e4-71c5-4f3a-b9e0-6d4a1c2f8e73	6011590112025006	087	601159	11/26
313	c3a7f5d2-0e94-4b18-8c6d-95e2b7a41f0c	5199046331911340	730	519904	07/28
\.
