const https = require("https");
// ruleid: tls-verification-disabled-javascript
const agent = new https.Agent({ rejectUnauthorized: false });
// ok: tls-verification-disabled-javascript
const agent2 = new https.Agent({ keepAlive: true });
// ruleid: tls-verification-disabled-javascript
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";

async function sync(user) {
  // ruleid: personal-data-over-http-javascript
  await fetch("http://crm.example.com/contacts", { method: "POST", body: JSON.stringify({ email: user.email }) });
  // ok: personal-data-over-http-javascript
  await fetch("https://crm.example.com/contacts", { method: "POST", body: JSON.stringify({ email: user.email }) });
  // ok: personal-data-over-http-javascript
  await axios.post("http://localhost:3000/contacts", { email: user.email });
}

const RECEIPT_SINK = process.env.RECEIPT_SINK || "http://receipts.partner.example/v1";
async function sendReceipt(donor) {
  // ruleid: personal-data-over-http-javascript
  await fetch(RECEIPT_SINK, { method: "POST", body: JSON.stringify({ address: donor.street }) });
  // ok: personal-data-over-http-javascript
  await fetch(RECEIPT_SINK, { method: "POST", body: JSON.stringify({ id: donor.id }) });
}

// The URL comes from configuration: the scanner keeps these only where the configured value is http://.
export async function chargeOnTill(cardNo, cvc, amount) {
  // ruleid: personal-data-to-configured-url-javascript
  const res = await fetch(services.till.url, {
    method: 'POST',
    body: JSON.stringify({ cardNo, cvc, amount }),
  })
  // ok: personal-data-to-configured-url-javascript
  await fetch(services.till.url, { method: 'POST', body: JSON.stringify({ amount }) })
  return res
}

const DISPATCH_URL = process.env.COURIER_DISPATCH_URL

export async function dispatch(order) {
  // ruleid: personal-data-to-configured-url-javascript
  await request(`${DISPATCH_URL}/jobs`, { method: 'POST', body: JSON.stringify({ phone: order.recipientPhone }) })
  // ruleid: personal-data-to-configured-url-javascript
  await axios.post(Env.get('PARTNER_URL'), { email: order.email })
  // ok: personal-data-to-configured-url-javascript
  await axios.post(Env.get('PARTNER_URL'), { orderId: order.id })
  // ok: personal-data-to-configured-url-javascript
  await axios.post('https://hooks.example/orders', { email: order.email })
}

const COURIER_URL = process.env.COURIER_URL ?? 'http://dispatch.couriers.example:8081/jobs'

export async function sendToCourier(order) {
  // ruleid: personal-data-over-http-javascript, personal-data-to-configured-url-javascript
  await request(COURIER_URL, { method: 'POST', body: JSON.stringify({ phone: order.recipientPhone }) })
  // ruleid: personal-data-over-http-javascript
  await needle('post', 'http://labels.couriers.example/print', { phone: order.phone })
  // ok: personal-data-over-http-javascript
  await request(COURIER_URL, { method: 'POST', body: JSON.stringify({ orderId: order.id }) })
}

const crm = axios.create({ baseURL: config.crmUrl, timeout: 5000 })

export async function syncStudent(student) {
  // ruleid: personal-data-to-configured-url-javascript
  await crm.post('/contacts', { externalId: student.id, email: student.email, phone: student.phone })
  // ok: personal-data-to-configured-url-javascript
  await crm.post('/attendance', { studentId: student.id })
}

class LockerBank {
  constructor(settings) {
    this.http = axios.create({ baseURL: settings.lockersUrl, timeout: 5000 })
  }

  async reserve(rental, customer) {
    const payload = { reference: rental.reference, notify: { mobile: customer.phone } }
    // ruleid: personal-data-to-configured-url-javascript
    const { data } = await this.http.post('/reservations', payload)
    return data
  }
}

// ruleid: tls-verification-disabled-javascript
const idAgent = new https.Agent({ rejectUnauthorized: config.NODE_ENV === 'test' });
const pgSsl = {
  // ruleid: tls-verification-disabled-javascript
  ssl: { rejectUnauthorized: process.env.DB_VERIFY_TLS === 'true' },
};
// ok: tls-verification-disabled-javascript
const devAgent = new https.Agent({ rejectUnauthorized: process.env.NODE_ENV !== 'development' });
// ok: tls-verification-disabled-javascript
const caAgent = new https.Agent({ rejectUnauthorized: true, ca: fs.readFileSync(caPath) });
// ok: tls-verification-disabled-javascript
const prodAgent = new https.Agent({ rejectUnauthorized: process.env.NODE_ENV === 'production' });
