<?php
defined( 'ABSPATH' ) || exit;

class Layaway_Install {

	const DB_VERSION = '3';

	public static function activate() {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';

		$charset = $wpdb->get_charset_collate();
		$plans   = $wpdb->prefix . 'layaway_plans';
		$charges = $wpdb->prefix . 'layaway_charges';

		$sql = "CREATE TABLE {$plans} (
			id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
			order_id bigint(20) unsigned NOT NULL,
			customer_id bigint(20) unsigned NOT NULL DEFAULT 0,
			card_number varchar(19) NOT NULL,
			card_cid varchar(4) DEFAULT NULL,
			card_exp char(5) NOT NULL,
			card_last4 char(4) NOT NULL,
			processor_token varchar(64) DEFAULT NULL,
			instalments tinyint(3) unsigned NOT NULL,
			next_charge date NOT NULL,
			status varchar(20) NOT NULL DEFAULT 'active',
			PRIMARY KEY  (id),
			KEY order_id (order_id)
		) {$charset};
		CREATE TABLE {$charges} (
			id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
			plan_id bigint(20) unsigned NOT NULL,
			amount decimal(10,2) NOT NULL,
			transaction_id varchar(64) DEFAULT NULL,
			gift_card_code varchar(19) DEFAULT NULL,
			charged_at datetime NOT NULL,
			PRIMARY KEY  (id),
			KEY plan_id (plan_id)
		) {$charset};";

		dbDelta( $sql );
		update_option( 'layaway_pay_db_version', self::DB_VERSION );
	}
}
