-- psql -c "\copy (SELECT id, queue_name, job_class, serialized_params, finished_at, error FROM good_jobs WHERE job_class = 'ChargeWalkInJob' ORDER BY created_at DESC LIMIT 3) TO STDOUT"
-- captured 2025-09-03 for ticket OPS-1187 (payments queue backlog)
COPY public.good_jobs (id, queue_name, job_class, serialized_params, finished_at, error) FROM stdin;
5c1e7a0b-92d4-4f1e-8a77-0d3b5e6f9a21	payments	ChargeWalkInJob	{"job_class":"ChargeWalkInJob","job_id":"5c1e7a0b-92d4-4f1e-8a77-0d3b5e6f9a21","queue_name":"payments","arguments":[418,"4485902177360545","07/27","612"],"executions":3,"locale":"en","timezone":"London"}	2025-09-03 10:14:52+01	PennantGateway::Declined: keyed charge on 4485902177360545 declined: do_not_honour
a0f3c9d2-1b6e-4c8a-9e5f-7d2a4b1c8e03	payments	ChargeWalkInJob	{"job_class":"ChargeWalkInJob","job_id":"a0f3c9d2-1b6e-4c8a-9e5f-7d2a4b1c8e03","queue_name":"payments","arguments":[421,"5229840166372014","12/25",null],"executions":1,"locale":"en","timezone":"London"}	2025-09-03 10:31:07+01	\N
\.
