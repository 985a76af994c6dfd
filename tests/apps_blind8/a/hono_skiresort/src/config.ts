const required = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`missing env ${name}`);
  return v;
};

export const config = {
  stage: process.env.STAGE ?? 'dev',
  region: process.env.AWS_REGION ?? 'eu-central-1',
  tables: {
    guests: process.env.GUESTS_TABLE ?? 'alpenglow-guests',
    orders: process.env.ORDERS_TABLE ?? 'alpenglow-pass-orders',
    deposits: process.env.DEPOSITS_TABLE ?? 'alpenglow-rental-deposits',
  },
  gateway: {
    url: process.env.GATEWAY_URL ?? 'https://api.alpinepay.ch/v1',
    key: () => required('GATEWAY_KEY'),
  },
  // Turnstile controllers sit on the resort's private network at each lift station.
  liftGate: {
    url: process.env.LIFT_GATE_URL ?? 'http://10.20.0.15:8080/axess',
  },
  rentalShop: {
    url: process.env.RENTAL_SHOP_URL ?? 'https://rentals.alpenglow.internal/api',
    allowSelfSigned: true,
  },
  freshdesk: {
    domain: process.env.FRESHDESK_DOMAIN ?? 'alpenglow',
    apiKey: () => required('FRESHDESK_API_KEY'),
  },
  bugsnagKey: process.env.BUGSNAG_API_KEY ?? '',
  metaPixel: { id: process.env.META_PIXEL_ID ?? '8841204417760032', token: process.env.META_CAPI_TOKEN ?? '' },
};
