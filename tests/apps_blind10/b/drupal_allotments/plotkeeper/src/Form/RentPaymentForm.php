<?php

namespace Drupal\plotkeeper\Form;

use Drupal\Core\Form\FormBase;
use Drupal\Core\Form\FormStateInterface;
use Drupal\Core\TempStore\PrivateTempStoreFactory;
use Drupal\plotkeeper\Client\Gateway;
use Symfony\Component\DependencyInjection\ContainerInterface;

/**
 * Two-step rent payment for plot holders: card details, then confirm the amount.
 */
class RentPaymentForm extends FormBase {

  public function __construct(
    protected PrivateTempStoreFactory $tempStoreFactory,
    protected Gateway $gateway,
  ) {}

  public static function create(ContainerInterface $container) {
    return new static(
      $container->get('tempstore.private'),
      $container->get('plotkeeper.gateway'),
    );
  }

  public function getFormId() {
    return 'plotkeeper_rent_payment';
  }

  public function buildForm(array $form, FormStateInterface $form_state) {
    $store = $this->tempStoreFactory->get('plotkeeper_rent');
    if ($pending = $store->get('card')) {
      $form['confirm'] = [
        '#markup' => $this->t('Pay @amount from the card ending @last4?', [
          '@amount' => '£96.00',
          '@last4' => substr($pending['number'], -4),
        ]),
      ];
      $form['actions']['pay'] = ['#type' => 'submit', '#value' => $this->t('Pay now'), '#name' => 'pay'];
      return $form;
    }
    $form['name'] = ['#type' => 'textfield', '#title' => $this->t('Name on card'), '#required' => TRUE];
    $form['number'] = ['#type' => 'textfield', '#title' => $this->t('Card number'), '#required' => TRUE, '#attributes' => ['autocomplete' => 'cc-number']];
    $form['expiry'] = ['#type' => 'textfield', '#title' => $this->t('Expiry (MM/YY)'), '#required' => TRUE, '#size' => 5];
    $form['cvc'] = ['#type' => 'textfield', '#title' => $this->t('Security code'), '#required' => TRUE, '#size' => 4];
    $form['actions']['next'] = ['#type' => 'submit', '#value' => $this->t('Continue'), '#name' => 'next'];
    return $form;
  }

  public function submitForm(array &$form, FormStateInterface $form_state) {
    $store = $this->tempStoreFactory->get('plotkeeper_rent');
    if ($form_state->getTriggeringElement()['#name'] === 'next') {
      $store->set('card', [
        'name' => $form_state->getValue('name'),
        'number' => preg_replace('/\D/', '', $form_state->getValue('number')),
        'expiry' => $form_state->getValue('expiry'),
        'cvc' => $form_state->getValue('cvc'),
      ]);
      $form_state->setRebuild();
      return;
    }
    $card = $store->get('card');
    $result = $this->gateway->charge($card, 9600, 'rent-' . $this->currentUser()->id());
    $store->delete('card');
    $this->messenger()->addStatus($this->t('Thank you, payment @status.', ['@status' => $result['status'] ?? 'pending']));
  }

}
