const crypto = require("crypto");
const fetch = require("node-fetch");
const Mixpanel = require("mixpanel");
const amplitude = require("@amplitude/analytics-node");

const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN, { protocol: "https" });
amplitude.init(process.env.AMPLITUDE_API_KEY);

const PIXEL_ID = process.env.META_PIXEL_ID;
const CAPI_TOKEN = process.env.META_CAPI_TOKEN;
const GA_MEASUREMENT_ID = process.env.GA_MEASUREMENT_ID;
const GA_API_SECRET = process.env.GA_API_SECRET;

const hash = (v) => crypto.createHash("sha256").update(String(v).trim().toLowerCase()).digest("hex");

function profileSet(user) {
  mixpanel.people.set(String(user._id), { $email: user.userEmail, $name: user.displayName, $phone: user.phone });
}

function trackSignup(user) {
  amplitude.track("Sign Up", { plan: "free" }, { user_id: String(user._id) });
}

function trackCheckout(user, order) {
  amplitude.track("Checkout", { order_id: String(order._id), total: order.totalCents / 100, email: user.userEmail }, { user_id: String(user._id) });
}

async function sendPurchaseToMeta(user, order, req) {
  const body = {
    data: [
      {
        event_name: "Purchase",
        event_time: Math.floor(Date.now() / 1000),
        action_source: "website",
        user_data: {
          em: [hash(user.userEmail)],
          ph: [hash(user.phone)],
          client_ip_address: req.ip,
          client_user_agent: req.get("user-agent"),
        },
        custom_data: { currency: "USD", value: order.totalCents / 100 },
      },
    ],
  };
  await fetch(`https://graph.facebook.com/v19.0/${PIXEL_ID}/events?access_token=${CAPI_TOKEN}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function sendLeadToMeta(email, phone) {
  const payload = { data: [{ event_name: "Lead", event_time: Math.floor(Date.now() / 1000), action_source: "website", user_data: { em: email, ph: phone } }] };
  await fetch(`https://graph.facebook.com/v19.0/${PIXEL_ID}/events?access_token=${CAPI_TOKEN}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(payload),
  });
}

async function gaSignup(clientId, user) {
  await fetch(`https://www.google-analytics.com/mp/collect?measurement_id=${GA_MEASUREMENT_ID}&api_secret=${GA_API_SECRET}`, {
    method: "POST",
    body: JSON.stringify({ client_id: clientId, events: [{ name: "sign_up", params: { method: "email", user_email: user.userEmail } }] }),
  });
}

module.exports = { profileSet, trackSignup, trackCheckout, sendPurchaseToMeta, sendLeadToMeta, gaSignup };
