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
  // ok: pii-to-third-party-javascript
  analytics.identify(user.id, { plan: user.plan });
  // ok: pii-to-third-party-javascript
  analytics.identify(user.id, { email_hash: sha256(user.email) });
  // ok: pii-to-third-party-javascript
  mixpanel.track("Signed up", { plan: user.plan });
  // ok: pii-to-third-party-javascript
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
  // ok: pii-to-third-party-javascript
  analytics.track({ userId: user.id, event: "Newsletter Subscribed" });
});
