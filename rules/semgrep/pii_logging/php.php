<?php

class SignupController extends Controller
{
    public function store(Request $request, User $user)
    {
        $email = $request->input('email');
        // ruleid: pii-logging-php
        Log::info("new signup {$email}");
        // ruleid: pii-logging-php
        $this->logger->warning('phone ' . $user->phone_number);
        // ruleid: pii-logging-php
        error_log('password: ' . $_POST['password']);
        // ruleid: pii-logging-php
        logger()->info('dob', ['dob' => $user->date_of_birth]);
        // ok: pii-logging-php
        Log::info('signup ' . $user->id);
        // ok: pii-logging-php
        Log::info('signup ' . hash('sha256', $email));
        // ok: pii-logging-php
        Log::info('email length ' . strlen($email));
        // ruleid: pii-logging-php-whole-object
        $this->logger->info('updated ' . json_encode($user));
        // ruleid: pii-logging-php-whole-object
        $logger->debug('customer', $customer->toArray());
        // ok: pii-logging-php-whole-object
        $logger->info('updated ' . $user->id);
        // ruleid: pii-logging-php-request-body
        $logger->debug('payload', $request->all());
        // ok: pii-logging-php-request-body
        $logger->debug('payload', $request->only('id'));
        // ruleid: pii-logging-php-request-body
        $this->logger->debug('customer write', ['body' => $request?->toArray()]);
        // ruleid: pii-logging-php-request-body
        $this->logger->error('request failed', ['request' => $event->getRequest()->request->all()]);
        // ok: pii-logging-php-request-body
        $this->logger->info('client error', ['path' => $event->getRequest()->getPathInfo()]);
        // ruleid: pii-logging-php-ip-with-identity, pii-logging-php
        $logger->info("login {$user->email} from {$request->ip()}");
        // ok: pii-logging-php-ip-with-identity
        $logger->info("request from {$request->ip()}");
        $response = Http::post('https://gp.example/api/patients', ['email' => $user->email]);
        // ok: pii-logging-php
        Log::info('sync finished', ['status' => $response->status()]);
    }
}

function notifyPatient($patient)
{
    // ruleid: pii-logging-php
    Log::channel('sms')->info('reminder sent', ['mobile' => $patient->mobile]);
    // ok: pii-logging-php
    Log::channel('sms')->info('reminder sent', ['patient' => $patient->id]);
    // ruleid: pii-logging-php
    logger('reminder failed for ' . $patient->email);
}

class TutorController
{
    public function actionSignup()
    {
        $post = Yii::$app->request->post();
        // ruleid: pii-logging-php-request-body
        $this->logger->info('signup form received', ['form' => $post]);
        // ruleid: pii-logging-php-request-body
        $this->logger->debug('signup', ['body' => Yii::$app->request->getBodyParams()]);
        // ok: pii-logging-php-request-body
        $this->logger->info('signup form received', ['fields' => count($post)]);
    }

    public function actionPay()
    {
        $post = Yii::$app->request->post();
        // ok: pii-logging-php-request-body
        $this->logger->info('payment form', ['form' => $post]);
        $this->gateway->charge($post['card_number'], $post['amount']);
    }
}

class HooksController
{
    public function braintree()
    {
        $gateway = new Gateway(['privateKey' => env('BT_PRIVATE_KEY')]);
        $notification = $gateway->webhookNotification()->parse($this->request->getData('bt_signature'));
        // ok: pii-logging-php
        Log::debug("ignored webhook kind={$notification->kind}");
        // ruleid: pii-logging-php
        log_message('info', 'signup from ' . $this->request->getPost('email'));
    }
}

class NewsletterController
{
    public function join()
    {
        $fields = $this->request->getPost();
        // ruleid: pii-logging-php-request-body
        log_message('info', 'newsletter join: ' . json_encode($fields));
        // ok: pii-logging-php-request-body
        log_message('info', 'newsletter join from list ' . $this->request->getPost('list_id'));
        return $this->respond(['ok' => true]);
    }
}

function moveOwner($owner)
{
    // A call handed a closure (a transaction wrapper) runs it: the closure's body is not the call's result.
    $moved = DB::transaction(function () use ($owner) {
        // ruleid: pii-logging-php
        Log::info("moving owner {$owner->email}");
        return true;
    });
    return $moved;
}

class ClubMemberController
{
    public function actionRename($member)
    {
        // A framework's static logger class (Yii::info/warning/error, as Log::info) is a log call.
        // ruleid: pii-logging-php
        Yii::info("member renamed to {$member->full_name}", __METHOD__);
        // ok: pii-logging-php
        Yii::info("member {$member->id} renamed", __METHOD__);
        // ok: pii-logging-php
        Yii::t('app', 'Hello {name}', ['name' => $member->full_name]);
    }
}

class AddRiderLogContextMiddleware
{
    public function handle($request, $next)
    {
        $rider = $request->user();
        // ruleid: pii-logging-php
        Log::withContext(['rider_id' => $rider->id, 'rider_email' => $rider->email]);
        // ruleid: pii-logging-php
        Log::shareContext(['phone' => $request->input('phone')]);
        // ok: pii-logging-php
        Log::withContext(['rider_id' => $rider->id, 'request_id' => $request->header('X-Request-Id')]);
        // ruleid: pii-logging-php
        $this->logger->info('rider seen', ['email' => $rider?->email]);
        return $next($request);
    }
}

// Nette with Tracy: the static Debugger::log, ILogger::log($message, $level), the app's audit wrapper and
// a body read through the presenter's own helper.
final class SweepCustomersPresenter extends BaseApiPresenter
{
    public function actionCreate(): void
    {
        $data = $this->body();
        // ruleid: pii-logging-php-request-body
        $this->logger->log('New customer from website: ' . Json::encode($data), ILogger::INFO);
        // ok: pii-logging-php-request-body
        $this->logger->log('New customer from website: ' . Json::encode(['id' => $data['id']]), ILogger::INFO);
        $customer = $this->orm->customers->getById($data['id']);
        // ruleid: pii-logging-php
        Debugger::log("Gorgias sync failed for {$customer->email}", ILogger::WARNING);
        // ok: pii-logging-php
        Debugger::log("Gorgias sync failed for customer {$customer->id}", ILogger::WARNING);
        // ok: pii-logging-php
        Debugger::barDump($customer->email);
        // ruleid: pii-logging-php
        $this->audit->event('visit.booked', ['visit' => 12, 'customer' => $customer->email]);
        // ok: pii-logging-php
        $this->audit->event('customer.created', ['id' => $customer->id]);
    }
}

function updateCustomer(Customer $customer, Order $order, array $data): void
{
    $customer->fill($data)->save();
    // ruleid: pii-logging-php
    Log::channel('audit')->info('customer.updated', ['id' => $customer->id, 'changes' => $customer->getChanges()]);
    // ok: pii-logging-php
    Log::info('order.updated', ['id' => $order->id, 'changes' => $order->getChanges()]);
    // ok: pii-logging-php
    Log::info('customer profile updated', ['id' => $customer->id, 'fields' => array_keys($customer->getChanges())]);
}

class BookingIntake
{
    public function store(Request $request)
    {
        // ruleid: pii-logging-php-request-body
        Log::info('Booking request', $request->except(['_token']));
        // ok: pii-logging-php-request-body
        Log::info('Booking request for workshop', ['workshop' => $request->input('workshop_code')]);
    }

    public function register(\Base $f3): void
    {
        // ruleid: pii-logging-php-request-body
        $this->log->info('registration ' . $f3->get('BODY'));
    }
}
