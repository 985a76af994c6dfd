<?php

namespace Drupal\Tests\plotkeeper\Kernel;

use Drupal\KernelTests\KernelTestBase;

/**
 * @group plotkeeper
 */
class RentCardStoreTest extends KernelTestBase {

  protected static $modules = ['system', 'dblog', 'encrypt', 'plotkeeper'];

  protected function setUp(): void {
    parent::setUp();
    $this->installSchema('plotkeeper', ['plotkeeper_holder', 'plotkeeper_rent_card']);
  }

  public function testSummaryHasLastFourOnly(): void {
    $store = $this->container->get('plotkeeper.rent_card_store');
    $store->save(7, ['name' => 'Test Holder', 'number' => '4111111111111111', 'expiry' => '12/30', 'cvc' => '123']);
    $this->assertSame(['card_last4' => '1111', 'card_expiry' => '12/30'], $store->summary(7));
  }

  public function testClearCode(): void {
    $store = $this->container->get('plotkeeper.rent_card_store');
    $store->save(8, ['name' => 'Test Holder', 'number' => '5555555555554444', 'expiry' => '01/29', 'cvc' => '999']);
    $store->clearCode(8);
    $this->assertNull($store->load(8)->card_cvc);
  }

  public function testDelete(): void {
    $store = $this->container->get('plotkeeper.rent_card_store');
    $store->save(9, ['name' => 'Test Holder', 'number' => '5555555555554445', 'expiry' => '01/29', 'cvc' => '999']);
    $store->delete(9);
    $this->assertNull($store->load(9));
  }

}
