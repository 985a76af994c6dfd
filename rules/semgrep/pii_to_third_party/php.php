<?php

class SignupTracker
{
    public function onSignup($user, $mp, $intercom)
    {
        // ruleid: pii-to-third-party-php
        Segment::identify(["userId" => $user->id, "traits" => ["email" => $user->email, "name" => $user->full_name]]);
        // ruleid: pii-to-third-party-php
        $mp->people->set($user->id, ['$phone' => $user->phone_number]);
        // ruleid: pii-to-third-party-php
        $intercom->contacts->create(["role" => "user", "email" => $user->email]);
        // ok: pii-to-third-party-php, pii-to-vendor-api-php
        Segment::track(["userId" => $user->id, "event" => "Signed Up"]);
        // ok: pii-to-third-party-php, pii-to-vendor-api-php
        Segment::identify(["userId" => $user->id, "traits" => ["email_hash" => hash('sha256', $user->email)]]);
        // ok: pii-to-third-party-php, pii-to-vendor-api-php
        Mail::to($user->email)->send(new Welcome());
        // ok: pii-to-third-party-php, pii-to-vendor-api-php
        $cache->set($user->id, $user->email);
        // ok: pii-to-third-party-php, pii-to-vendor-api-php
        $this->analyticsEvents->create(['kind' => 'signup', 'email' => $user->email]);
    }

    public function conversion($user, $http)
    {
        // ruleid: pii-to-vendor-api-php
        $http->post("https://graph.facebook.com/v18.0/123/events", ['json' => ['data' => [['user_data' => ['em' => $user->email]]]]]);
        // ok: pii-to-third-party-php, pii-to-vendor-api-php
        $http->post("https://graph.facebook.com/v18.0/123/events", ['json' => ['data' => [['user_data' => ['em' => hash('sha256', $user->email)]]]]]);
    }
}

// ruleid: sentry-send-default-pii-php
\Sentry\init(['dsn' => $dsn, 'send_default_pii' => true]);
// ok: sentry-send-default-pii-php
\Sentry\init(['dsn' => $dsn, 'send_default_pii' => false]);

class Layaway_Marketing
{
    public static function klaviyo_profile(WC_Order $order)
    {
        $profile = array('data' => array('type' => 'profile', 'attributes' => array('email' => $order->get_billing_email())));
        // ruleid: pii-to-vendor-api-php
        wp_remote_post('https://a.klaviyo.com/api/profiles/', array('headers' => self::headers(), 'body' => wp_json_encode($profile)));
        // ok: pii-to-third-party-php, pii-to-vendor-api-php
        wp_remote_post('https://a.klaviyo.com/api/events/', array('body' => wp_json_encode(array('order' => $order->get_id()))));
    }

    public function profile($posthog, $student)
    {
        // ruleid: pii-to-third-party-php
        \PostHog\PostHog::identify(['distinctId' => $student->id, 'properties' => ['email' => $student->email]]);
        // ruleid: pii-to-third-party-php
        $this->mixpanel->people->set($student->id, ['$name' => $student->full_name]);
    }
}

final class AttendeeSync
{
    public function __construct(private HttpClientInterface $segment, private AttendeeRepository $attendees)
    {
    }

    public function sync(Attendee $attendee): void
    {
        $traits = ['email' => $attendee->getEmail(), 'name' => $attendee->getFullName()];
        // A plain HTTP client named for the vendor (a Symfony scoped client) sends to the vendor.
        // ruleid: pii-to-third-party-php, pii-to-vendor-api-php
        $this->segment->request('POST', '/v1/identify', ['json' => ['userId' => 'a-'.$attendee->getId(), 'traits' => $traits]]);
        // ok: pii-to-third-party-php
        $this->segment->request('POST', '/v1/track', ['json' => ['userId' => 'a-'.$attendee->getId(), 'event' => 'synced']]);
        // A mailer made on the spot is not the vendor's client.
        // ok: pii-to-vendor-api-php
        (new OrderMailer())->send('passwordReset', [$attendee->getEmail()]);
    }
}

// Error trackers: Honeybadger context, Rollbar.
function reportClaimError(\Throwable $e, $honeybadger, $claimant)
{
    // ruleid: pii-to-third-party-php
    $honeybadger->context(['email' => $claimant->email]);
    // ok: pii-to-third-party-php
    $honeybadger->context(['claimant_id' => $claimant->id]);
    // ruleid: pii-to-third-party-php
    Rollbar::error($e, ['phone' => $claimant->phone]);
    // ok: pii-to-third-party-php
    Rollbar::error($e, ['claimant_id' => $claimant->id]);
}

// Matomo's PHP tracker: the user id and custom dimensions go with every tracking request.
function trackBooking(array $matomo, $customer)
{
    $tracker = new MatomoTracker((int) $matomo['siteId'], $matomo['url']);
    // ruleid: pii-to-third-party-php
    $tracker->setUserId($customer->email);
    // ok: pii-to-third-party-php
    $tracker->setUserId('cust-' . $customer->id);
    // ruleid: pii-to-third-party-php
    $tracker->setCustomDimension(1, $customer->postcode);
}

// A Nette presenter answering its own client, in a file that also talks to a helpdesk.
final class SupportPresenter extends BasePresenter
{
    public Gorgias $gorgias;

    public function actionDetail($customer): void
    {
        // ok: pii-to-vendor-api-php
        $this->sendJson(['id' => $customer->id, 'email' => $customer->email]);
    }
}

// Default calls by kind ([kind.*] in sdk_calls.toml): vendors whose own PHP calls are not listed.
final class PlotHolders
{
    public function sync($holder): void
    {
        // ruleid: pii-to-third-party-php
        $this->zammad->createTicket(['customer' => $holder->email]);
        // ruleid: pii-to-third-party-php, pii-to-vendor-api-php
        $this->zammad->request('POST', 'tickets', ['json' => ['customer' => $holder->email]]);
        // ok: pii-to-third-party-php
        $this->zammad->createTicket(['customer_id' => $holder->id]);
    }
}
