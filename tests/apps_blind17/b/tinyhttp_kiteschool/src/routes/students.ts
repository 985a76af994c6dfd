import { App } from '@tinyhttp/app';
import { audit, redact } from '../logger.js';
import { createStudent, findStudent } from '../repositories/students.js';
import { createContact } from '../vendors/chatwoot.js';
import { createLead } from '../vendors/sell.js';
import { pushContact } from '../vendors/ometria.js';
import { enqueue } from '../jobs/queue.js';

export const studentRoutes = new App();

studentRoutes.post('/', async (req, res) => {
  const body = req.body as { fullName: string; email: string; phone?: string; weightKg?: number; password?: string };
  req.log.info(redact(body), 'student sign-up');

  const id = await createStudent({
    fullName: body.fullName,
    email: body.email,
    phone: body.phone ?? null,
    weightKg: body.weightKg ?? null,
  });
  const student = (await findStudent(id))!;
  req.log.info({ studentId: id }, 'student created');
  audit('student.created', { studentId: id, ip: req.ip });

  await createContact(student);
  await createLead(student, 'web-signup');
  if (req.query.marketing === '1') await pushContact(student);
  await enqueue('mail', 'welcomeEmail', [{ studentId: id }]);
  res.status(201).json({ id });
});

studentRoutes.get('/:id', async (req, res) => {
  const student = await findStudent(Number(req.params.id));
  if (!student) return res.status(404).json({ error: 'unknown student' });
  req.log.debug({ student }, 'student loaded');
  res.json({ id: student.id, name: student.fullName });
});

studentRoutes.post('/:id/password-reset', async (req, res) => {
  const student = await findStudent(Number(req.params.id));
  if (!student) return res.status(404).end();
  req.log.info(`password reset requested for ${student.email} from ${req.ip}`);
  await enqueue('mail', 'passwordResetEmail', [{ studentId: student.id }]);
  res.status(202).end();
});
