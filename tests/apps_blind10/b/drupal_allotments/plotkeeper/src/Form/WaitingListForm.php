<?php

namespace Drupal\plotkeeper\Form;

use Drupal\Core\Form\FormBase;
use Drupal\Core\Form\FormStateInterface;

class WaitingListForm extends FormBase {

  public function getFormId() {
    return 'plotkeeper_waiting_list';
  }

  public function buildForm(array $form, FormStateInterface $form_state) {
    $form['name'] = ['#type' => 'textfield', '#title' => $this->t('Full name'), '#required' => TRUE];
    $form['mail'] = ['#type' => 'email', '#title' => $this->t('Email'), '#required' => TRUE];
    $form['phone'] = ['#type' => 'tel', '#title' => $this->t('Phone')];
    $form['address'] = ['#type' => 'textarea', '#title' => $this->t('Address'), '#required' => TRUE];
    $form['size'] = [
      '#type' => 'radios',
      '#title' => $this->t('Plot size'),
      '#options' => ['full' => $this->t('Full'), 'half' => $this->t('Half')],
      '#default_value' => 'half',
    ];
    $form['actions']['submit'] = ['#type' => 'submit', '#value' => $this->t('Join the list')];
    return $form;
  }

  public function validateForm(array &$form, FormStateInterface $form_state) {
    if (!preg_match('/\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/i', $form_state->getValue('address'))) {
      $form_state->setErrorByName('address', $this->t('Please include your postcode.'));
    }
  }

  public function submitForm(array &$form, FormStateInterface $form_state) {
    $values = $form_state->cleanValues()->getValues();
    $position = \Drupal::database()->insert('plotkeeper_waiting_list')
      ->fields([
        'name' => $values['name'],
        'mail' => $values['mail'],
        'phone' => $values['phone'],
        'address' => $values['address'],
        'size' => $values['size'],
        'joined' => \Drupal::time()->getRequestTime(),
      ])
      ->execute();
    $this->logger('plotkeeper')->info('Waiting list entry @pos: <pre>@values</pre>', [
      '@pos' => $position,
      '@values' => print_r($values, TRUE),
    ]);
    $this->logger('plotkeeper')->info('Waiting list entry @pos for a @size plot.', [
      '@pos' => $position,
      '@size' => $values['size'],
    ]);
    $this->messenger()->addStatus($this->t('You are on the waiting list.'));
  }

}
