const logger = require("./logger");
const pino = require("pino")();

function signup(req, res, user) {
  const { email, phone } = req.body;
  // ruleid: pii-logging-javascript
  console.log("new signup", email);
  // ruleid: pii-logging-javascript
  logger.info(`signup from ${user.email}`);
  // ruleid: pii-logging-javascript
  pino.info({ phone: req.body.phoneNumber }, "signup");
  // ruleid: pii-logging-javascript
  this.logger.warn("dob " + user.dateOfBirth);
  // ruleid: pii-logging-javascript
  logger.error("login failed", { password: req.body.password });
  // ok: pii-logging-javascript
  console.log("signup", user.id);
  // ok: pii-logging-javascript
  logger.info("signup", maskEmail(email));
  // ok: pii-logging-javascript
  logger.info("email length", email.length);
  // ok: pii-logging-javascript
  logger.info("hash", sha256(user.email));
  // ok: pii-logging-javascript
  logger.info("password reset requested");
  // ok: pii-logging-javascript
  logger.info("has email", email !== undefined);
  // ruleid: pii-logging-javascript-whole-object
  console.log(user);
  // ruleid: pii-logging-javascript-whole-object
  logger.info("customer", JSON.stringify(customer));
  // ruleid: pii-logging-javascript-whole-object
  logger.info({ user }, "updated");
  // ok: pii-logging-javascript-whole-object
  logger.info("updated", user.id);
  // ruleid: pii-logging-javascript-request-body
  logger.debug("payload", req.body);
  // ok: pii-logging-javascript-request-body
  logger.debug("payload keys", Object.keys(req.body).length);
  // ruleid: pii-logging-javascript-request-body
  logger.info({ body: req.body }, "traveller signup");
  // ok: pii-logging-javascript-request-body
  logger.info({ bodySize: Object.keys(req.body).length }, "traveller signup");
  // ruleid: pii-logging-javascript-ip-with-identity, pii-logging-javascript
  logger.info(`login ${user.username} from ${req.ip}`);
  // ok: pii-logging-javascript-ip-with-identity
  logger.info(`request from ${req.ip}`);
  const taxId = req.body.taxId;
  // ok: pii-logging-javascript
  logger.info("tax id updated", { taxIdLast4: taxId.slice(-4) });
}

async function paid(paymentMethodId) {
  const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
  const pm = await stripe.paymentMethods.retrieve(paymentMethodId);
  // ok: pii-logging-javascript
  logger.info({ last4: pm.card.last4 }, "booking paid");
  const apiKey = process.env.MAILER_API_KEY;
  // ruleid: pii-logging-javascript
  logger.info(`mailer key ${apiKey}`);
}

class ProfileService {
  async update(id, changes) {
    // ruleid: pii-logging-javascript-object-with-personal-fields
    this.logger.debug(`profile ${id} <- ${JSON.stringify(changes)}`);
    await this.repo.update(id, { mail: changes.email, mobile: changes.phoneNumber });
  }

  async rename(id, changes) {
    // ok: pii-logging-javascript-object-with-personal-fields
    this.logger.debug(`plan ${id} <- ${JSON.stringify(changes)}`);
    await this.repo.update(id, { plan: changes.plan });
  }
}

async function importRow(row) {
  const { firstName, lastName } = row;
  // ruleid: pii-logging-javascript-object-with-personal-fields
  logger.info({ row }, "importing");
  await people.insert(firstName, lastName);
}

async function notifyPartner(member) {
  const resp = await fetch(PARTNER_URL, { method: "POST", body: JSON.stringify({ name: member.fullName }) });
  // ok: pii-logging-javascript
  logger.info({ status: resp.status }, "partner notified");
  const reply = await partnerApi.post("/members", { email: member.email });
  // ok: pii-logging-javascript
  logger.info({ status: reply.status }, "partner notified");
}

const showMember = async (request, h) => {
  const member = await Member.findById(request.params.id).lean();
  // ruleid: pii-logging-javascript-whole-object
  log.debug({ member }, 'member loaded');
  // ok: pii-logging-javascript-whole-object
  log.debug({ memberId: member._id }, 'member loaded');
  // ruleid: pii-logging-javascript-request-body
  log.info({ body: request.payload }, 'member update');
  return member;
};

router.put('/:id', async (ctx) => {
  const traveller = await prisma.traveller.update({ where: { id: ctx.params.id }, data: ctx.request.body });
  // ruleid: pii-logging-javascript-whole-object
  logger.debug(`traveller updated ${JSON.stringify(traveller)}`);
  // ruleid: pii-logging-javascript-request-body
  sails.log.info('signup', req.allParams());
});

export async function POST(req) {
  const raw = await req.text();
  const hook = JSON.parse(raw);
  // ruleid: pii-logging-javascript-request-body
  log.debug("courier webhook", { hook });
  // ok: pii-logging-javascript-request-body
  log.info("courier webhook", { parcel: hook.parcelId, state: hook.state });
  return new Response("ok");
}

export async function PUT(request) {
  const update = await request.json();
  // ruleid: pii-logging-javascript-request-body
  logger.info("profile update", update);
  return Response.json({ ok: true });
}

// A wrapper handed a function (a migration, a transaction) does not make that function's code its result.
const upgrade = defineMigration(async function up(db) {
  const owner = await db("owners").first();
  const ownerEmail = owner.email;
  // ruleid: pii-logging-javascript
  logging.info(`owner address kept: ${ownerEmail}`);
  const placeholderEmail = `moving-${Date.now()}@placeholder.invalid`;
  // ok: pii-logging-javascript
  logging.info(`owner moved to ${placeholderEmail}`);
});

// hapi logs through the request or the server, tags first.
const register = async (request, h) => {
  // ruleid: pii-logging-javascript
  request.log(['students'], `registering ${request.payload.email}`);
  // ok: pii-logging-javascript
  request.log(['students'], `registering ${request.payload.instrument}`);
  return h.response().code(201);
};

// Nest: a logger named after its class carries no one's name.
class ProcessorClient {
  logger = new Logger(ProcessorClient.name);
  async charge(token, orderNumber) {
    // ok: pii-logging-javascript
    this.logger.log({ msg: 'charge result', orderNumber, status: 'ok' });
  }
}

async function requestContext(req, res, next) {
  const client = await prisma.client.findUnique({ where: { id: req.session.clientId }, select: { email: true } });
  // ruleid: pii-logging-javascript
  req.log = logger.child({ requestId: req.id, clientEmail: client?.email });
  // ok: pii-logging-javascript
  req.log = logger.child({ requestId: req.id, clientId: client?.id });
  // ruleid: pii-logging-javascript
  logger.warn('lookup failed', { phone: req.body?.phone });
  next();
}

// An audit logger (log4js.getLogger('audit')) is a logger by its usual name.
const audit = log4js.getLogger('audit');
async function signIn(req) {
  const { email } = req.body;
  // ruleid: pii-logging-javascript
  audit.warn('sign-in refused for %s', email);
  // ok: pii-logging-javascript
  audit.info('sign-in refused for account %d', req.session.accountId);
  // ok: pii-logging-javascript
  auditTrail.push(email);
}

// A count or size computed from records holding personal data is a number.
async function resumeBatches({ email, members }) {
  const coverage = await this.retryDb(async () => this.coverageOf(email.id), { description: `coverage ${email.id}` });
  let totalCount = 0;
  totalCount += await this.createBatch({ email, members });
  // ok: pii-logging-javascript
  logging.info(`Created batches for newsletter ${email.id}: ${totalCount} recipients in ${coverage.size} segments`);
  // ok: pii-logging-javascript
  logging.error(`Stored email_count ${email.get('email_count')} differs from ${totalCount}`);
  // ruleid: pii-logging-javascript
  logging.warn(`Member row skipped: ${members[0].email}, total ${totalCount}`);
}

function fastifyBooking(app) {
  app.post('/bookings', async (request, reply) => {
    const body = request.body;
    // ruleid: pii-logging-javascript-request-body
    request.log.info({ body }, 'booking request received');
    const tour = body.tourCode;
    // ok: pii-logging-javascript-request-body
    request.log.info({ tour }, 'booking for tour');
  });
}

async function guarantee(req, res) {
  const card = req.body;
  // ok: pii-logging-javascript-request-body
  logger.error({ card }, 'hotel guarantee failed');
}
