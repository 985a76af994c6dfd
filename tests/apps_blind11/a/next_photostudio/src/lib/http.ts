import axios from "axios";
import https from "node:https";

export const attio = axios.create({
  baseURL: "https://api.attio.com/v2",
  headers: { Authorization: `Bearer ${process.env.ATTIO_API_KEY}` },
  timeout: 8000,
});

export const snapCapi = axios.create({
  baseURL: "https://tr.snapchat.com/v3",
  timeout: 8000,
});

const printlabAgent = new https.Agent({
  rejectUnauthorized: process.env.PRINTLAB_REJECT_UNAUTHORIZED === "true",
});

export const printlab = axios.create({
  baseURL: process.env.PRINTLAB_URL ?? "http://orders.printlab-partners.com/v1",
  httpsAgent: printlabAgent,
  timeout: 15000,
});

export const chequepay = axios.create({
  baseURL: process.env.CHEQUEPAY_URL ?? "https://api.chequepay.example/v1",
  httpsAgent: new https.Agent({ keepAlive: true }),
  timeout: 10000,
});

export const thumbnailer = axios.create({ baseURL: "http://localhost:7070", timeout: 30000 });
