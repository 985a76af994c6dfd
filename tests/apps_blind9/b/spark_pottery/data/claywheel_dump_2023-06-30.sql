--
-- PostgreSQL database dump (pg_dump --inserts --data-only), taken before the tokenisation project
--
SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Data for Name: members; Type: TABLE DATA; Schema: public; Owner: claywheel
--

INSERT INTO public.members VALUES (311, 'Ines Okafor', 'ines.okafor@example.net', '+44 7700 900311', '1988-04-17', 'FOB-0311', '2022-09-03 10:12:44+01');
INSERT INTO public.members VALUES (312, 'Tomasz Wren', 'twren@example.org', '+44 7700 900312', '1979-11-02', 'FOB-0312', '2022-09-10 16:40:01+01');
INSERT INTO public.members VALUES (317, 'Hattie Blum', 'hattie.b@example.com', NULL, '1995-01-29', NULL, '2023-01-14 09:03:27+00');

--
-- Data for Name: kiln_club_cards; Type: TABLE DATA; Schema: public; Owner: claywheel
--

INSERT INTO public.kiln_club_cards (member_id, cardholder, pan, expiry, cvc, monthly_pence, last_charged) VALUES
    (311, 'I OKAFOR', '5194521808344527', '07/25', '418', 6500, '2023-06-01'),
    (312, 'T WREN', '4029077011159966', '12/24', '092', 6500, '2023-06-01'),
    (317, 'H BLUM', '6011208358392069', '03/26', '775', 4500, NULL);

--
-- Data for Name: course_bookings; Type: TABLE DATA; Schema: public; Owner: claywheel
--

INSERT INTO public.course_bookings VALUES (9021, 14, 311, 'ch_3NfQ2x81', 'tok_8Fv2mQ', '4527', NULL, '2023-05-02 19:22:10+01');
INSERT INTO public.course_bookings VALUES (9022, 14, 317, 'ch_3NfQ3b02', 'tok_1Lp9xZ', '2069', '6200045519320017', '2023-05-03 08:01:55+01');
INSERT INTO public.course_bookings VALUES (9023, 15, 312, 'ch_3NfR0c77', 'tok_Qw7Tn4', '9966', NULL, '2023-05-11 12:45:31+01');

--
-- Data for Name: gift_vouchers; Type: TABLE DATA; Schema: public; Owner: claywheel
--

INSERT INTO public.gift_vouchers VALUES ('6200045519320017', 9000, 'ines.okafor@example.net', '2023-05-03 08:01:55+01');
INSERT INTO public.gift_vouchers VALUES ('6200045519320025', 4500, 'gifts@example.org', NULL);

--
-- PostgreSQL database dump complete
--
