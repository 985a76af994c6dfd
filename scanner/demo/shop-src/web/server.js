// Demo Shop storefront API (Express).
const express = require("express");
const Analytics = require("analytics-node");
const pino = require("pino");

const logger = pino();
const analytics = new Analytics(process.env.SEGMENT_WRITE_KEY);
const app = express();
app.use(express.json());

app.post("/api/checkout", async (req, res) => {
  // Debug line left in production: the body holds name, address, email and card fields.
  console.log("checkout request", req.body);
  const order = await createOrder(req.body);
  logger.info({ orderId: order.id }, "order created");
  res.json({ order: order.id });
});

app.post("/api/newsletter", async (req, res) => {
  const user = await findOrCreateSubscriber(req.body.email);
  analytics.identify({ userId: user.id, traits: { email: user.email } });
  analytics.track({ userId: user.id, event: "Newsletter Subscribed" });
  res.status(204).end();
});

async function createOrder(body) {
  return { id: Date.now(), items: body.items };
}

async function findOrCreateSubscriber(email) {
  return { id: "sub_" + Date.now(), email };
}

app.listen(3000);
