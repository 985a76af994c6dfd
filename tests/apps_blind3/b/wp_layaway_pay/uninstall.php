<?php
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;
$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}layaway_charges" );
$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}layaway_plans" );
delete_option( 'layaway_pay_db_version' );
