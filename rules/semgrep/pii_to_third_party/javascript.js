function onSignup(user, form) {
  // ruleid: pii-to-third-party-javascript
  analytics.identify(user.id, { email: user.email, name: user.fullName });
  // ruleid: pii-to-third-party-javascript
  mixpanel.people.set({ $email: form.email });
  // ruleid: pii-to-third-party-javascript
  amplitude.getInstance().setUserProperties({ phone: user.phoneNumber });
  // ruleid: pii-to-third-party-javascript
  gtag("set", "user_data", { email: user.email });
  // ruleid: pii-to-third-party-javascript
  window.intercomSettings = { app_id: APP_ID, email: user.email };
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  analytics.identify(user.id, { plan: user.plan });
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  analytics.identify(user.id, { email_hash: sha256(user.email) });
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  mixpanel.track("Signed up", { plan: user.plan });
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  sendWelcomeEmail(user.email);
}

// ruleid: sentry-send-default-pii-javascript
Sentry.init({ dsn: DSN, sendDefaultPii: true });
// ok: sentry-send-default-pii-javascript
Sentry.init({ dsn: DSN, sendDefaultPii: false });

app.post("/api/newsletter", async (req, res) => {
  const user = await findOrCreateSubscriber(req.body.email);
  // ruleid: pii-to-third-party-javascript
  analytics.identify({ userId: user.id, traits: { email: user.email } });
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  analytics.track({ userId: user.id, event: "Newsletter Subscribed" });
});

async function syncSupporter(supporter) {
  // ruleid: pii-to-third-party-javascript
  await intercomClient.contacts.createUser({ externalId: supporter.id, email: supporter.email });
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  await intercomClient.contacts.createUser({ externalId: supporter.id });
}

async function reportSale(shopper, sale) {
  // ruleid: pii-to-vendor-api-javascript
  await fetch(`https://www.google-analytics.com/mp/collect?measurement_id=${MID}&api_secret=${SECRET}`, {
    method: "POST",
    body: JSON.stringify({ client_id: sale.cid, user_data: { email_address: shopper.email } }),
  });
  const lead = { data: [{ event_name: "Lead", user_data: { ph: shopper.phoneNumber } }] };
  // ruleid: pii-to-vendor-api-javascript
  await axios.post(`https://graph.facebook.com/v19.0/${PIXEL}/events?access_token=${TOKEN}`, lead);
  const hashed = { data: [{ event_name: "Lead", user_data: { em: sha256(shopper.email) } }] };
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  await axios.post(`https://graph.facebook.com/v19.0/${PIXEL}/events?access_token=${TOKEN}`, hashed);
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  await fetch(`https://api.example.com/orders`, { method: "POST", body: JSON.stringify({ email: shopper.email }) });
}

const hubspot = new Client({ accessToken: process.env.HUBSPOT_TOKEN });
const heapApi = axios.create({ baseURL: "https://heapanalytics.com/api" });

async function upsertContact(customer) {
  // ruleid: pii-to-third-party-javascript
  await hubspot.crm.contacts.basicApi.create({ properties: { email: customer.email, firstname: customer.firstName } });
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  await hubspot.crm.contacts.basicApi.create({ properties: { florist_customer_id: customer.id } });
  // ruleid: pii-to-vendor-api-javascript
  await heapApi.post("/add_user_properties", { identity: String(customer.id), properties: { phone: customer.phone } });
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  await heapApi.post("/track", { identity: String(customer.id), event: "Checkout" });
  // ruleid: pii-to-third-party-javascript
  posthog.identify({ distinctId: String(customer.id), properties: { email: customer.email } });
  // ruleid: pii-to-third-party-javascript
  getPosthog().capture({ distinctId: customer.email, event: "checkout" });
  // ok: pii-to-third-party-javascript
  getPosthog().capture({ distinctId: String(customer.id), event: "checkout" });
  // ruleid: pii-to-third-party-javascript
  Sentry.setUser({ id: customer.id, email: customer.email });
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  Sentry.setUser({ id: customer.id });
}

router.post("/members", async (ctx) => {
  const input = ctx.request.body;
  const member = await Member.query().insert({ email: input.email, phone: input.phone });
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  await heap.identify(member);
});

const client = new PostHog(process.env.POSTHOG_KEY, { host: "https://eu.i.posthog.com" });

function onCheckout(shopper) {
  // ruleid: pii-to-vendor-api-javascript
  client.capture({ distinctId: String(shopper.id), event: "checkout", properties: { email: shopper.email } });
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  client.capture({ distinctId: String(shopper.id), event: "checkout" });
}

export function startPendo(account) {
  // ruleid: pii-to-third-party-javascript
  pendo.initialize({ visitor: { id: account.id, email: account.email, full_name: account.fullName } })
  // ok: pii-to-third-party-javascript
  pendo.initialize({ visitor: { id: account.id } })
}

class BrazeSync {
  constructor(http) {
    this.http = http;
  }

  async track(body) {
    const { data } = await this.http.post('https://rest.iad-01.braze.com/users/track', body);
    return data;
  }

  async signedUp(customer) {
    // ruleid: pii-to-vendor-api-javascript
    await this.track({ attributes: [{ external_id: customer.id, email: customer.email }] });
    // ok: pii-to-vendor-api-javascript
    await this.track({ events: [{ external_id: customer.id, name: 'signed_up' }] });
  }
}

async function syncClientToBraze(client) {
  // ruleid: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  await braze.post('/users/track', { attributes: [toBrazeAttributes(client)] });
  // ok: pii-to-third-party-javascript
  await braze.post('/users/track', { events: [{ external_id: `client-${client.id}`, name: 'booked' }] });
  // ok: pii-to-third-party-javascript
  await braze.post('/users/track', { events: [toBrazeEvent(client)] });
}

// Error trackers: the user set on a Bugsnag event, Rollbar and Honeybadger context.
function reportBookingError(err, renter) {
  Bugsnag.notify(err, (event) => {
    // ruleid: pii-to-third-party-javascript
    event.setUser(String(renter.id), renter.email, renter.fullName);
    // ok: pii-to-third-party-javascript
    event.setUser(String(renter.id));
    // ok: pii-to-third-party-javascript
    event.addMetadata('booking', { bookingId: renter.bookingId });
  });
  // ruleid: pii-to-third-party-javascript
  rollbar.error(err, { person: { id: renter.id, email: renter.email } });
  // ok: pii-to-third-party-javascript
  rollbar.error(err, { renterId: renter.id });
  // ruleid: pii-to-third-party-javascript
  Honeybadger.setContext({ user_email: renter.email });
  // ok: pii-to-third-party-javascript
  bookingEvents.emit("failed", renter.id);
}

// OneSignal users API through a ky instance: e-mail and SMS subscriptions of a client.
async function upsertSubscriber(client, oneSignalHttp, config) {
  const subscriptions = [{ type: 'Email', token: client.email }];
  // ruleid: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  await oneSignalHttp.post(`apps/${config.oneSignal.appId}/users`, { json: { identity: { external_id: String(client._id) }, subscriptions } });
  // ok: pii-to-vendor-api-javascript
  await oneSignalHttp.post('notifications', { json: { include_aliases: { external_id: [String(client._id)] } } });
}

// What a MongoDB insert answers is the new id, not the document.
async function registerClient(clients, client, Sentry) {
  const { insertedId } = await clients.insertOne(client);
  // ok: pii-to-third-party-javascript
  Sentry.setUser({ id: String(insertedId) });
}

// Default calls by kind ([kind.*] in sdk_calls.toml): vendors whose own calls are not listed.
async function reportDriver(err, driver, Exceptionless, zammad, attio, res) {
  const builder = Exceptionless.createException(err);
  // ruleid: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  builder.setUserIdentity(driver.email, driver.name);
  // ruleid: pii-to-third-party-javascript
  await zammad.createTicket({ title: 'Callback', customer: driver.email });
  // ruleid: pii-to-third-party-javascript
  await attio.createPerson({ email_addresses: [driver.email] });
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  await attio.createPerson({ record_id: driver.id });
  // ok: pii-to-third-party-javascript, pii-to-vendor-api-javascript
  res.send({ email: driver.email });
}

// ofetch / Nuxt $fetch in a file that talks to a helpdesk (zammad).
async function openTicket(holder) {
  // ruleid: pii-to-vendor-api-javascript
  await $fetch('https://plots.zammad.com/api/v1/tickets', { method: 'POST', body: { customer: holder.email } });
}
